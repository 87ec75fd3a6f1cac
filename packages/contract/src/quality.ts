import { type Static, Type } from 'typebox';
import { Count } from './analytics';
import { Nullable } from './common';

const StringEnum = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });

/** How the quality table is grouped: county registry, prefecture, reporting hospital, year or site. */
export const QUALITY_GROUPINGS = ['county', 'prefecture', 'hospital', 'year', 'site'] as const;
export type QualityGrouping = (typeof QUALITY_GROUPINGS)[number];

/** `GET /api/registry/quality?regionCode&year&by=…` (years inclusive; default all years). */
export const QualityQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  yearFrom: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  yearTo: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  by: Type.Optional(StringEnum(QUALITY_GROUPINGS)),
});
export type QualityQuery = Static<typeof QualityQuery>;

/** Traffic light of one index against its threshold; `none` when the index is not defined (no cases). */
export const TRAFFIC_LIGHTS = ['green', 'amber', 'red', 'none'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/** Thresholds in force for a region, with where they came from. */
export const QualityThresholds = Type.Object({
  /** The region whose stored row applies, or null for the built-in defaults. */
  regionCode: Nullable(Type.String()),
  mvMinPct: Type.Number(),
  dcoMaxPct: Type.Number(),
  miMin: Type.Number(),
  miMax: Type.Number(),
  source: Type.String(),
});
export type QualityThresholds = Static<typeof QualityThresholds>;

/** `PUT /api/registry/quality/thresholds/:regionCode`. */
export const QualityThresholdsUpdate = Type.Object({
  mvMinPct: Type.Number({ minimum: 0, maximum: 100 }),
  dcoMaxPct: Type.Number({ minimum: 0, maximum: 100 }),
  miMin: Type.Number({ minimum: 0, maximum: 10 }),
  miMax: Type.Number({ minimum: 0, maximum: 10 }),
  source: Type.String({ minLength: 1, maxLength: 500 }),
});
export type QualityThresholdsUpdate = Static<typeof QualityThresholdsUpdate>;

/**
 * The indices of one group (methods.md §2, domain guide §2.11). Percentages and M/I are null when the
 * group has no cases or when the cell is suppressed for the caller; `deaths` is null where deaths
 * cannot be attributed (by hospital).
 */
export const QualityRow = Type.Object({
  key: Type.String(),
  label: Type.String(),
  cases: Count,
  mvPct: Nullable(Type.Number()),
  dcoPct: Nullable(Type.Number()),
  ubPct: Nullable(Type.Number()),
  illDefinedPct: Nullable(Type.Number()),
  unknownAgePct: Nullable(Type.Number()),
  deaths: Nullable(Count),
  miRatio: Nullable(Type.Number()),
  /** Days from diagnosis to the first report date: median, and share within 90 days. */
  timelinessMedianDays: Nullable(Type.Number()),
  timelinessWithin90Pct: Nullable(Type.Number()),
  /** Cases with a usable report date (≥ diagnosis date) behind the timeliness figures. */
  timedCases: Type.Integer(),
  lights: Type.Object({
    mv: StringEnum(TRAFFIC_LIGHTS),
    dco: StringEnum(TRAFFIC_LIGHTS),
    mi: StringEnum(TRAFFIC_LIGHTS),
  }),
});
export type QualityRow = Static<typeof QualityRow>;

export const QualityReport = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  by: StringEnum(QUALITY_GROUPINGS),
  yearFrom: Nullable(Type.Integer()),
  yearTo: Nullable(Type.Integer()),
  /** Tumours for county/prefecture/year/site; accepted report cards for hospital. */
  unit: StringEnum(['tumour', 'report'] as const),
  thresholds: QualityThresholds,
  rows: Type.Array(QualityRow),
  total: QualityRow,
});
export type QualityReport = Static<typeof QualityReport>;

/** `GET /api/registry/quality/completeness?regionCode&year…`. */
export const CompletenessQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  yearFrom: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  yearTo: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
});
export type CompletenessQuery = Static<typeof CompletenessQuery>;

/**
 * Case-finding sources for capture–recapture: hospital reports (institutions of kind hospital or
 * cancer centre), death records (deaths linked to the person, or DCO registrations), and reports from
 * any other kind of institution (screening sites, township health centres, CDC active search, pathology
 * lists) — the third source of the log-linear model when it found anything.
 */
export const CAPTURE_SOURCES = ['hospital', 'death', 'other'] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

export const CompletenessEstimateView = Type.Object({
  method: StringEnum(['chapman', 'lincoln_petersen', 'log_linear'] as const),
  sources: Type.Array(StringEnum(CAPTURE_SOURCES)),
  observed: Type.Number(),
  estimated: Type.Number(),
  lower: Type.Number(),
  upper: Type.Number(),
  completenessPct: Type.Number(),
  completenessLowerPct: Type.Number(),
  completenessUpperPct: Type.Number(),
  /** Log-linear only: the two-way interactions of the selected model (e.g. ['12']). */
  interactions: Type.Optional(Type.Array(Type.String())),
});
export type CompletenessEstimateView = Static<typeof CompletenessEstimateView>;

export const CompletenessReport = Type.Object({
  regionCode: Type.String(),
  yearFrom: Nullable(Type.Integer()),
  yearTo: Nullable(Type.Integer()),
  /** Capture histories: pattern over `sources` ('10' = first source only) → cases (suppressed for officials). */
  histories: Type.Array(Type.Object({ pattern: Type.String(), cases: Count })),
  sources: Type.Array(StringEnum(CAPTURE_SOURCES)),
  /** Registry tumours in scope and period (completeness = registered / estimated total). */
  registered: Count,
  /** Registry tumours that none of the sources found (added to every estimate as known cases). */
  outsideSources: Count,
  /** Cancer deaths in the period not linked to any registered person (found by the death source only). */
  unlinkedDeaths: Count,
  /** Empty for officials when the registry has fewer than 5 cases. */
  estimates: Type.Array(CompletenessEstimateView),
});
export type CompletenessReport = Static<typeof CompletenessReport>;

/** Age buckets of the QC queue: how long a submitted card has waited. */
export const QC_AGE_BUCKETS = ['0-7', '8-30', '31-90', '91+'] as const;
export type QcAgeBucket = (typeof QC_AGE_BUCKETS)[number];

/** `GET /api/registry/qc/queue`: submitted cards in scope with check findings. */
export const QcQueueQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  severity: Type.Optional(StringEnum(['error', 'warning'] as const)),
  ruleId: Type.Optional(Type.String({ maxLength: 80 })),
  institutionId: Type.Optional(Type.String({ format: 'uuid' })),
  age: Type.Optional(StringEnum(QC_AGE_BUCKETS)),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});
export type QcQueueQuery = Static<typeof QcQueueQuery>;

export const QcQueueItem = Type.Object({
  reportId: Type.String(),
  sourceId: Type.String(),
  institutionId: Type.String(),
  institutionName: Type.String(),
  regionCode: Type.String(),
  diagnosisDate: Type.String(),
  icd10: Type.String(),
  submittedAt: Type.String(),
  waitingDays: Type.Integer(),
  ageBucket: StringEnum(QC_AGE_BUCKETS),
  errors: Type.Integer(),
  warnings: Type.Integer(),
  ruleIds: Type.Array(Type.String()),
});
export type QcQueueItem = Static<typeof QcQueueItem>;

export const QcQueue = Type.Object({
  /** Submitted cards in scope, with or without findings, and those with at least one finding. */
  submitted: Type.Integer(),
  withFindings: Type.Integer(),
  byRule: Type.Array(
    Type.Object({
      ruleId: Type.String(),
      severity: StringEnum(['error', 'warning'] as const),
      findings: Type.Integer(),
      cards: Type.Integer(),
    }),
  ),
  byInstitution: Type.Array(
    Type.Object({
      institutionId: Type.String(),
      institutionName: Type.String(),
      cards: Type.Integer(),
      withErrors: Type.Integer(),
      withWarnings: Type.Integer(),
    }),
  ),
  byAge: Type.Array(Type.Object({ bucket: StringEnum(QC_AGE_BUCKETS), cards: Type.Integer() })),
  items: Type.Array(QcQueueItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type QcQueue = Static<typeof QcQueue>;
