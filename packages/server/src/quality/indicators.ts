import type { QcIndicatorDefinition, QcRecordKind } from '@orca/contract';
import { catalogueByCode } from './drug-catalogue';
import { filingStatus } from './restricted-tech';

/** A stored quality record as the indicator engine reads it. */
export interface QcFact {
  id: string;
  kind: QcRecordKind;
  sourceId: string;
  institutionId: string;
  eventDate: string | null;
  payload: Record<string, unknown>;
  flags: string[];
}

/** What an indicator needs besides its own records. */
export interface IndicatorContext {
  /** MDT case records of the hospitals, whatever their date (a discussion may precede the period). */
  mdtCases: readonly QcFact[];
  /** The day the filing deadlines are judged on. */
  today: string;
}

/** One indicator: its definition, the kinds it reads, and the rule placing a record. */
export interface IndicatorRule {
  definition: QcIndicatorDefinition;
  kind: QcRecordKind;
  /** Null: not in the denominator; true/false: in the denominator, and in the numerator or not. */
  classify(record: QcFact, context: IndicatorContext): boolean | null;
}

const DRUGS = catalogueByCode();
const STAGED = new Set(['0', 'I', 'II', 'III', 'IV']);
const ENTERED = new Set(['entered', 'completed', 'exited']);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const def = (
  code: string,
  nameZh: string,
  nameEn: string,
  numerator: string,
  denominator: string,
  direction: 'higher' | 'lower',
  target: QcIndicatorDefinition['target'] = null,
): QcIndicatorDefinition => ({ code, nameZh, nameEn, numerator, denominator, direction, target });

/**
 * The hospital quality indicators (domain guide §4, targets from §6), stored as data with the rule
 * that places each record in the numerator and denominator. The drill-down uses the same rule, so a
 * number and the cases behind it cannot disagree.
 */
export const INDICATOR_RULES: readonly IndicatorRule[] = [
  {
    definition: def(
      'tnm_staging_rate',
      '治疗前TNM分期评估率',
      'Pre-treatment TNM staging rate',
      'patients staged (0–IV) on or before the first treatment',
      'admissions with a first treatment',
      'higher',
    ),
    kind: 'admission',
    classify: (r) => {
      if (r.payload.firstTreatment !== true) return null;
      const staging = str(r.payload.stagingDate);
      const treatment = str(r.payload.treatmentDate);
      return (
        STAGED.has(String(r.payload.stage)) &&
        staging !== null &&
        (treatment === null || staging <= treatment)
      );
    },
  },
  {
    definition: def(
      'mdt_stage3_rate',
      '初诊III期及以上患者MDT率',
      'MDT rate, first-visit stage III+',
      'of these, patients discussed at an MDT on or before the first treatment',
      'first-visit admissions staged III or IV',
      'higher',
      { comparator: '>', value: 0.5, source: 'Jiangxi plan [S1]', by: '2027' },
    ),
    kind: 'admission',
    classify: (r, c) => {
      if (r.payload.firstVisit !== true || (r.payload.stage !== 'III' && r.payload.stage !== 'IV'))
        return null;
      const treatment = str(r.payload.treatmentDate);
      return c.mdtCases.some(
        (m) =>
          m.institutionId === r.institutionId &&
          m.payload.admissionSourceId === r.sourceId &&
          (treatment === null || String(m.payload.discussionDate) <= treatment),
      );
    },
  },
  {
    definition: def(
      'pathway_entry_rate',
      '临床路径入径率',
      'Clinical pathway entry rate',
      'patients entered into the pathway',
      'discharged patients eligible for a pathway',
      'higher',
    ),
    kind: 'pathway',
    classify: (r) => ENTERED.has(String(r.payload.status)),
  },
  {
    definition: def(
      'pathway_completion_rate',
      '临床路径完成率',
      'Clinical pathway completion rate',
      'patients who completed the pathway',
      'patients entered',
      'higher',
    ),
    kind: 'pathway',
    classify: (r) => (ENTERED.has(String(r.payload.status)) ? r.payload.status === 'completed' : null),
  },
  {
    definition: def(
      'pathway_variation_rate',
      '临床路径变异率',
      'Clinical pathway variation rate',
      'patients with a recorded variation',
      'patients entered',
      'lower',
    ),
    kind: 'pathway',
    classify: (r) => (ENTERED.has(String(r.payload.status)) ? r.payload.varied === true : null),
  },
  {
    definition: def(
      'pathway_exit_rate',
      '临床路径退出率',
      'Clinical pathway exit rate',
      'patients who left the pathway',
      'patients entered',
      'lower',
    ),
    kind: 'pathway',
    classify: (r) => (ENTERED.has(String(r.payload.status)) ? r.payload.status === 'exited' : null),
  },
  {
    definition: def(
      'drug_pathology_rate',
      '抗肿瘤药物使用前病理诊断率',
      'Pathological diagnosis before antitumour drugs',
      'prescriptions with a pathological diagnosis',
      'antitumour prescriptions',
      'higher',
    ),
    kind: 'prescription',
    classify: (r) => r.payload.pathologyConfirmed === true,
  },
  {
    definition: def(
      'drug_target_test_rate',
      '靶向药物使用前靶点检测率',
      'Target testing before targeted drugs',
      'prescriptions with a target test',
      'prescriptions of drugs that need a target test',
      'higher',
    ),
    kind: 'prescription',
    classify: (r) =>
      DRUGS.get(String(r.payload.drugCode))?.targetTestRequired ? r.payload.targetTested === true : null,
  },
  {
    definition: def(
      'drug_restricted_share',
      '限制使用级抗肿瘤药物使用率',
      'Restricted-use drug share',
      'prescriptions of restricted-use drugs',
      'antitumour prescriptions',
      'lower',
    ),
    kind: 'prescription',
    classify: (r) => DRUGS.get(String(r.payload.drugCode))?.tier === 'restricted',
  },
  {
    definition: def(
      'drug_authorised_rate',
      '抗肿瘤药物分级处方合规率',
      'Prescriptions within the prescriber’s authority',
      'prescriptions by a prescriber holding the tier’s authority',
      'antitumour prescriptions',
      'higher',
    ),
    kind: 'prescription',
    classify: (r) => !r.flags.includes('unauthorised_prescriber'),
  },
  {
    definition: def(
      'gene_outsourcing_rate',
      '基因检测样本外送率',
      'Gene-test sample outsourcing rate',
      'gene-test samples sent to outside laboratories',
      'gene-test samples of key cancers',
      'lower',
      { comparator: '<=', value: 0.2, source: 'Jiangxi plan [S1]', by: '2027' },
    ),
    kind: 'gene_test',
    classify: (r) => r.payload.sentOut === true,
  },
  {
    definition: def(
      'imaging_positive_rate',
      '大型医用设备检查阳性率',
      'Large-equipment examination positive rate',
      'examinations with a positive finding',
      'CT, MRI, PET-CT and DSA examinations',
      'higher',
    ),
    kind: 'imaging_exam',
    classify: (r) => r.payload.positive === true,
  },
  {
    definition: def(
      'oncology_department_rate',
      '二级及以上公立综合医院肿瘤科设置率',
      'Oncology department set-up rate',
      'hospitals with an oncology department',
      'public general hospitals of grade II and above (yearly profile)',
      'higher',
      { comparator: '>=', value: 0.7, source: 'Jiangxi plan [S1]', by: '2027' },
    ),
    kind: 'hospital_profile',
    classify: (r) =>
      r.payload.publicGeneral === true && Number(r.payload.gradeLevel) >= 2
        ? r.payload.hasOncologyDepartment === true
        : null,
  },
  {
    definition: def(
      'restricted_tech_on_time_rate',
      '限制类技术15个工作日内备案率',
      'Restricted technologies filed within 15 working days',
      'filings made by the deadline',
      'first uses whose deadline has passed or that were filed',
      'higher',
      { comparator: '>=', value: 1, source: 'Fujian plan [S2]', by: null },
    ),
    kind: 'restricted_tech_filing',
    classify: (r, c) => {
      const s = filingStatus(String(r.payload.firstUseDate), str(r.payload.filedDate), c.today);
      return s.status === 'pending' ? null : s.status === 'on_time';
    },
  },
  {
    definition: def(
      'restricted_tech_case_report_rate',
      '限制类技术一例一报率',
      'Restricted-technology cases reported (one report per case)',
      'cases with a case report',
      'cases treated with a restricted technology',
      'higher',
      { comparator: '>=', value: 1, source: 'Fujian plan [S2]', by: null },
    ),
    kind: 'restricted_tech_case',
    classify: (r) => str(r.payload.reportedDate) !== null,
  },
  {
    definition: def(
      'restricted_tech_consent_rate',
      '限制类技术知情同意书签署率',
      'Restricted-technology cases with written consent',
      'cases linked to a signed consent record',
      'cases treated with a restricted technology',
      'higher',
    ),
    kind: 'restricted_tech_case',
    classify: (r) => str(r.payload.consentSourceId) !== null,
  },
];

/** Whether a proportion meets a target, or null when there is no target or no proportion. */
export function meetsTarget(
  proportion: number | null,
  target: QcIndicatorDefinition['target'],
): boolean | null {
  if (proportion === null || target === null) return null;
  switch (target.comparator) {
    case '>':
      return proportion > target.value;
    case '>=':
      return proportion >= target.value;
    case '<':
      return proportion < target.value;
    case '<=':
      return proportion <= target.value;
  }
}
