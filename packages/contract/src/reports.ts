import { type Static, Type } from 'typebox';
import { Nullable, PageQuery } from './common';

/** States of a report card (肿瘤登记报告卡): draft → submitted → returned (with reason) → accepted. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
/** One of {@link REPORT_STATUSES}. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** Schema of a {@link ReportStatus}. */
export const ReportStatusSchema = Type.Unsafe<ReportStatus>({ type: 'string', enum: [...REPORT_STATUSES] });

/**
 * The fields of a report card in the API (camelCase) and their data-contract column (snake_case), in
 * form order. The contract's cases.csv columns come first; the card's own items (ethnicity, grade,
 * T/N/M, treatment, reporting doctor…) follow. The web form, the import and the server map between
 * the two with this one table, so the same @orca/checks rule set sees the same record everywhere.
 */
export const REPORT_CARD_FIELDS = {
  sourceId: 'id',
  institutionCode: 'institution_code',
  name: 'name',
  sex: 'sex',
  birthDate: 'birth_date',
  age: 'age',
  idNumber: 'id_number',
  ethnicity: 'ethnicity',
  maritalStatus: 'marital_status',
  occupation: 'occupation',
  regionCode: 'region_code',
  address: 'address',
  phone: 'phone',
  diagnosisDate: 'diagnosis_date',
  diagnosisText: 'diagnosis_text',
  icd10: 'icd10',
  topography: 'topography',
  morphology: 'morphology',
  grade: 'grade',
  laterality: 'laterality',
  basis: 'basis',
  tnmT: 'tnm_t',
  tnmN: 'tnm_n',
  tnmM: 'tnm_m',
  stage: 'stage',
  treatment: 'treatment',
  vitalStatus: 'vital_status',
  lastContactDate: 'last_contact_date',
  causeOfDeath: 'cause_of_death',
  reportingDoctor: 'reporting_doctor',
  reportDate: 'report_date',
} as const;
/** A field of the card (camelCase). */
export type ReportCardField = keyof typeof REPORT_CARD_FIELDS;

const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

/**
 * A report card as typed into the form or sent by a hospital system: every value a string as written
 * (`'男'` or `'1'` for sex, `2021/3/5` for a date), so that the rule set — not the request schema —
 * explains what is wrong, field by field, in Chinese and English. Empty strings mean "not given".
 */
export const ReportCard = Type.Object({
  /** The hospital's own id of the card; generated when absent. Unique per reporting institution. */
  sourceId: text(64),
  /** Reporting institution (registry users reporting for a hospital); a hospital reporter's own otherwise. */
  institutionCode: text(32),
  name: text(50),
  sex: text(8),
  birthDate: text(20),
  age: text(8),
  idNumber: text(24),
  ethnicity: text(20),
  maritalStatus: text(20),
  occupation: text(50),
  regionCode: text(12),
  address: text(200),
  phone: text(30),
  diagnosisDate: text(20),
  diagnosisText: text(200),
  icd10: text(16),
  topography: text(16),
  morphology: text(16),
  grade: text(4),
  laterality: text(4),
  basis: text(4),
  tnmT: text(10),
  tnmN: text(10),
  tnmM: text(10),
  stage: text(10),
  treatment: text(500),
  vitalStatus: text(4),
  lastContactDate: text(20),
  causeOfDeath: text(16),
  reportingDoctor: text(50),
  reportDate: text(20),
});
/** See {@link ReportCard}. */
export type ReportCard = Static<typeof ReportCard>;

/** A finding of the rule set (@orca/checks) on one field, with its message in Chinese and English. */
export const CheckFinding = Type.Object({
  ruleId: Type.String(),
  severity: Type.Unsafe<'error' | 'warning'>({ type: 'string', enum: ['error', 'warning'] }),
  field: Type.String(),
  message: Type.Object({ zh: Type.String(), en: Type.String() }),
  values: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
/** See {@link CheckFinding}. */
export type CheckFinding = Static<typeof CheckFinding>;

/** `POST /api/registry/checks`: run the rule set on a card without saving it. */
export const CheckResult = Type.Object({
  rulesetVersion: Type.String(),
  findings: Type.Array(CheckFinding),
  hasErrors: Type.Boolean(),
});
/** See {@link CheckResult}. */
export type CheckResult = Static<typeof CheckResult>;

/** `POST /api/registry/reports`: a new card, kept as a draft or submitted at once. */
export const CreateReportRequest = Type.Object({
  card: ReportCard,
  submit: Type.Optional(Type.Boolean({ default: false })),
});
/** See {@link CreateReportRequest}. */
export type CreateReportRequest = Static<typeof CreateReportRequest>;

/** `PUT /api/registry/reports/:id`: the whole card again (a draft or a returned card). */
export const UpdateReportRequest = Type.Object({ card: ReportCard });
/** See {@link UpdateReportRequest}. */
export type UpdateReportRequest = Static<typeof UpdateReportRequest>;

/** `POST …/:id/return`: a registry user sends a card back to the hospital, saying why. */
export const ReturnReportRequest = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) });
/** See {@link ReturnReportRequest}. */
export type ReturnReportRequest = Static<typeof ReturnReportRequest>;

/** A warning confirmed by a registry user, with the reason (kept with the card and in the audit trail). */
export const WarningConfirmation = Type.Object({
  ruleId: Type.String({ minLength: 1, maxLength: 64 }),
  field: Type.String({ minLength: 1, maxLength: 64 }),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});
/** See {@link WarningConfirmation}. */
export type WarningConfirmation = Static<typeof WarningConfirmation>;

/** `POST …/:id/accept`: accept and consolidate; every warning needs a confirmation. */
export const AcceptReportRequest = Type.Object({
  confirmations: Type.Optional(Type.Array(WarningConfirmation, { maxItems: 100, default: [] })),
});
/** See {@link AcceptReportRequest}. */
export type AcceptReportRequest = Static<typeof AcceptReportRequest>;

/** `GET /api/registry/reports` filters; `idNumber` and `name` are exact matches through blind indexes. */
export const ReportListQuery = Type.Object({
  ...PageQuery.properties,
  status: Type.Optional(ReportStatusSchema),
  institutionCode: Type.Optional(Type.String({ maxLength: 32 })),
  hasErrors: Type.Optional(Type.Boolean()),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  idNumber: Type.Optional(Type.String({ maxLength: 24 })),
  name: Type.Optional(Type.String({ maxLength: 50 })),
});
/** See {@link ReportListQuery}. */
export type ReportListQuery = Static<typeof ReportListQuery>;

/** A card in a list: identifiers masked by the server. */
export const ReportListItem = Type.Object({
  id: Type.String(),
  sourceId: Type.String(),
  status: ReportStatusSchema,
  personName: Type.String(),
  idNumber: Nullable(Type.String()),
  sex: Type.Integer(),
  ageYears: Nullable(Type.Integer()),
  regionCode: Type.String(),
  diagnosisDate: Type.String(),
  icd10: Type.String(),
  institutionCode: Type.String(),
  institutionName: Type.String(),
  hasErrors: Type.Boolean(),
  warnings: Type.Integer(),
  reportDate: Nullable(Type.String()),
  updatedAt: Type.String(),
});
/** See {@link ReportListItem}. */
export type ReportListItem = Static<typeof ReportListItem>;

/** One card with identified data (an audited read), its state, findings and consolidation links. */
export const ReportView = Type.Object({
  id: Type.String(),
  status: ReportStatusSchema,
  returnReason: Nullable(Type.String()),
  card: ReportCard,
  institutionName: Type.String(),
  rulesetVersion: Nullable(Type.String()),
  findings: Type.Array(CheckFinding),
  hasErrors: Type.Boolean(),
  confirmedWarnings: Type.Array(WarningConfirmation),
  personId: Nullable(Type.String()),
  tumourId: Nullable(Type.String()),
  importJobId: Nullable(Type.String()),
  /** Extra columns of the source file, kept as written. */
  extra: Type.Record(Type.String(), Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
/** See {@link ReportView}. */
export type ReportView = Static<typeof ReportView>;
