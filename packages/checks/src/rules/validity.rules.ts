import { findMorphology, findRegion, isRegistrableIcd10, normaliseStageGroup } from '@orca/codes';
import type { RecordFacts } from '../facts';
import { hitIf, type Rule, type RuleHit } from '../rule';
import type { RecordKind } from '../types';

// Without these a record cannot be counted (incidence needs sex, residence, date and site; basis
// gives MV% and DCO%; the id ties findings and duplicates to the source) — data contract, cases.csv.
const REQUIRED: Readonly<Record<RecordKind, readonly string[]>> = {
  case: ['id', 'sex', 'region_code', 'diagnosis_date', 'icd10', 'basis'],
  death: ['id', 'sex', 'region_code', 'death_date', 'cause_of_death'],
};

// Needed for linkage (name), the IARC histology checks (ICD-O-3) and survival (follow-up).
const RECOMMENDED: Readonly<Record<RecordKind, readonly string[]>> = {
  case: ['name', 'topography', 'morphology', 'vital_status', 'last_contact_date'],
  death: ['name'],
};

const missing = (facts: RecordFacts, fields: readonly string[]): RuleHit[] =>
  fields.filter((f) => facts.text(f) === '').map((field) => ({ field, values: { field } }));

/** Single-item validity: every coded field holds an existing code (domain guide §2.2, §2.10). */
export const VALIDITY_RULES: readonly Rule[] = [
  {
    id: 'field_missing',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: [...new Set([...REQUIRED.case, ...REQUIRED.death])],
    message: { zh: '必填项 {field} 缺失', en: 'Required field {field} is missing' },
    source: 'data contract (cases.csv, deaths.csv)',
    test: (f) => missing(f, REQUIRED[f.kind]),
  },
  {
    id: 'birth_date_missing',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['birth_date', 'age'],
    message: {
      zh: '出生日期和年龄均缺失，无法计算年龄',
      en: 'Birth date and age are both missing: the age cannot be known',
    },
    source: 'data contract (age = completed years; `age` used when birth_date is missing)',
    test: (f) => hitIf(f.text('birth_date') === '' && f.text('age') === '', 'birth_date'),
  },
  {
    id: 'field_recommended',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: [...new Set([...RECOMMENDED.case, ...RECOMMENDED.death])],
    message: { zh: '建议填写 {field}', en: 'Field {field} should be filled in' },
    source: 'domain guide §2.2 (report card items), §2.6 (follow-up)',
    test: (f) => missing(f, RECOMMENDED[f.kind]),
  },
  {
    id: 'sex_invalid',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['sex'],
    message: {
      zh: '性别代码“{value}”无效（GB/T 2261.1：1 男，2 女，0 未知，9 未说明）',
      en: 'Sex code "{value}" is not valid (GB/T 2261.1: 1 male, 2 female, 0 unknown, 9 unspecified)',
    },
    source: 'GB/T 2261.1-2003',
    test: (f) => hitIf(f.text('sex') !== '' && f.sex === null, 'sex', { value: f.text('sex') }),
  },
  {
    id: 'sex_unknown',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['sex'],
    message: {
      zh: '性别为未知或未说明（{value}），该记录不计入分性别的发病率',
      en: 'Sex is unknown or unspecified ({value}); the record is left out of sex-specific rates',
    },
    source: 'GB/T 2261.1-2003; methods.md (sex_unknown exclusion)',
    test: (f) => hitIf(f.sex === 0 || f.sex === 9, 'sex', { value: f.sex ?? '' }),
  },
  {
    id: 'icd10_invalid',
    severity: 'error',
    kinds: ['case'],
    fields: ['icd10'],
    message: {
      zh: 'ICD-10 编码“{value}”不是有效的肿瘤（第二章）编码',
      en: 'ICD-10 code "{value}" is not a valid neoplasm (chapter II) code',
    },
    source: 'ICD-10 (WHO 2016) chapter II',
    test: (f) =>
      hitIf(f.icd10.raw !== '' && f.icd10.categoryEntry === undefined, 'icd10', { value: f.icd10.raw }),
  },
  {
    id: 'icd10_subcategory_unknown',
    severity: 'warning',
    kinds: ['case'],
    fields: ['icd10'],
    message: {
      zh: 'ICD-10 编码“{value}”的亚目不存在，请使用 {category} 或其有效亚目',
      en: 'ICD-10 code "{value}" has no such subcategory; use {category} or one of its subcategories',
    },
    source: 'ICD-10 (WHO 2016) chapter II',
    test: (f) => {
      const { code, category, entry, categoryEntry } = f.icd10;
      const unknownSub =
        code !== null && code.length > 3 && categoryEntry !== undefined && entry === undefined;
      return hitIf(unknownSub, 'icd10', { value: f.icd10.raw, category: category ?? '' });
    },
  },
  {
    id: 'icd10_not_registrable',
    severity: 'error',
    kinds: ['case'],
    fields: ['icd10'],
    message: {
      zh: 'ICD-10 编码 {code} 不属于肿瘤登记收录范围（C00–C97、D32–D33、D42–D43、D45–D47）',
      en: 'ICD-10 code {code} is outside the registry scope (C00–C97, D32–D33, D42–D43, D45–D47)',
    },
    source: 'domain guide §2.4',
    test: (f) => {
      const { code, categoryEntry } = f.icd10;
      if (code === null || categoryEntry === undefined) return [];
      return hitIf(!isRegistrableIcd10(code), 'icd10', { code });
    },
  },
  {
    id: 'icd10_secondary',
    severity: 'warning',
    kinds: ['case'],
    fields: ['icd10'],
    message: {
      zh: 'ICD-10 编码 {code} 为继发性（转移性）肿瘤，应编码原发部位（原发不明用 C80）',
      en: 'ICD-10 code {code} is a secondary (metastatic) neoplasm: code the primary site (C80 if unknown)',
    },
    source: 'IARC/IACR multiple primaries rules 2004 (metastases are not primaries)',
    test: (f) => {
      const c = f.icd10.category;
      return hitIf(c !== null && c >= 'C77' && c <= 'C79', 'icd10', { code: f.icd10.code ?? '' });
    },
  },
  {
    id: 'topography_invalid',
    severity: 'error',
    kinds: ['case'],
    fields: ['topography'],
    message: {
      zh: 'ICD-O-3 部位编码“{value}”无效（应为 C00.0–C80.9 的四位编码）',
      en: 'ICD-O-3 topography "{value}" is not valid (a four-character code C00.0–C80.9 is expected)',
    },
    source: 'ICD-O-3 topography',
    test: (f) =>
      hitIf(f.text('topography') !== '' && f.topography === undefined, 'topography', {
        value: f.text('topography'),
      }),
  },
  {
    id: 'morphology_invalid',
    severity: 'error',
    kinds: ['case'],
    fields: ['morphology'],
    message: {
      zh: 'ICD-O-3 形态学编码“{value}”无效（应为 8000–9989，行为码 0/1/2/3/6/9，如 8140/3）',
      en: 'ICD-O-3 morphology "{value}" is not valid (8000–9989 with behaviour 0/1/2/3/6/9, e.g. 8140/3)',
    },
    source: 'ICD-O-3 morphology; domain guide §2.2',
    test: (f) =>
      hitIf(f.text('morphology') !== '' && f.morphology === null, 'morphology', {
        value: f.text('morphology'),
      }),
  },
  {
    id: 'morphology_unknown',
    severity: 'warning',
    kinds: ['case'],
    fields: ['morphology'],
    message: {
      zh: '形态学编码 {code} 不在 ORCA 的 ICD-O-3 术语表中，请核对编码',
      en: "Morphology {code} is not in ORCA's ICD-O-3 term list: check the code",
    },
    source: 'ICD-O-3 morphology (MORPHOLOGY_TERMS of @orca/codes, about 690 preferred terms)',
    test: (f) => {
      const m = f.morphology;
      // Behaviours 6 and 9 are valid with any malignant term, so only the histology/behaviour pairs
      // ICD-O-3 lists as terms (/0–/3) are looked up.
      if (m === null || m.behaviour === 6 || m.behaviour === 9) return [];
      return hitIf(findMorphology(`${m.code}/${m.behaviour}`) === undefined, 'morphology', {
        code: `${m.code}/${m.behaviour}`,
      });
    },
  },
  {
    id: 'behaviour_metastatic',
    severity: 'warning',
    kinds: ['case'],
    fields: ['morphology'],
    message: {
      zh: '形态学行为码为 6（转移），登记应编码原发肿瘤（行为码 3）',
      en: 'Behaviour 6 (metastatic site): registries code the primary tumour, behaviour 3',
    },
    source: 'ICD-O-3 behaviour code; domain guide §2.2',
    test: (f) => hitIf(f.morphology?.behaviour === 6, 'morphology'),
  },
  {
    id: 'basis_invalid',
    severity: 'error',
    kinds: ['case'],
    fields: ['basis'],
    message: {
      zh: '诊断依据“{value}”无效（应为 0–9）',
      en: 'Basis of diagnosis "{value}" is not valid (0–9 expected)',
    },
    source: 'IARC basis list and the Chinese report card (domain guide §2.2)',
    test: (f) => hitIf(f.text('basis') !== '' && f.basis === null, 'basis', { value: f.text('basis') }),
  },
  {
    id: 'stage_invalid',
    severity: 'warning',
    kinds: ['case'],
    fields: ['stage'],
    message: {
      zh: '分期“{value}”不是 TNM 分期组（0、I–IV），如为其他分期系统请确认',
      en: 'Stage "{value}" is not a TNM stage group (0, I–IV); confirm if another staging system is meant',
    },
    source: 'UICC/AJCC 8th edition stage groups (data contract `stage`)',
    test: (f) => {
      const value = f.text('stage');
      // 9, X and 不详 are how cards write "stage unknown": absent, not wrong.
      const unknown = /^(9|X|不详|未知|UNKNOWN)$/i.test(value);
      return hitIf(value !== '' && !unknown && normaliseStageGroup(value) === null, 'stage', { value });
    },
  },
  {
    id: 'vital_status_invalid',
    severity: 'error',
    kinds: ['case'],
    fields: ['vital_status'],
    message: {
      zh: '生存状态“{value}”无效（1 存活，2 死亡）',
      en: 'Vital status "{value}" is not valid (1 alive, 2 dead)',
    },
    source: 'data contract (vital_status)',
    test: (f) =>
      hitIf(f.text('vital_status') !== '' && f.vitalStatus === null, 'vital_status', {
        value: f.text('vital_status'),
      }),
  },
  {
    id: 'region_code_invalid',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['region_code'],
    message: {
      zh: '地区编码“{value}”应为 6 位数字（GB/T 2260）',
      en: 'Region code "{value}" must be six digits (GB/T 2260)',
    },
    source: 'GB/T 2260',
    test: (f) => {
      const value = f.text('region_code');
      return hitIf(value !== '' && !/^\d{6}$/.test(value), 'region_code', { value });
    },
  },
  {
    id: 'region_code_unknown',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['region_code'],
    message: {
      zh: '地区编码 {value} 不在现行行政区划代码表中（可能是已撤销的旧代码）',
      en: 'Region code {value} is not in the current division table (it may be a retired code)',
    },
    source: 'GB/T 2260 (table of @orca/codes); domain guide §1.3',
    test: (f) => {
      const value = f.text('region_code');
      return hitIf(/^\d{6}$/.test(value) && findRegion(value) === undefined, 'region_code', { value });
    },
  },
  {
    id: 'cause_of_death_invalid',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['cause_of_death'],
    message: {
      zh: '根本死因编码“{value}”不是 ICD-10 编码',
      en: 'Cause of death "{value}" is not an ICD-10 code',
    },
    source: 'ICD-10 (underlying cause of death)',
    test: (f) => {
      const { raw, code, categoryEntry } = f.causeOfDeath;
      // Any chapter is a valid cause; chapter II codes must also exist.
      const bad = code === null || (/^(C|D[0-4])/.test(code) && categoryEntry === undefined);
      return hitIf(raw !== '' && bad, 'cause_of_death', { value: raw });
    },
  },
  {
    id: 'age_invalid',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['age'],
    message: {
      zh: '年龄“{value}”应为整数（实足年龄）',
      en: 'Age "{value}" must be a whole number of completed years',
    },
    source: 'domain guide §2.2 (实足年龄)',
    test: (f) => hitIf(f.text('age') !== '' && f.recordedAge === null, 'age', { value: f.text('age') }),
  },
];
