import { describe, expect, it } from 'vitest';
import { decideAcceptance } from './acceptance';
import { checkCase, checkCases, checkDeath, checkDeaths } from './check';
import { goodCase, goodDeath, residentId, TODAY } from './test-records';

const opts = { today: TODAY };

// Realistic, consistent records as registries send them (codes checked by hand against ICD-10,
// ICD-O-3 and the conversion rules); none may raise any finding.
const KNOWN_GOOD = [
  { why: 'lung adenocarcinoma, histology, alive', record: goodCase() },
  {
    why: 'breast duct carcinoma in a woman, dead of it',
    record: goodCase({
      id: 'C0002',
      name: '王秀英',
      sex: '2',
      birth_date: '1966-09-30',
      id_number: residentId('36012119660930002'),
      region_code: '360121',
      diagnosis_date: '2019-11-20',
      icd10: 'C50.4',
      topography: 'C50.4',
      morphology: '8500/32',
      basis: '7',
      stage: 'IIIA',
      vital_status: '2',
      last_contact_date: '2023-08-14',
      cause_of_death: 'C50.9',
    }),
  },
  {
    why: 'hepatocellular carcinoma diagnosed by imaging and AFP',
    record: goodCase({
      id: 'C0003',
      diagnosis_date: '2022-02-11',
      icd10: 'C22.0',
      topography: 'C22.0',
      morphology: '8170/3',
      basis: '4',
      stage: '',
    }),
  },
  {
    why: 'a death-certificate-only case',
    record: goodCase({
      id: 'C0004',
      diagnosis_date: '2024-03-05',
      icd10: 'C16.9',
      topography: 'C16.9',
      morphology: '8000/3',
      basis: '0',
      stage: '',
      vital_status: '2',
      last_contact_date: '2024-03-05',
      cause_of_death: 'C16.9',
    }),
  },
  {
    why: 'childhood B-lymphoblastic leukaemia, blood film, with the Chinese card basis 5',
    record: goodCase({
      id: 'C0005',
      name: '刘子涵',
      sex: '2',
      birth_date: '2017-04-02',
      id_number: residentId('36010220170402004'),
      diagnosis_date: '2021-07-19',
      icd10: 'C91.0',
      topography: 'C42.1',
      morphology: '9836/36',
      basis: '5',
      stage: '',
      last_contact_date: '2025-05-06',
    }),
  },
  {
    why: 'gastric diffuse large B-cell lymphoma coded to C83.3',
    record: goodCase({ id: 'C0006', icd10: 'C83.3', topography: 'C16.2', morphology: '9680/36', stage: '' }),
  },
  {
    why: 'benign meningioma (registrable D32)',
    record: goodCase({ id: 'C0007', icd10: 'D32.0', topography: 'C70.0', morphology: '9530/0', stage: '' }),
  },
  {
    why: 'nasopharyngeal carcinoma with the clinical-edition ICD-10 and dates as typed',
    record: goodCase({
      id: 'C0008',
      diagnosis_date: '2020/5/8',
      icd10: 'C11.900',
      topography: 'C11.9',
      morphology: 'M80713',
      basis: '8',
      stage: 'Ⅳ期',
    }),
  },
  {
    why: 'prostate adenocarcinoma in an old man, national extension code, age column given',
    record: goodCase({
      id: 'C0009',
      icd10: 'C61.x00',
      topography: 'C61.9',
      morphology: '8140/33',
      age: '63',
    }),
  },
  {
    why: 'retinoblastoma in an infant',
    record: goodCase({
      id: 'C0010',
      name: '陈一诺',
      birth_date: '2023-02-01',
      id_number: residentId('36010220230201013'),
      diagnosis_date: '2024-01-09',
      icd10: 'C69.2',
      topography: 'C69.2',
      morphology: '9510/3',
      stage: '',
    }),
  },
];

describe('checkCase', () => {
  it.each(KNOWN_GOOD)('raises no finding for a known-good record: $why', ({ record }) => {
    expect(checkCase(record, opts)).toEqual([]);
  });

  it('reports findings with rule id, severity, field, bilingual message and values', () => {
    const [finding] = checkCase(
      goodCase({ sex: '2', id_number: '', icd10: 'C61', topography: 'C61.9' }),
      opts,
    );
    expect(finding).toEqual({
      ruleId: 'sex_site',
      severity: 'error',
      field: 'topography',
      message: {
        zh: '性别为女，但部位 C61.9 属于男性生殖器官',
        en: 'Sex is female but site C61.9 is a male genital organ',
      },
      values: { site: 'C61.9', sex_zh: '女', sex_en: 'female', organ_zh: '男', organ_en: 'male' },
    });
  });

  it('treats missing and empty columns alike', () => {
    const { stage: _stage, cause_of_death: _cause, ...rest } = goodCase();
    expect(checkCase(rest, opts)).toEqual([]);
  });

  it('uses "today" from the options and never the clock', () => {
    const record = goodCase({ last_contact_date: '2025-01-01' });
    expect(checkCase(record, { today: '2025-01-01' })).toEqual([]);
    expect(checkCase(record, { today: '2024-12-31' }).map((f) => f.ruleId)).toEqual(['date_future']);
  });

  it('throws a RangeError naming today when the options are malformed', () => {
    expect(() => checkCase(goodCase(), { today: '1/7/2025' })).toThrow(/today/);
    expect(() => checkCases([goodCase()], { today: '' })).toThrow(RangeError);
  });
});

describe('checkCases', () => {
  it('flags every repetition of an id after the first, with row and id', () => {
    const records = [
      goodCase({ id: 'A' }),
      goodCase({ id: 'B' }),
      goodCase({ id: 'A' }),
      goodCase({ id: 'A' }),
    ];
    const findings = checkCases(records, opts);
    expect(findings.map((f) => [f.ruleId, f.row, f.id])).toEqual([
      ['duplicate_id', 2, 'A'],
      ['duplicate_id', 3, 'A'],
    ]);
    expect(findings[0]!.message.en).toBe('Record id A is repeated in the file (first seen in data row 1)');
  });

  it('attaches record findings to their row and does not count missing ids as duplicates', () => {
    const findings = checkCases(
      [goodCase({ id: '' }), goodCase({ id: '' }), goodCase({ id: 'X', sex: '7' })],
      opts,
    );
    expect(findings.map((f) => [f.ruleId, f.row])).toEqual([
      ['field_missing', 0],
      ['field_missing', 1],
      ['sex_invalid', 2],
    ]);
  });
});

describe('checkDeath', () => {
  it('raises no finding for a well-formed death record', () => {
    expect(checkDeath(goodDeath(), opts)).toEqual([]);
    expect(checkDeath(goodDeath({ cause_of_death: 'I21.9' }), opts)).toEqual([]);
  });

  it('does not apply tumour rules to death records', () => {
    const ids = checkDeath(goodDeath({ icd10: 'nonsense', basis: 'A' }), opts).map((f) => f.ruleId);
    expect(ids).toEqual([]);
  });

  it('checks identity, dates and region of a death record', () => {
    const record = goodDeath({ sex: '1', death_date: '2026-01-01', region_code: '12' });
    expect(checkDeath(record, opts).map((f) => f.ruleId)).toEqual([
      'region_code_invalid',
      'date_future',
      'id_sex_mismatch',
    ]);
  });

  it('flags duplicated ids in a deaths file', () => {
    expect(checkDeaths([goodDeath(), goodDeath()], opts).map((f) => f.ruleId)).toEqual(['duplicate_id']);
  });
});

describe('decideAcceptance', () => {
  const warningRecord = goodCase({ sex: '9' }); // sex_unknown (warning) only
  const findings = checkCase(warningRecord, opts);

  it('accepts a record without findings', () => {
    expect(decideAcceptance(checkCase(goodCase(), opts)).accepted).toBe(true);
  });

  it('holds a warning until it is confirmed with a reason', () => {
    expect(findings.map((f) => f.ruleId)).toEqual(['sex_unknown']);
    expect(decideAcceptance(findings).accepted).toBe(false);
    expect(decideAcceptance(findings, [{ ruleId: 'sex_unknown', field: 'sex', reason: '  ' }]).accepted).toBe(
      false,
    );
    const ok = decideAcceptance(findings, [
      { ruleId: 'sex_unknown', field: 'sex', reason: '病历未记录性别' },
    ]);
    expect(ok).toEqual({ accepted: true, errors: [], unconfirmed: [] });
  });

  it('never accepts a record with an error, whatever is confirmed', () => {
    const errors = checkCase(goodCase({ sex: '3' }), opts);
    const confirmations = errors.map((f) => ({ ruleId: f.ruleId, field: f.field, reason: 'sure' }));
    const decision = decideAcceptance(errors, confirmations);
    expect(decision.accepted).toBe(false);
    expect(decision.errors.map((f) => f.ruleId)).toEqual(['sex_invalid']);
  });
});
