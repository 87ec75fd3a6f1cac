import { type Static, Type } from 'typebox';
import { Nullable, PageQuery } from './common';

const Str = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** Cancers screened (domain guide §3.3); `upper_gi` = oesophagus + stomach, examined together by endoscopy. */
export const SCREENING_CANCERS = ['lung', 'breast', 'liver', 'upper_gi', 'colorectal', 'cervical'] as const;
export type ScreeningCancer = (typeof SCREENING_CANCERS)[number];

/** Examination methods of domain guide §3.2–3.3. */
export const SCREENING_METHODS = [
  'ldct',
  'endoscopy',
  'colonoscopy',
  'fit',
  'ultrasound_afp',
  'mammography',
  'breast_ultrasound',
  'hpv',
  'cytology',
  'via_vili',
] as const;
export type ScreeningMethod = (typeof SCREENING_METHODS)[number];

/** Final diagnosis after work-up: "positive" for the detection rate is precancer or cancer. */
export const FINAL_DIAGNOSES = ['negative', 'benign', 'precancer', 'cancer'] as const;
export type FinalDiagnosis = (typeof FINAL_DIAGNOSES)[number];

/** One result category of a method (Lung-RADS, BI-RADS, Bethesda …) and what it sets in motion. */
export const ResultCategory = Type.Object({
  code: Type.String(),
  label: Type.String(),
  positive: Type.Boolean(),
  /** referral: diagnostic work-up due in `dueWorkdays`; follow_up: recall after `followUpMonths`. */
  action: Str(['none', 'follow_up', 'referral'] as const),
  dueWorkdays: Type.Optional(Type.Integer()),
  followUpMonths: Type.Optional(Type.Integer()),
});
export type ResultCategory = Static<typeof ResultCategory>;

/** A cancer screened within a programme: who is eligible, how, and how often. */
export const ProgrammeCancer = Type.Object({
  cancer: Str(SCREENING_CANCERS),
  /** ICD-10 three-character prefixes of registry tumours counted for this cancer. */
  icd10: Type.Array(Type.String()),
  ageFrom: Type.Integer(),
  ageTo: Type.Integer(),
  sex: Nullable(Type.Integer()),
  methods: Type.Array(Str(SCREENING_METHODS)),
  intervalMonths: Type.Integer(),
});
export type ProgrammeCancer = Static<typeof ProgrammeCancer>;

/** A screening programme as configuration (domain guide §3.1). */
export const Programme = Type.Object({
  code: Type.String(),
  name: Type.String(),
  kind: Str(['organised', 'opportunistic'] as const),
  residence: Str(['urban', 'rural', 'any'] as const),
  /** Risk questionnaire version that selects the high-risk; null = everyone eligible is screened. */
  questionnaire: Nullable(Type.String()),
  cancers: Type.Array(ProgrammeCancer),
  source: Type.String(),
});
export type Programme = Static<typeof Programme>;

export const ProgrammeList = Type.Object({
  programmes: Type.Array(Programme),
  /** Result categories by method. */
  resultCategories: Type.Record(Type.String(), Type.Array(ResultCategory)),
});
export type ProgrammeList = Static<typeof ProgrammeList>;

/** Questionnaire (versioned data): questions, answers with points per cancer, high-risk rules. */
export const QuestionOption = Type.Object({
  value: Type.String(),
  label: Type.String(),
  points: Type.Record(Type.String(), Type.Number()),
  /** Any of these cancers is high-risk outright when this answer is given. */
  triggers: Type.Optional(Type.Array(Str(SCREENING_CANCERS))),
});
export const Question = Type.Object({
  id: Type.String(),
  text: Type.String(),
  sex: Nullable(Type.Integer()),
  options: Type.Array(QuestionOption),
});
export const HighRiskRule = Type.Object({
  cancer: Str(SCREENING_CANCERS),
  minScore: Type.Number(),
  /** True where the threshold is ours, not a verified programme value: configurable. */
  unverified: Type.Boolean(),
  ageFrom: Type.Integer(),
  ageTo: Type.Integer(),
  sex: Nullable(Type.Integer()),
  advice: Type.String(),
});
export const Questionnaire = Type.Object({
  version: Type.String(),
  title: Type.String(),
  questions: Type.Array(Question),
  rules: Type.Array(HighRiskRule),
});
export type Questionnaire = Static<typeof Questionnaire>;

export const Answers = Type.Record(Type.String(), Type.String());
export type Answers = Static<typeof Answers>;

export const CancerRisk = Type.Object({
  cancer: Str(SCREENING_CANCERS),
  score: Type.Number(),
  highRisk: Type.Boolean(),
  advice: Type.String(),
});
export type CancerRisk = Static<typeof CancerRisk>;

export const RiskResult = Type.Object({
  version: Type.String(),
  level: Str(['low', 'medium', 'high'] as const),
  cancers: Type.Array(CancerRisk),
  highRisk: Type.Array(Str(SCREENING_CANCERS)),
});
export type RiskResult = Static<typeof RiskResult>;

export const SelfAssessmentRequest = Type.Object({
  sex: Type.Integer({ minimum: 1, maximum: 2 }),
  ageYears: Type.Integer({ minimum: 18, maximum: 120 }),
  answers: Answers,
});
export type SelfAssessmentRequest = Static<typeof SelfAssessmentRequest>;

/** A resident's own request to be enrolled, with consent; staff turn it into an enrolment. */
export const EnrolmentRequestBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 50 }),
  idNumber: Type.String({ minLength: 15, maxLength: 20 }),
  phone: Type.String({ pattern: '^1\\d{10}$' }),
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  consent: Type.Literal(true),
  answers: Type.Optional(Answers),
});
export type EnrolmentRequestBody = Static<typeof EnrolmentRequestBody>;

export const Grid = Type.Object({
  id: Type.String(),
  regionCode: Type.String(),
  township: Type.String(),
  village: Type.String(),
  villageCode: Nullable(Type.String()),
  doctorName: Type.String(),
  doctorUserId: Nullable(Type.String()),
});
export type Grid = Static<typeof Grid>;
export const CreateGrid = Type.Object({
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  township: Type.String({ minLength: 1, maxLength: 50 }),
  village: Type.String({ minLength: 1, maxLength: 50 }),
  villageCode: Type.Optional(Type.String({ pattern: '^\\d{12}$' })),
  doctorName: Type.String({ minLength: 1, maxLength: 50 }),
  doctorUsername: Type.Optional(Type.String()),
});
export type CreateGrid = Static<typeof CreateGrid>;

export const EnrolRequest = Type.Object({
  programmeCode: Type.String(),
  name: Type.String({ minLength: 1, maxLength: 50 }),
  idNumber: Type.String({ minLength: 15, maxLength: 20 }),
  sex: Type.Integer({ minimum: 1, maximum: 2 }),
  birthDate: Day,
  phone: Type.Optional(Type.String({ pattern: '^1\\d{10}$' })),
  residence: Str(['urban', 'rural'] as const),
  gridId: Type.String({ format: 'uuid' }),
  consentDate: Day,
  enrolledOn: Day,
});
export type EnrolRequest = Static<typeof EnrolRequest>;

/** A participant for a list: identifiers masked. */
export const ParticipantListItem = Type.Object({
  id: Type.String(),
  programmeCode: Type.String(),
  name: Type.String(),
  idNumber: Type.String(),
  sex: Type.Integer(),
  ageYears: Nullable(Type.Integer()),
  regionCode: Type.String(),
  township: Type.String(),
  village: Type.String(),
  enrolledOn: Type.String(),
  registryMatched: Type.Boolean(),
  highRisk: Type.Array(Type.String()),
  optedOut: Type.Boolean(),
});
export type ParticipantListItem = Static<typeof ParticipantListItem>;

export const ParticipantListQuery = Type.Object({
  ...PageQuery.properties,
  programmeCode: Type.Optional(Type.String()),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  gridId: Type.Optional(Type.String({ format: 'uuid' })),
  idNumber: Type.Optional(Type.String({ maxLength: 20 })),
});
export type ParticipantListQuery = Static<typeof ParticipantListQuery>;

/** One participant with identified data (an audited read). */
export const ParticipantDetail = Type.Object({
  ...ParticipantListItem.properties,
  name: Type.String(),
  idNumber: Type.String(),
  phone: Nullable(Type.String()),
  birthDate: Type.String(),
  residence: Type.String(),
  consentDate: Type.String(),
  doctorName: Type.String(),
  registryPersonId: Nullable(Type.String()),
});
export type ParticipantDetail = Static<typeof ParticipantDetail>;

export const AssessmentRequest = Type.Object({
  assessedOn: Day,
  answers: Answers,
});
export type AssessmentRequest = Static<typeof AssessmentRequest>;

export const AssessmentView = Type.Object({
  id: Type.String(),
  participantId: Type.String(),
  assessedOn: Type.String(),
  result: RiskResult,
});
export type AssessmentView = Static<typeof AssessmentView>;

export const ExamRequest = Type.Object({
  participantId: Type.String({ format: 'uuid' }),
  cancer: Str(SCREENING_CANCERS),
  method: Str(SCREENING_METHODS),
  appointmentDate: Type.Optional(Day),
  examDate: Day,
  resultCategory: Type.String(),
  pathology: Type.Optional(Type.String({ maxLength: 500 })),
  finalDiagnosis: Type.Optional(Str(FINAL_DIAGNOSES)),
  stage: Type.Optional(Type.String({ maxLength: 10 })),
  /** A recall date chosen by the doctor; must not be before the exam. */
  followUpDate: Type.Optional(Day),
});
export type ExamRequest = Static<typeof ExamRequest>;

export const TaskView = Type.Object({
  id: Type.String(),
  examId: Type.String(),
  participantId: Type.String(),
  participantName: Type.String(),
  kind: Str(['referral', 'follow_up'] as const),
  cancer: Type.String(),
  dueDate: Type.String(),
  completedOn: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  overdue: Type.Boolean(),
  regionCode: Type.String(),
  village: Type.String(),
  doctorName: Type.String(),
});
export type TaskView = Static<typeof TaskView>;

export const ExamView = Type.Object({
  id: Type.String(),
  participantId: Type.String(),
  cancer: Type.String(),
  method: Type.String(),
  examDate: Type.String(),
  resultCategory: Type.String(),
  positive: Type.Boolean(),
  finalDiagnosis: Nullable(Type.String()),
  stage: Nullable(Type.String()),
  tasks: Type.Array(TaskView),
});
export type ExamView = Static<typeof ExamView>;

export const TaskListQuery = Type.Object({
  ...PageQuery.properties,
  overdue: Type.Optional(Type.Boolean()),
  mine: Type.Optional(Type.Boolean()),
  open: Type.Optional(Type.Boolean()),
});
export type TaskListQuery = Static<typeof TaskListQuery>;

export const CompleteTaskRequest = Type.Object({
  completedOn: Day,
  outcome: Type.String({ minLength: 1, maxLength: 500 }),
});
export type CompleteTaskRequest = Static<typeof CompleteTaskRequest>;

export const InvitationRun = Type.Object({
  invitations: Type.Integer(),
  reminders: Type.Integer(),
});
export type InvitationRun = Static<typeof InvitationRun>;

/** Indicators of domain guide §3.4. */
export const SCREENING_INDICATORS = [
  'assessed',
  'high_risk',
  'participation',
  'coverage',
  'positive',
  'detection',
  'early_diagnosis_0_1',
  'early_diagnosis_0_2',
  'referral_completion',
  'follow_up_completion',
  'interval_cancer',
] as const;
export type ScreeningIndicator = (typeof SCREENING_INDICATORS)[number];

export const IndicatorsQuery = Type.Object({
  programmeCode: Type.String(),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  from: Day,
  to: Day,
  cancer: Type.Optional(Str(SCREENING_CANCERS)),
});
export type IndicatorsQuery = Static<typeof IndicatorsQuery>;

export const IndicatorValue = Type.Object({
  indicator: Str(SCREENING_INDICATORS),
  /** Null when suppressed (fewer than 5) for an aggregate-only caller. */
  numerator: Nullable(Type.Integer()),
  denominator: Nullable(Type.Integer()),
  proportion: Nullable(Type.Number()),
});
export type IndicatorValue = Static<typeof IndicatorValue>;

export const IndicatorsView = Type.Object({
  programmeCode: Type.String(),
  from: Type.String(),
  to: Type.String(),
  values: Type.Array(IndicatorValue),
});
export type IndicatorsView = Static<typeof IndicatorsView>;

export const DrillQuery = Type.Object({
  ...IndicatorsQuery.properties,
  indicator: Str(SCREENING_INDICATORS),
  part: Str(['numerator', 'denominator'] as const),
});
export type DrillQuery = Static<typeof DrillQuery>;
