import { describe, expect, it } from 'vitest';
import { checkCase, checkDeath } from './check';
import { RULES } from './ruleset';
import { goodCase, goodDeath, residentId, TODAY } from './test-records';
import type { RecordKind } from './types';

type Overrides = Readonly<Record<string, string>>;

interface RuleCase {
  readonly ruleId: string;
  readonly kind?: RecordKind;
  readonly why: string;
  /** Overrides of the good record that still pass the rule. */
  readonly pass: Overrides;
  /** Overrides that make the rule fire. */
  readonly fail: Overrides;
  /** The field the finding must be attached to. */
  readonly field: string;
}

const GOOD_ID = residentId('36010219580314123');
const NO_ID = { id_number: '' };
const CHILD = { birth_date: '2019-01-10', ...NO_ID };
const DEAD = { vital_status: '2', last_contact_date: '2023-03-01', cause_of_death: 'C34.1' };
const DCO = { ...DEAD, basis: '0', morphology: '8000/3', diagnosis_date: '2023-03-01' };

// One passing and one failing record per rule (style.md §8). A pass is checked not to raise the rule;
// a fail to raise it, on the expected field.
const TABLE: readonly RuleCase[] = [
  { ruleId: 'field_missing', why: 'the ICD-10 code is empty', pass: {}, fail: { icd10: '' }, field: 'icd10' },
  {
    ruleId: 'field_missing',
    kind: 'death',
    why: 'a death record has no death date',
    pass: {},
    fail: { death_date: '' },
    field: 'death_date',
  },
  {
    ruleId: 'birth_date_missing',
    why: 'neither birth date nor age is known',
    pass: { birth_date: '', age: '63', ...NO_ID },
    fail: { birth_date: '', age: '', ...NO_ID },
    field: 'birth_date',
  },
  {
    ruleId: 'field_recommended',
    why: 'the morphology is missing',
    pass: {},
    fail: { morphology: '' },
    field: 'morphology',
  },
  { ruleId: 'sex_invalid', why: 'sex is 3', pass: { sex: '男' }, fail: { sex: '3' }, field: 'sex' },
  {
    ruleId: 'sex_unknown',
    why: 'sex is 9 (unspecified)',
    pass: { sex: '1' },
    fail: { sex: '9' },
    field: 'sex',
  },
  {
    ruleId: 'icd10_invalid',
    why: 'C99 does not exist',
    pass: { icd10: 'c341' },
    fail: { icd10: 'C99.1' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_invalid',
    why: 'I21 is not a neoplasm code',
    pass: { icd10: 'C34.100x002' },
    fail: { icd10: 'I21.9' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_subcategory_unknown',
    why: 'C34.5 is not a subcategory of C34',
    pass: { icd10: 'C34' },
    fail: { icd10: 'C34.5' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_not_registrable',
    why: 'carcinoma in situ D02.2 is not registered',
    pass: { icd10: 'D33.2', topography: 'C71.9', morphology: '9530/0' },
    fail: { icd10: 'D02.2', morphology: '8140/2' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_secondary',
    why: 'C78.0 is a lung metastasis',
    pass: {},
    fail: { icd10: 'C78.0' },
    field: 'icd10',
  },
  {
    ruleId: 'topography_invalid',
    why: 'C22.9 does not exist in ICD-O-3',
    pass: { topography: 'c341' },
    fail: { topography: 'C22.9' },
    field: 'topography',
  },
  {
    ruleId: 'morphology_invalid',
    why: 'behaviour 5 does not exist',
    pass: { morphology: 'M-8140/3' },
    fail: { morphology: '8140/5' },
    field: 'morphology',
  },
  {
    ruleId: 'morphology_unknown',
    why: '8139/3 is not an ICD-O-3 term',
    pass: { morphology: '81403' },
    fail: { morphology: '8139/3' },
    field: 'morphology',
  },
  {
    ruleId: 'behaviour_metastatic',
    why: 'behaviour 6 must be re-coded to the primary',
    pass: {},
    fail: { morphology: '8140/6' },
    field: 'morphology',
  },
  {
    ruleId: 'basis_invalid',
    why: 'basis is a letter',
    pass: { basis: '8' },
    fail: { basis: 'A' },
    field: 'basis',
  },
  {
    ruleId: 'stage_invalid',
    why: 'stage V does not exist',
    pass: { stage: 'Ⅲa期' },
    fail: { stage: 'V' },
    field: 'stage',
  },
  {
    ruleId: 'stage_invalid',
    why: 'stage is free text',
    pass: { stage: '不详' },
    fail: { stage: '晚期' },
    field: 'stage',
  },
  {
    ruleId: 'vital_status_invalid',
    why: 'vital status 3 does not exist',
    pass: { vital_status: '存活' },
    fail: { vital_status: '3' },
    field: 'vital_status',
  },
  {
    ruleId: 'region_code_invalid',
    why: 'the region code has 4 digits',
    pass: {},
    fail: { region_code: '3601' },
    field: 'region_code',
  },
  {
    ruleId: 'region_code_unknown',
    why: '369999 is no county',
    pass: { region_code: '360121' },
    fail: { region_code: '369999' },
    field: 'region_code',
  },
  {
    ruleId: 'cause_of_death_invalid',
    why: 'the cause of death is not a code',
    pass: { ...DEAD, cause_of_death: 'I21.9' },
    fail: { ...DEAD, cause_of_death: '肺癌' },
    field: 'cause_of_death',
  },
  { ruleId: 'age_invalid', why: 'age is a word', pass: { age: '63' }, fail: { age: 'sixty' }, field: 'age' },
  {
    ruleId: 'date_invalid',
    why: '30 February does not exist',
    pass: { diagnosis_date: '2021/6/2' },
    fail: { diagnosis_date: '2021-02-30' },
    field: 'diagnosis_date',
  },
  {
    ruleId: 'date_future',
    why: 'the last contact lies after today',
    pass: { last_contact_date: TODAY },
    fail: { last_contact_date: '2025-07-02' },
    field: 'last_contact_date',
  },
  {
    ruleId: 'date_order_birth_diagnosis',
    why: 'diagnosis precedes birth',
    pass: { birth_date: '2021-06-02', ...NO_ID },
    fail: { birth_date: '2021-06-03', ...NO_ID },
    field: 'diagnosis_date',
  },
  {
    ruleId: 'date_order_diagnosis_last_contact',
    why: 'last contact precedes diagnosis',
    pass: { last_contact_date: '2021-06-02' },
    fail: { last_contact_date: '2021-06-01' },
    field: 'last_contact_date',
  },
  {
    ruleId: 'date_order_birth_death',
    kind: 'death',
    why: 'death precedes birth',
    pass: { birth_date: '2023-05-06', ...NO_ID },
    fail: { birth_date: '2023-05-07', ...NO_ID },
    field: 'death_date',
  },
  {
    ruleId: 'age_range',
    why: 'the patient would be 121',
    pass: { birth_date: '1911-06-02', ...NO_ID },
    fail: { birth_date: '1900-01-01', ...NO_ID },
    field: 'birth_date',
  },
  {
    ruleId: 'age_range',
    why: 'the age column says 130',
    pass: { birth_date: '', age: '99', ...NO_ID },
    fail: { birth_date: '', age: '130', ...NO_ID },
    field: 'age',
  },
  {
    ruleId: 'age_mismatch',
    why: 'the recorded age is not the completed age (63)',
    pass: { age: '63' },
    fail: { age: '64' },
    field: 'age',
  },
  {
    ruleId: 'id_number_format',
    why: 'the ID has 14 digits',
    pass: { id_number: '' },
    fail: { id_number: '36010219580314' },
    field: 'id_number',
  },
  {
    ruleId: 'id_number_15_digit',
    why: 'the ID is an old 15-digit number',
    pass: {},
    fail: { id_number: '360102580314123' },
    field: 'id_number',
  },
  {
    ruleId: 'id_check_digit',
    why: 'the check character is wrong',
    pass: { id_number: ` ${GOOD_ID.toLowerCase()} ` },
    fail: { id_number: GOOD_ID.slice(0, 17) + (GOOD_ID.endsWith('0') ? '1' : '0') },
    field: 'id_number',
  },
  {
    ruleId: 'id_number_birth_date',
    why: 'the ID holds 31 February',
    pass: {},
    fail: { id_number: residentId('36010219580231123') },
    field: 'id_number',
  },
  {
    ruleId: 'id_number_region',
    why: 'the ID starts with 99',
    pass: {},
    fail: { id_number: residentId('99010219580314123') },
    field: 'id_number',
  },
  {
    ruleId: 'id_birth_date_mismatch',
    why: 'the birth date differs from the ID by a day',
    pass: {},
    fail: { birth_date: '1958-03-15' },
    field: 'birth_date',
  },
  {
    ruleId: 'id_birth_date_mismatch',
    why: 'a 15-digit ID holds another birth date',
    pass: { id_number: '360102580314123' },
    fail: { id_number: '360102580315123' },
    field: 'birth_date',
  },
  { ruleId: 'id_sex_mismatch', why: 'a male ID on a woman', pass: {}, fail: { sex: '2' }, field: 'sex' },
  {
    ruleId: 'sex_site',
    why: 'a woman with prostate cancer',
    pass: { icd10: 'C61', topography: 'C61.9' },
    fail: { ...NO_ID, sex: '2', icd10: 'C61', topography: 'C61.9' },
    field: 'topography',
  },
  {
    ruleId: 'sex_site',
    why: 'a man with cervical cancer (ICD-10 only)',
    pass: { sex: '2', ...NO_ID, icd10: 'C53.9', topography: '', morphology: '' },
    fail: { icd10: 'C53.9', topography: '', morphology: '' },
    field: 'icd10',
  },
  {
    ruleId: 'sex_site',
    kind: 'death',
    why: 'a woman died of testicular cancer',
    pass: { cause_of_death: 'C56' },
    fail: { cause_of_death: 'C62.9' },
    field: 'cause_of_death',
  },
  {
    ruleId: 'sex_histology',
    why: 'a woman with a mediastinal seminoma',
    pass: { icd10: 'C38.1', topography: 'C38.1', morphology: '9061/3' },
    fail: { ...NO_ID, sex: '2', icd10: 'C38.1', topography: 'C38.1', morphology: '9061/3' },
    field: 'morphology',
  },
  {
    ruleId: 'sex_histology',
    why: 'a man with an ovarian-type granulosa cell tumour',
    pass: { ...NO_ID, sex: '2', icd10: 'C48.2', topography: 'C48.2', morphology: '8620/3' },
    fail: { icd10: 'C48.2', topography: 'C48.2', morphology: '8620/3' },
    field: 'morphology',
  },
  {
    ruleId: 'site_histology',
    why: 'hepatoblastoma in the stomach',
    pass: { ...CHILD, icd10: 'C22.2', topography: 'C22.0', morphology: '8970/3' },
    fail: { ...CHILD, icd10: 'C16.9', topography: 'C16.9', morphology: '8970/3' },
    field: 'morphology',
  },
  {
    ruleId: 'site_histology',
    why: 'a leukaemia coded to lymph nodes',
    pass: { icd10: 'C92.0', topography: 'C42.1', morphology: '9861/3' },
    fail: { icd10: 'C92.0', topography: 'C77.9', morphology: '9861/3' },
    field: 'morphology',
  },
  {
    ruleId: 'behaviour_site',
    why: 'an in situ tumour of soft tissue',
    pass: { icd10: 'D09.7', topography: 'C34.1', morphology: '8140/2' },
    fail: { icd10: 'D09.7', topography: 'C49.9', morphology: '8800/2' },
    field: 'morphology',
  },
  {
    ruleId: 'behaviour_histology',
    why: 'an in situ lymphoma',
    pass: { icd10: 'C83.3', topography: 'C77.9', morphology: '9680/3' },
    fail: { icd10: 'C83.3', topography: 'C77.9', morphology: '9680/2' },
    field: 'morphology',
  },
  {
    ruleId: 'grade_histology',
    why: 'a T-cell grade on an adenocarcinoma',
    pass: { morphology: '8140/32' },
    fail: { morphology: '8140/35' },
    field: 'morphology',
  },
  {
    ruleId: 'grade_histology',
    why: 'a differentiation grade on a lymphoma',
    pass: { icd10: 'C83.3', topography: 'C77.9', morphology: '9680/36' },
    fail: { icd10: 'C83.3', topography: 'C77.9', morphology: '9680/32' },
    field: 'morphology',
  },
  {
    ruleId: 'grade_fixed',
    why: 'an undifferentiated carcinoma recorded as moderately differentiated',
    pass: { morphology: '8020/34' },
    fail: { morphology: '8020/32' },
    field: 'morphology',
  },
  {
    ruleId: 'basis_histology',
    why: 'adenocarcinoma diagnosed by imaging',
    pass: { basis: '2', morphology: '8000/3' },
    fail: { basis: '2' },
    field: 'morphology',
  },
  {
    ruleId: 'basis_histology',
    why: 'melanoma accepted without microscopy only in skin and eye',
    pass: { basis: '1', icd10: 'C43.5', topography: 'C44.5', morphology: '8720/3' },
    fail: { basis: '1', icd10: 'C20', topography: 'C20.9', morphology: '8720/3' },
    field: 'morphology',
  },
  {
    ruleId: 'age_site_histology',
    why: 'retinoblastoma at 63',
    pass: { ...CHILD, icd10: 'C69.2', topography: 'C69.2', morphology: '9510/3' },
    fail: { icd10: 'C69.2', topography: 'C69.2', morphology: '9510/3' },
    field: 'morphology',
  },
  {
    ruleId: 'age_site_histology',
    why: 'prostate adenocarcinoma at 30',
    pass: { icd10: 'C61', topography: 'C61.9' },
    fail: { birth_date: '1991-01-01', ...NO_ID, icd10: 'C61', topography: 'C61.9' },
    field: 'morphology',
  },
  {
    ruleId: 'age_site_histology',
    why: 'neuroblastoma at 12 (age column only)',
    pass: { birth_date: '', age: '3', ...NO_ID, icd10: 'C74.9', topography: 'C74.9', morphology: '9500/3' },
    fail: { birth_date: '', age: '12', ...NO_ID, icd10: 'C74.9', topography: 'C74.9', morphology: '9500/3' },
    field: 'morphology',
  },
  {
    ruleId: 'age_site_histology',
    why: 'choriocarcinoma of placenta at 50',
    pass: {
      ...NO_ID,
      sex: '2',
      birth_date: '1991-01-01',
      icd10: 'C58',
      topography: 'C58.9',
      morphology: '9100/3',
    },
    fail: {
      ...NO_ID,
      sex: '2',
      birth_date: '1971-01-01',
      icd10: 'C58',
      topography: 'C58.9',
      morphology: '9100/3',
    },
    field: 'morphology',
  },
  {
    ruleId: 'icd10_icdo3_mismatch',
    why: 'ICD-10 says colon, ICD-O-3 says lung',
    pass: { icd10: 'C34.9' },
    fail: { icd10: 'C18.7' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_icdo3_mismatch',
    why: 'a gastric lymphoma coded to the stomach',
    pass: { icd10: 'C83.3', topography: 'C16.9', morphology: '9680/3' },
    fail: { icd10: 'C16.9', topography: 'C16.9', morphology: '9680/3' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_icdo3_mismatch',
    why: 'a pleural mesothelioma coded to the pleura instead of C45',
    pass: { icd10: 'C45.0', topography: 'C38.4', morphology: '9050/3' },
    fail: { icd10: 'C38.4', topography: 'C38.4', morphology: '9050/3' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_icdo3_mismatch',
    why: 'a benign tumour of the colon coded as malignant',
    pass: { icd10: 'C18.7', topography: 'C18.7', morphology: '8140/3' },
    fail: { icd10: 'C18.7', topography: 'C18.7', morphology: '8140/0' },
    field: 'icd10',
  },
  {
    ruleId: 'icd10_icdo3_haematopoietic',
    why: 'DLBCL coded as lymphoma NOS',
    pass: { icd10: 'C83.3', topography: 'C16.9', morphology: '9680/3' },
    fail: { icd10: 'C85.9', topography: 'C16.9', morphology: '9680/3' },
    field: 'icd10',
  },
  {
    ruleId: 'dco_not_dead',
    why: 'a DCO case is alive',
    pass: DCO,
    fail: { ...DCO, vital_status: '1', cause_of_death: '' },
    field: 'vital_status',
  },
  {
    ruleId: 'dco_date',
    why: 'a DCO case is diagnosed before death',
    pass: DCO,
    fail: { ...DCO, diagnosis_date: '2023-01-15' },
    field: 'diagnosis_date',
  },
  {
    ruleId: 'death_last_contact_missing',
    why: 'a dead patient has no date of death',
    pass: DEAD,
    fail: { ...DEAD, last_contact_date: '' },
    field: 'last_contact_date',
  },
  {
    ruleId: 'death_date_mismatch',
    why: 'last contact and death date differ',
    pass: { ...DEAD, death_date: DEAD.last_contact_date },
    fail: { ...DEAD, death_date: '2023-03-02' },
    field: 'last_contact_date',
  },
  {
    ruleId: 'death_cause_missing',
    why: 'a dead patient has no cause of death',
    pass: DEAD,
    fail: { ...DEAD, cause_of_death: '' },
    field: 'cause_of_death',
  },
  {
    ruleId: 'death_fields_alive',
    why: 'a living patient has a cause of death',
    pass: {},
    fail: { cause_of_death: 'C34.1' },
    field: 'cause_of_death',
  },
];

const run = (kind: RecordKind | undefined, overrides: Overrides) =>
  kind === 'death'
    ? checkDeath(goodDeath(overrides), { today: TODAY })
    : checkCase(goodCase(overrides), { today: TODAY });

describe('each rule against a passing and a failing record', () => {
  it.each(TABLE)('$ruleId passes a good record and flags the record where $why', (c) => {
    expect(run(c.kind, c.pass).map((f) => f.ruleId)).not.toContain(c.ruleId);
    const hits = run(c.kind, c.fail).filter((f) => f.ruleId === c.ruleId);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.field)).toContain(c.field);
    const rule = RULES.find((r) => r.id === c.ruleId)!;
    for (const h of hits) expect(rule.fields).toContain(h.field);
    for (const h of hits) {
      // Every placeholder was filled and both languages are present.
      expect(h.message.zh).not.toMatch(/\{\w+\}/);
      expect(h.message.en).not.toMatch(/\{\w+\}/);
      expect(h.message.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('covers every record-level rule of the rule set with at least one case', () => {
    const tested = new Set(TABLE.map((c) => c.ruleId));
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});
