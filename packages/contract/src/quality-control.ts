import { type Static, Type } from 'typebox';
import { Nullable } from './common';

// 诊疗质控: hospital diagnosis-and-treatment quality data (domain guide §4). Names carry a `Qc` prefix
// so they never collide with the registry data-quality schemas of ./quality.

const StringEnum = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });

/** The kinds of hospital quality record a hospital submits (domain guide §4.2–§4.7). */
export const QC_RECORD_KINDS = [
  'admission',
  'mdt_team',
  'mdt_session',
  'mdt_case',
  'pathway',
  'prescription',
  'gene_test',
  'imaging_exam',
  'restricted_tech_filing',
  'restricted_tech_case',
  'consent',
  'external_drug',
  'hospital_profile',
] as const;
export type QcRecordKind = (typeof QC_RECORD_KINDS)[number];

/** Stages recorded before first treatment; `unknown` means the hospital did not stage. */
export const QC_STAGES = ['0', 'I', 'II', 'III', 'IV', 'unknown'] as const;
/** Physician titles (职称): 主任医师, 副主任医师 (both 高级), 主治医师 (中级), 住院医师 (初级). */
export const PHYSICIAN_TITLES = ['chief', 'associate_chief', 'attending', 'resident'] as const;
export type PhysicianTitle = (typeof PHYSICIAN_TITLES)[number];
/** Drug tiers of the tiered catalogue (分级管理目录, domain guide §4.4). */
export const DRUG_TIERS = ['restricted', 'ordinary'] as const;
export type DrugTier = (typeof DRUG_TIERS)[number];

/** Type of one field of a quality record; files carry strings that are coerced to it. */
export type QcFieldType = 'string' | 'date' | 'boolean' | 'integer' | 'number' | 'enum';

/** One field of a record kind: the camelCase API name; files use its snake_case form. */
export interface QcFieldSpec {
  name: string;
  type: QcFieldType;
  required: boolean;
  values?: readonly string[];
}

const f = (name: string, type: QcFieldType, required = false, values?: readonly string[]): QcFieldSpec =>
  values ? { name, type, required, values } : { name, type, required };

/**
 * The fields of each record kind, as data: the API, the file import and the web templates read the
 * same list. Every kind also has `sourceId` (required; the hospital's own record id, the idempotency
 * key) and `hospitalCode` (required unless the caller is a hospital user).
 */
export const QC_RECORD_FIELDS: Record<QcRecordKind, readonly QcFieldSpec[]> = {
  admission: [
    f('patientRef', 'string', true),
    f('admissionDate', 'date', true),
    f('icd10', 'string', true),
    f('firstVisit', 'boolean', true),
    f('firstTreatment', 'boolean', true),
    f('treatmentDate', 'date'),
    f('stage', 'enum', false, QC_STAGES),
    f('tnm', 'string'),
    f('stagingDate', 'date'),
  ],
  mdt_team: [
    f('name', 'string', true),
    f('disease', 'string', true),
    f('disciplines', 'string', true),
    f('members', 'integer', true),
    f('setUpDate', 'date', true),
  ],
  mdt_session: [
    f('teamSourceId', 'string', true),
    f('sessionDate', 'date', true),
    f('mode', 'enum', true, ['on_site', 'remote']),
    f('disciplinesPresent', 'string', true),
    f('attendees', 'integer', true),
  ],
  mdt_case: [
    f('sessionSourceId', 'string', true),
    f('admissionSourceId', 'string', true),
    f('discussionDate', 'date', true),
    f('stage', 'enum', false, QC_STAGES),
    f('decision', 'string'),
  ],
  pathway: [
    f('patientRef', 'string', true),
    f('pathwayName', 'string', true),
    f('dischargeDate', 'date', true),
    f('status', 'enum', true, ['not_entered', 'entered', 'completed', 'exited']),
    f('varied', 'boolean'),
    f('variationReason', 'string'),
    f('exitReason', 'string'),
  ],
  prescription: [
    f('patientRef', 'string', true),
    f('prescriptionDate', 'date', true),
    f('drugCode', 'string', true),
    f('prescriberId', 'string', true),
    f('prescriberTitle', 'enum', true, PHYSICIAN_TITLES),
    f('diagnosisIcd10', 'string', true),
    f('pathologyConfirmed', 'boolean', true),
    f('targetTested', 'boolean'),
    f('department', 'string'),
    f('quantity', 'number'),
    f('offLabel', 'boolean'),
  ],
  gene_test: [
    f('patientRef', 'string', true),
    f('testDate', 'date', true),
    f('icd10', 'string', true),
    f('sentOut', 'boolean', true),
    f('lab', 'string'),
  ],
  imaging_exam: [
    f('examDate', 'date', true),
    f('device', 'enum', true, ['CT', 'MRI', 'PET_CT', 'DSA', 'other']),
    f('positive', 'boolean', true),
  ],
  restricted_tech_filing: [
    f('technologyCode', 'string', true),
    f('firstUseDate', 'date', true),
    f('filedDate', 'date'),
  ],
  restricted_tech_case: [
    f('technologyCode', 'string', true),
    f('patientRef', 'string', true),
    f('useDate', 'date', true),
    f('reportedDate', 'date'),
    f('consentSourceId', 'string'),
  ],
  consent: [
    f('patientRef', 'string', true),
    f('consentType', 'enum', true, [
      'surgery',
      'special_examination',
      'special_treatment',
      'restricted_technology',
      'external_drug',
      'third_party_test',
      'clinical_trial',
      'off_label_use',
    ]),
    f('signedDate', 'date', true),
    f('signer', 'enum', true, ['patient', 'relative']),
    f('relation', 'string'),
    f('documentRef', 'string'),
  ],
  external_drug: [
    f('patientRef', 'string', true),
    f('drugName', 'string', true),
    f('purchaseDate', 'date', true),
    f('approvedBy', 'string', true),
    f('consentSourceId', 'string'),
  ],
  hospital_profile: [
    f('year', 'integer', true),
    f('publicGeneral', 'boolean', true),
    f('gradeLevel', 'integer', true),
    f('hasOncologyDepartment', 'boolean', true),
  ],
};

/** The field that dates each kind (the period filter of indicators and lists). */
export const QC_EVENT_DATE_FIELD: Record<QcRecordKind, string> = {
  admission: 'admissionDate',
  mdt_team: 'setUpDate',
  mdt_session: 'sessionDate',
  mdt_case: 'discussionDate',
  pathway: 'dischargeDate',
  prescription: 'prescriptionDate',
  gene_test: 'testDate',
  imaging_exam: 'examDate',
  restricted_tech_filing: 'firstUseDate',
  restricted_tech_case: 'useDate',
  consent: 'signedDate',
  external_drug: 'purchaseDate',
  hospital_profile: 'year',
};

export const QcKindParams = Type.Object({ kind: StringEnum(QC_RECORD_KINDS) });
export type QcKindParams = Static<typeof QcKindParams>;

/** `POST /api/quality/records/:kind`: up to 5 000 records; `strict` rejects all when one is bad. */
export const QcSubmitRequest = Type.Object({
  records: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 5000 }),
  strict: Type.Optional(Type.Boolean()),
});
export type QcSubmitRequest = Static<typeof QcSubmitRequest>;

export const QcRowIssue = Type.Object({
  row: Type.Integer(),
  field: Type.Optional(Type.String()),
  reason: Type.String(),
});
export type QcRowIssue = Static<typeof QcRowIssue>;

/** Outcome of a submission or a file import: rows 1-based (records) or file lines (files). */
export const QcIntakeResult = Type.Object({
  kind: StringEnum(QC_RECORD_KINDS),
  received: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  rejected: Type.Array(QcRowIssue),
});
export type QcIntakeResult = Static<typeof QcIntakeResult>;

/** A stored quality record; `patientRef` is never returned, only whether one is held. */
export const QcRecordView = Type.Object({
  id: Type.String(),
  kind: StringEnum(QC_RECORD_KINDS),
  sourceId: Type.String(),
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  eventDate: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
  flags: Type.Array(Type.String()),
});
export type QcRecordView = Static<typeof QcRecordView>;

export const QcRecordListQuery = Type.Object({
  kind: Type.Optional(StringEnum(QC_RECORD_KINDS)),
  hospitalCode: Type.Optional(Type.String()),
  from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  flag: Type.Optional(Type.String()),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});
export type QcRecordListQuery = Static<typeof QcRecordListQuery>;

/** Direction of an indicator: whether higher or lower is better (domain guide §6). */
export const QC_DIRECTIONS = ['higher', 'lower'] as const;

/** A target from the seed documents: `comparator value`, its source and deadline. */
export const QcTarget = Type.Object({
  comparator: StringEnum(['>', '>=', '<', '<=']),
  value: Type.Number(),
  source: Type.String(),
  by: Nullable(Type.String()),
});
export type QcTarget = Static<typeof QcTarget>;

/** An indicator definition, stored as data (domain guide §4.2: code, rules, direction, target). */
export const QcIndicatorDefinition = Type.Object({
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  numerator: Type.String(),
  denominator: Type.String(),
  direction: StringEnum(QC_DIRECTIONS),
  target: Nullable(QcTarget),
});
export type QcIndicatorDefinition = Static<typeof QcIndicatorDefinition>;

/** Funnel position of a hospital: inside, or beyond the 95 % / 99.8 % limits, on which side. */
export const FUNNEL_SIGNALS = ['inside', 'alert_high', 'alert_low', 'alarm_high', 'alarm_low'] as const;
export type FunnelSignal = (typeof FUNNEL_SIGNALS)[number];

export const QcIndicatorCell = Type.Object({
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  regionCode: Type.String(),
  /** Null when hidden (cell under 5 for officials) or the denominator is 0. */
  numerator: Nullable(Type.Integer()),
  denominator: Nullable(Type.Integer()),
  proportion: Nullable(Type.Number()),
  meetsTarget: Nullable(Type.Boolean()),
  signal: Nullable(StringEnum(FUNNEL_SIGNALS)),
});
export type QcIndicatorCell = Static<typeof QcIndicatorCell>;

/** One funnel point: denominator n and the lower/upper limits at 95 % and 99.8 %. */
export const QcFunnelPoint = Type.Object({
  n: Type.Integer(),
  lower95: Type.Number(),
  upper95: Type.Number(),
  lower998: Type.Number(),
  upper998: Type.Number(),
});
export type QcFunnelPoint = Static<typeof QcFunnelPoint>;

export const QcIndicatorResult = Type.Object({
  definition: QcIndicatorDefinition,
  /** Counts are null when hidden from an aggregate-only caller (fewer than 5). */
  overall: Type.Object({
    numerator: Nullable(Type.Integer()),
    denominator: Nullable(Type.Integer()),
    proportion: Nullable(Type.Number()),
    meetsTarget: Nullable(Type.Boolean()),
  }),
  hospitals: Type.Array(QcIndicatorCell),
  funnel: Type.Array(QcFunnelPoint),
});
export type QcIndicatorResult = Static<typeof QcIndicatorResult>;

export const QcIndicatorQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  /** The day deadlines are judged on; default the server's date in China. */
  today: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
});
export type QcIndicatorQuery = Static<typeof QcIndicatorQuery>;

export const QcIndicatorsResponse = Type.Object({
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  indicators: Type.Array(QcIndicatorResult),
});
export type QcIndicatorsResponse = Static<typeof QcIndicatorsResponse>;

export const QcDrillParams = Type.Object({ code: Type.String(), hospitalCode: Type.String() });
export type QcDrillParams = Static<typeof QcDrillParams>;

/** The records behind one hospital's number: each denominator record, marked if in the numerator. */
export const QcDrillDown = Type.Object({
  code: Type.String(),
  hospitalCode: Type.String(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  records: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: StringEnum(QC_RECORD_KINDS),
      sourceId: Type.String(),
      eventDate: Nullable(Type.String()),
      inNumerator: Type.Boolean(),
      data: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});
export type QcDrillDown = Static<typeof QcDrillDown>;

/** A drug of the tiered catalogue; `keyMonitored` = on the key-monitoring catalogue (重点监控). */
export const QcDrug = Type.Object({
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  tier: StringEnum(DRUG_TIERS),
  /** A targeted drug whose use needs a target (gene/protein) test first (domain guide §4.2). */
  targetTestRequired: Type.Boolean(),
  keyMonitored: Type.Boolean(),
});
export type QcDrug = Static<typeof QcDrug>;

/** An over-normal alert (超常预警): one drug's monthly use above its own historical control limit. */
export const QcDrugAlert = Type.Object({
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  drugCode: Type.String(),
  month: Type.String(),
  usage: Type.Number(),
  mean: Type.Number(),
  sd: Type.Number(),
  limit: Type.Number(),
  historyMonths: Type.Integer(),
});
export type QcDrugAlert = Static<typeof QcDrugAlert>;

export const QcDrugAlertQuery = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});
export type QcDrugAlertQuery = Static<typeof QcDrugAlertQuery>;

/** Restricted-technology filing status against the 15-working-day rule (domain guide §4.6). */
export const QcFilingStatus = Type.Object({
  id: Type.String(),
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  technologyCode: Type.String(),
  firstUseDate: Type.String(),
  deadline: Type.String(),
  filedDate: Nullable(Type.String()),
  status: StringEnum(['on_time', 'late', 'overdue', 'pending']),
  /** Working days left to the deadline (negative when overdue); null once filed. */
  workdaysLeft: Nullable(Type.Integer()),
});
export type QcFilingStatus = Static<typeof QcFilingStatus>;

export const QcTodayQuery = Type.Object({
  today: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});
export type QcTodayQuery = Static<typeof QcTodayQuery>;

/** `GET /api/quality/drugs`: the tiered catalogue and the titles allowed per tier. */
export const QcDrugCatalogue = Type.Object({
  drugs: Type.Array(QcDrug),
  authority: Type.Object({
    restricted: Type.Array(StringEnum(PHYSICIAN_TITLES)),
    ordinary: Type.Array(StringEnum(PHYSICIAN_TITLES)),
  }),
});
export type QcDrugCatalogue = Static<typeof QcDrugCatalogue>;

/** Reviewer verdicts of prescription review: rational, or one of the three unreasonable classes. */
export const REVIEW_VERDICTS = ['rational', 'irregular', 'inappropriate', 'over_normal'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export const QcReviewCreate = Type.Object({
  hospitalCode: Type.String(),
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2147483647 })),
});
export type QcReviewCreate = Static<typeof QcReviewCreate>;

export const QcReviewItem = Type.Object({
  recordId: Type.String(),
  sourceId: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
  flags: Type.Array(Type.String()),
  verdict: Nullable(StringEnum(REVIEW_VERDICTS)),
  note: Nullable(Type.String()),
});
export type QcReviewItem = Static<typeof QcReviewItem>;

export const QcReviewBatch = Type.Object({
  id: Type.String(),
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  month: Type.String(),
  population: Type.Integer(),
  sampleSize: Type.Integer(),
  seed: Type.Integer(),
  reviewed: Type.Integer(),
  rational: Type.Integer(),
  /** Rational share of reviewed prescriptions; null before any verdict. */
  rationalRate: Nullable(Type.Number()),
  publishedAt: Nullable(Type.String()),
  items: Type.Optional(Type.Array(QcReviewItem)),
});
export type QcReviewBatch = Static<typeof QcReviewBatch>;

export const QcReviewVerdicts = Type.Object({
  items: Type.Array(
    Type.Object({
      recordId: Type.String({ format: 'uuid' }),
      verdict: StringEnum(REVIEW_VERDICTS),
      note: Type.Optional(Type.String({ maxLength: 1000 })),
    }),
    { minItems: 1, maxItems: 1000 },
  ),
});
export type QcReviewVerdicts = Static<typeof QcReviewVerdicts>;

export const QC_FINDING_STATUSES = ['open', 'rectifying', 'closed'] as const;

/** `POST /api/quality/inspections`: the annual inspection of a hospital with its findings. */
export const QcInspectionCreate = Type.Object({
  hospitalCode: Type.String(),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  inspectionDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  inspectors: Type.String({ minLength: 1, maxLength: 500 }),
  summary: Type.Optional(Type.String({ maxLength: 4000 })),
  findings: Type.Array(
    Type.Object({
      description: Type.String({ minLength: 1, maxLength: 2000 }),
      severity: StringEnum(['minor', 'major', 'serious']),
      dueDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    }),
    { maxItems: 200 },
  ),
});
export type QcInspectionCreate = Static<typeof QcInspectionCreate>;

export const QcFindingView = Type.Object({
  id: Type.String(),
  description: Type.String(),
  severity: Type.String(),
  dueDate: Type.String(),
  status: StringEnum(QC_FINDING_STATUSES),
  closedDate: Nullable(Type.String()),
  followUp: Nullable(Type.String()),
  /** Open past its due date on the day asked. */
  overdue: Type.Boolean(),
});
export type QcFindingView = Static<typeof QcFindingView>;

export const QcInspectionView = Type.Object({
  id: Type.String(),
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  year: Type.Integer(),
  inspectionDate: Type.String(),
  inspectors: Type.String(),
  summary: Nullable(Type.String()),
  findings: Type.Array(QcFindingView),
});
export type QcInspectionView = Static<typeof QcInspectionView>;

/** Rectification follow-up of one finding (整改). */
export const QcFindingUpdate = Type.Object({
  status: StringEnum(QC_FINDING_STATUSES),
  closedDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  followUp: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type QcFindingUpdate = Static<typeof QcFindingUpdate>;

/** Inspection coverage of a year: hospitals of the scope inspected or not (1 per year, [S2]). */
export const QcInspectionCoverage = Type.Object({
  year: Type.Integer(),
  hospitals: Type.Array(
    Type.Object({
      hospitalCode: Type.String(),
      hospitalName: Type.String(),
      inspected: Type.Boolean(),
      openFindings: Type.Integer(),
      overdueFindings: Type.Integer(),
    }),
  ),
});
export type QcInspectionCoverage = Static<typeof QcInspectionCoverage>;
