import { isMicroscopicallyVerified } from '@orca/codes';
import type { Icd10Fact, RecordFacts } from '../facts';
import { hitIf, type Rule, type RuleHit } from '../rule';
import {
  AGE_SITE_HISTOLOGY,
  atSites,
  BASIS_WITHOUT_MICROSCOPY,
  FIXED_GRADE,
  inRanges,
  PLACENTAL_CHORIOCARCINOMA,
  SEX_HISTOLOGY,
  SITE_HISTOLOGY,
} from '../tables/histology.data';

const SEX_NAMES = { 1: { zh: '男', en: 'male' }, 2: { zh: '女', en: 'female' } } as const;

const isHaematopoietic = (histology: number) => histology >= 9590;

/** The organ sex of a three-character site: female genital C51–C58, male genital C60–C63. */
function genitalSex(category: string | null): 1 | 2 | null {
  if (category === null || category[0] !== 'C') return null;
  if (category >= 'C51' && category <= 'C58') return 2;
  if (category >= 'C60' && category <= 'C63') return 1;
  return null;
}

function sexSiteHit(f: RecordFacts, field: string, code: string | null): RuleHit[] {
  if (f.sex !== 1 && f.sex !== 2) return [];
  const organSex = genitalSex(code === null ? null : code.slice(0, 3));
  if (organSex === null || organSex === f.sex) return [];
  const names = SEX_NAMES[f.sex];
  const organ = SEX_NAMES[organSex];
  return [
    {
      field,
      values: { site: code!, sex_zh: names.zh, sex_en: names.en, organ_zh: organ.zh, organ_en: organ.en },
    },
  ];
}

/** The site to test age and site tables against: the topography, else the ICD-10 code (same numbers). */
const siteOf = (f: RecordFacts): string | null => f.topography?.code ?? f.icd10.code;

/** Why the grade digit contradicts the morphology's kind (solid vs haematopoietic), or null. */
function gradeKindConflict(histology: number, grade: number): boolean {
  if (grade >= 5 && grade <= 8) return !isHaematopoietic(histology);
  // Grades 1–4 grade solid tumours; for lymphomas and leukaemias only anaplastic ALCL (9714) takes 4.
  if (grade >= 1 && grade <= 4) return isHaematopoietic(histology) && !(histology === 9714 && grade === 4);
  return false;
}

// ICD-10 categories of haematopoietic and lymphoid neoplasms (C81–C96, D45–D47).
const inHaematopoieticBlock = (category: string) =>
  (category >= 'C81' && category <= 'C96') || (category >= 'D45' && category <= 'D47');

interface ConversionComparison {
  readonly recorded: string;
  readonly expected: string;
  readonly haematopoietic: boolean;
}

/** The ICD-10 code converted from the record's ICD-O-3 codes, when both sides are comparable. */
function compareConversion(f: RecordFacts, icd10: Icd10Fact): ConversionComparison | null {
  const recorded = icd10.category;
  if (recorded === null || icd10.categoryEntry === undefined || recorded === 'C97') return null;
  if (f.topography === undefined || f.morphology === null) return null;
  const converted = f.conversion;
  if (converted === null) return null;
  if (converted.icd10 === null) {
    // Benign or uncertain tumours outside the CNS have no single ICD-10 target, but never a C code.
    const behaviour = f.morphology.behaviour;
    if (converted.reason !== 'unsupported_behaviour' || recorded[0] !== 'C') return null;
    const expected = behaviour === 0 ? 'D10–D36' : 'D37–D48';
    return { recorded: icd10.code ?? recorded, expected, haematopoietic: false };
  }
  const expected = converted.icd10.slice(0, 3);
  // ICD-O-3 C77 with a solid tumour means a lymph-node metastasis of an unknown primary: the coder
  // rightly writes C80 (or C77), so there is nothing to compare.
  if (expected >= 'C77' && expected <= 'C79') return null;
  if (expected === recorded) return null;
  return {
    recorded: icd10.code ?? recorded,
    expected: converted.icd10,
    haematopoietic: inHaematopoieticBlock(expected),
  };
}

const conversionValues = (f: RecordFacts, c: ConversionComparison) => ({
  icd10: c.recorded,
  expected: c.expected,
  topography: f.topography?.code ?? '',
  morphology: f.text('morphology'),
});

/** Cross-item consistency checks of IARC style (domain guide §2.10). */
export const CONSISTENCY_RULES: readonly Rule[] = [
  {
    id: 'sex_site',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['sex', 'topography', 'icd10', 'cause_of_death'],
    message: {
      zh: '性别为{sex_zh}，但部位 {site} 属于{organ_zh}性生殖器官',
      en: 'Sex is {sex_en} but site {site} is a {organ_en} genital organ',
    },
    source: 'IARC sex/site check: male with C51–C58, female with C60–C63 (domain guide §2.10)',
    test: (f) => {
      const site =
        f.kind === 'case'
          ? [
              ...sexSiteHit(f, 'topography', f.topography?.code ?? null),
              ...sexSiteHit(f, 'icd10', f.icd10.code),
            ]
          : [];
      // One finding for the tumour's site (topography and ICD-10 say the same thing), one for the cause.
      return [...site.slice(0, 1), ...sexSiteHit(f, 'cause_of_death', f.causeOfDeath.code)];
    },
  },
  {
    id: 'sex_histology',
    severity: 'warning',
    kinds: ['case'],
    fields: ['sex', 'morphology'],
    message: {
      zh: '性别为{sex_zh}，形态学 {morphology}（{histology_zh}）在该性别中罕见',
      en: 'Sex is {sex_en}; morphology {morphology} ({histology_en}) is rare in this sex',
    },
    source: 'CanReg5 sex/morphology check (families 22–28); domain guide §2.10',
    test: (f) => {
      if ((f.sex !== 1 && f.sex !== 2) || f.morphology === null) return [];
      const histology = f.morphology.code;
      const entry = SEX_HISTOLOGY.find((e) => e.rareInSex === f.sex && inRanges(histology, e.histology));
      if (!entry) return [];
      const names = SEX_NAMES[f.sex];
      return [
        {
          field: 'morphology',
          values: {
            morphology: f.text('morphology'),
            histology_zh: entry.zh,
            histology_en: entry.en,
            sex_zh: names.zh,
            sex_en: names.en,
          },
        },
      ];
    },
  },
  {
    id: 'site_histology',
    severity: 'warning',
    kinds: ['case'],
    fields: ['topography', 'morphology'],
    message: {
      zh: '{histology_zh}（{morphology}）通常不发生于部位 {topography}（常见部位：{sites}）',
      en: '{histology_en} ({morphology}) is unlikely at {topography} (expected: {sites})',
    },
    source: 'IARC site/histology check (CanReg5 "must" list); table in tables/histology.data.ts',
    test: (f) => {
      if (f.topography === undefined || f.morphology === null) return [];
      const histology = f.morphology.code;
      const topography = f.topography.code;
      const entry = SITE_HISTOLOGY.find((e) => inRanges(histology, e.histology));
      if (!entry || atSites(topography, entry.sites)) return [];
      return [
        {
          field: 'morphology',
          values: {
            morphology: f.text('morphology'),
            topography,
            histology_zh: entry.zh,
            histology_en: entry.en,
            sites: entry.sites.join(', '),
          },
        },
      ];
    },
  },
  {
    id: 'behaviour_site',
    severity: 'warning',
    kinds: ['case'],
    fields: ['topography', 'morphology'],
    message: {
      zh: '原位癌（行为码 2）发生于 {topography} 罕见（骨、造血系统、周围神经、软组织、中枢神经系统）',
      en: 'In situ behaviour (/2) at {topography} is rare (bone, haematopoietic system, peripheral nerves, soft tissue, CNS)',
    },
    source: 'IARC behaviour/site check (CanReg5 CheckTopographyBehaviour); domain guide §2.10',
    test: (f) => {
      if (f.topography === undefined || f.morphology?.behaviour !== 2) return [];
      const topography = f.topography.code;
      return hitIf(
        atSites(topography, ['C40', 'C41', 'C42', 'C47', 'C49', 'C70', 'C71', 'C72']),
        'morphology',
        {
          topography,
        },
      );
    },
  },
  {
    id: 'behaviour_histology',
    severity: 'error',
    kinds: ['case'],
    fields: ['morphology'],
    message: {
      zh: '淋巴造血系统肿瘤形态学 {morphology} 没有良性或原位（行为码 0/2）类型',
      en: 'Haematopoietic morphology {morphology} has no benign or in situ (/0, /2) form',
    },
    source: 'ICD-O-3 (no /0 or /2 terms in 9590–9989); domain guide §2.10 behaviour/histology',
    test: (f) => {
      const m = f.morphology;
      return hitIf(
        m !== null && isHaematopoietic(m.code) && (m.behaviour === 0 || m.behaviour === 2),
        'morphology',
        {
          morphology: f.text('morphology'),
        },
      );
    },
  },
  {
    id: 'grade_histology',
    severity: 'error',
    kinds: ['case'],
    fields: ['morphology'],
    message: {
      zh: '分级码 {grade} 与形态学 {histology} 不符（5–8 仅用于淋巴造血肿瘤，1–4 仅用于实体瘤）',
      en: 'Grade {grade} does not fit morphology {histology} (5–8 only for haematopoietic, 1–4 for solid tumours)',
    },
    source: 'ICD-O-3 grade code; CanReg5 CheckGrade; domain guide §2.10',
    test: (f) => {
      const m = f.morphology;
      if (m === null || m.grade === undefined) return [];
      return hitIf(gradeKindConflict(m.code, m.grade), 'morphology', { grade: m.grade, histology: m.code });
    },
  },
  {
    id: 'grade_fixed',
    severity: 'warning',
    kinds: ['case'],
    fields: ['morphology'],
    message: {
      zh: '形态学 {histology} 的定义隐含分级码 {expected}，但记录为 {grade}',
      en: 'Morphology {histology} implies grade {expected}, but {grade} is recorded',
    },
    source: 'ICD-O-3 grade code; CanReg5 CheckGrade',
    test: (f) => {
      const m = f.morphology;
      if (m === null || m.grade === undefined || m.grade === 9 || gradeKindConflict(m.code, m.grade))
        return [];
      const entry = FIXED_GRADE.find((e) => inRanges(m.code, e.histology));
      if (!entry || entry.grades.includes(m.grade)) return [];
      return [
        {
          field: 'morphology',
          values: { histology: m.code, grade: m.grade, expected: entry.grades.join('/') },
        },
      ];
    },
  },
  {
    id: 'basis_histology',
    severity: 'warning',
    kinds: ['case'],
    fields: ['basis', 'morphology'],
    message: {
      zh: '形态学 {morphology} 为具体组织学类型，但诊断依据 {basis} 不是显微镜检查（细胞学/病理）',
      en: 'Morphology {morphology} is a specific histology but basis {basis} is not microscopic (cytology/histology)',
    },
    source: 'IARC basis/histology check (CanReg5 CheckBasis accepted list); domain guide §2.10',
    test: (f) => {
      if (f.basis === null || f.morphology === null || isMicroscopicallyVerified(f.basis.iarc)) return [];
      const histology = f.morphology.code;
      const topography = f.topography?.code ?? '';
      const accepted = BASIS_WITHOUT_MICROSCOPY.some(
        (e) => inRanges(histology, [e.histology]) && (e.sites === undefined || atSites(topography, e.sites)),
      );
      return hitIf(!accepted, 'morphology', { morphology: f.text('morphology'), basis: f.text('basis') });
    },
  },
  {
    id: 'age_site_histology',
    severity: 'warning',
    kinds: ['case'],
    fields: ['birth_date', 'age', 'topography', 'morphology'],
    message: {
      zh: '{age} 岁诊断{histology_zh}（{site} {morphology}）罕见，请核对年龄、部位和形态学',
      en: '{histology_en} ({site} {morphology}) at age {age} is unlikely: check age, site and morphology',
    },
    source: 'IARC age/site/histology check (CanReg5, IARCcrgTools); table in tables/histology.data.ts',
    test: (f) => {
      const age = f.ageYears;
      if (age === null || f.morphology === null) return [];
      const histology = f.morphology.code;
      const site = siteOf(f) ?? '';
      const values = (zh: string, en: string) => ({
        age,
        site,
        morphology: f.text('morphology'),
        histology_zh: zh,
        histology_en: en,
      });
      const { histology: chorio, site: placenta, youngest, oldest } = PLACENTAL_CHORIOCARCINOMA;
      if (histology === chorio && site.startsWith(placenta) && (age < youngest || age > oldest)) {
        return [{ field: 'morphology', values: values('胎盘绒毛膜癌', 'choriocarcinoma of placenta') }];
      }
      const entry = AGE_SITE_HISTOLOGY.find(
        (e) =>
          inRanges(histology, e.histology) &&
          !inRanges(histology, e.except ?? []) &&
          (e.sites === undefined || atSites(site, e.sites)) &&
          ((e.unlikelyBelow !== undefined && age < e.unlikelyBelow) ||
            (e.unlikelyFrom !== undefined && age >= e.unlikelyFrom)),
      );
      return entry ? [{ field: 'morphology', values: values(entry.zh, entry.en) }] : [];
    },
  },
  {
    id: 'icd10_icdo3_mismatch',
    severity: 'error',
    kinds: ['case'],
    fields: ['icd10', 'topography', 'morphology'],
    message: {
      zh: 'ICD-10 编码 {icd10} 与 ICD-O-3（{topography}，{morphology}）转换所得 {expected} 不一致',
      en: 'ICD-10 {icd10} does not match {expected}, converted from ICD-O-3 {topography} {morphology}',
    },
    source: 'WHO/IARC ICD-O-3 → ICD-10 conversion (icdo3ToIcd10 of @orca/codes); domain guide §2.10',
    test: (f) => {
      const c = compareConversion(f, f.icd10);
      // Both codes haematopoietic but in different categories is a coding judgement (next rule).
      if (c === null || (c.haematopoietic && inHaematopoieticBlock(c.recorded.slice(0, 3)))) return [];
      return [{ field: 'icd10', values: conversionValues(f, c) }];
    },
  },
  {
    id: 'icd10_icdo3_haematopoietic',
    severity: 'warning',
    kinds: ['case'],
    fields: ['icd10', 'morphology'],
    message: {
      zh: '淋巴造血肿瘤 ICD-10 编码 {icd10} 与形态学 {morphology} 的转换结果 {expected} 不同，请确认',
      en: 'Haematopoietic ICD-10 {icd10} differs from {expected}, the conversion of morphology {morphology}; confirm',
    },
    source: 'WHO/IARC ICD-O-3 → ICD-10 conversion (haematopoietic targets are partly judgement calls)',
    test: (f) => {
      const c = compareConversion(f, f.icd10);
      if (c === null || !c.haematopoietic || !inHaematopoieticBlock(c.recorded.slice(0, 3))) return [];
      return [{ field: 'icd10', values: conversionValues(f, c) }];
    },
  },
];
