import { type Static, Type } from 'typebox';
import { Count } from './analytics';

/** Incidence (tumours by diagnosis date) or mortality (deaths by death date and underlying cause). */
export const ANALYTICS_MEASURES = ['incidence', 'mortality'] as const;
export type AnalyticsMeasure = (typeof ANALYTICS_MEASURES)[number];

/** Standard populations of the ASR (methods.md §1). */
export const ANALYTICS_STANDARDS = ['china2000', 'segi', 'who2000'] as const;
export type AnalyticsStandard = (typeof ANALYTICS_STANDARDS)[number];

/** `all` pools both sexes (methods.md §0 pooling); `1` male, `2` female. */
export const ANALYTICS_SEXES = ['all', '1', '2'] as const;
export type AnalyticsSex = (typeof ANALYTICS_SEXES)[number];

/** Rows of the rates table: one per sex, year or child region, plus a total row. */
export const RATES_BY = ['none', 'sex', 'year', 'region'] as const;
export type RatesBy = (typeof RATES_BY)[number];

export const SURVIVAL_METHODS = ['observed', 'ederer2', 'pohar-perme'] as const;
export type AnalyticsSurvivalMethod = (typeof SURVIVAL_METHODS)[number];

export const SURVIVAL_BY = ['none', 'sex', 'site'] as const;
export type AnalyticsSurvivalBy = (typeof SURVIVAL_BY)[number];

export const MAP_LEVELS = ['county', 'prefecture'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

/**
 * Site selector: `ALL` (C00–C97), `ALL_EXC_C44` (C00–C97 but C44), `G1`…`G26` (an annual-report site
 * group, `siteGroupOfIcd10`), or one ICD-10 category `C00`…`C97`.
 */
export const SitePattern = '^(ALL|ALL_EXC_C44|G\\d{1,2}|C\\d\\d)$';

const enumOf = <T extends string>(values: readonly T[], defaultValue: T) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], default: defaultValue });

const Year = Type.Integer({ minimum: 1900, maximum: 2100 });
const Rate = Type.Union([Type.Number(), Type.Null()]);

/** The filters every analytics query shares (the explorer's control panel). */
export const AnalyticsFilter = Type.Object({
  measure: Type.Optional(enumOf(ANALYTICS_MEASURES, 'incidence')),
  site: Type.Optional(Type.String({ pattern: SitePattern, default: 'ALL' })),
  sex: Type.Optional(enumOf(ANALYTICS_SEXES, 'all')),
  yearFrom: Year,
  yearTo: Year,
  /** Any region in the caller's subtree; default the caller's own region. */
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  standard: Type.Optional(enumOf(ANALYTICS_STANDARDS, 'china2000')),
});
export type AnalyticsFilter = Static<typeof AnalyticsFilter>;

export const RatesQuery = Type.Object({
  ...AnalyticsFilter.properties,
  by: Type.Optional(enumOf(RATES_BY, 'sex')),
});
export type RatesQuery = Static<typeof RatesQuery>;

/** One row of the rates table; rates are per 100 000, cumulative rate and risk in per cent. */
export const RateRow = Type.Object({
  key: Type.String(),
  sex: Type.Union([Type.Integer(), Type.Null()]),
  year: Type.Union([Type.Integer(), Type.Null()]),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  cases: Count,
  population: Type.Number(),
  crudeRate: Rate,
  asr: Rate,
  asrLower: Rate,
  asrUpper: Rate,
  cumRate074: Rate,
  cumRisk074: Rate,
  truncRate3564: Rate,
});
export type RateRow = Static<typeof RateRow>;

/** Age-specific rate per 100 000 of one of the 19 groups; sex 0 = both. */
export const AgeSpecificRow = Type.Object({
  sex: Type.Integer(),
  ageGroup: Type.Integer(),
  label: Type.String(),
  cases: Count,
  population: Type.Number(),
  rate: Rate,
});
export type AgeSpecificRow = Static<typeof AgeSpecificRow>;

/** A site group's rank among the 25 specific groups (the catch-all "other" is not ranked); sex 0 = both. */
export const TopSiteRow = Type.Object({
  sex: Type.Integer(),
  rank: Type.Integer(),
  siteId: Type.Integer(),
  zh: Type.String(),
  en: Type.String(),
  cases: Count,
  percent: Rate,
  crudeRate: Rate,
  asr: Rate,
});
export type TopSiteRow = Static<typeof TopSiteRow>;

export const RatesResult = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  measure: Type.String(),
  site: Type.String(),
  standard: Type.String(),
  yearFrom: Type.Integer(),
  yearTo: Type.Integer(),
  rows: Type.Array(RateRow),
  ageSpecific: Type.Array(AgeSpecificRow),
  /** Top 10 site groups per sex (1, 2) and both (0), whatever `site` is. */
  topSites: Type.Array(TopSiteRow),
});
export type RatesResult = Static<typeof RatesResult>;

export const TrendPointRow = Type.Object({
  year: Type.Integer(),
  cases: Count,
  population: Type.Number(),
  crudeRate: Rate,
  asr: Rate,
  asrLower: Rate,
  asrUpper: Rate,
});
export type TrendPointRow = Static<typeof TrendPointRow>;

export const TrendSegment = Type.Object({
  startYear: Type.Number(),
  endYear: Type.Number(),
  apc: Type.Number(),
  apcLower: Type.Number(),
  apcUpper: Type.Number(),
});
export type TrendSegment = Static<typeof TrendSegment>;

/** Joinpoint fit of the crude rate (methods.md §4, k ≤ 2 chosen by BIC), or why there is none. */
export const JoinpointResult = Type.Object({
  status: Type.Unsafe<'fitted' | 'not_fitted'>({ type: 'string', enum: ['fitted', 'not_fitted'] }),
  /** Why not: `too_few_years`, `zero_count` (a year without events has no logarithm), `suppressed`. */
  reason: Type.Union([Type.String(), Type.Null()]),
  k: Type.Integer(),
  joinpoints: Type.Array(Type.Number()),
  segments: Type.Array(TrendSegment),
  aapc: Rate,
  aapcLower: Rate,
  aapcUpper: Rate,
  fitted: Type.Array(Type.Object({ year: Type.Integer(), rate: Type.Number(), fittedRate: Type.Number() })),
});
export type JoinpointResult = Static<typeof JoinpointResult>;

export const TrendResult = Type.Object({
  regionCode: Type.String(),
  series: Type.Array(TrendPointRow),
  joinpoint: JoinpointResult,
});
export type TrendResult = Static<typeof TrendResult>;

export const SurvivalQuery = Type.Object({
  site: AnalyticsFilter.properties.site,
  sex: AnalyticsFilter.properties.sex,
  yearFrom: Year,
  yearTo: Year,
  regionCode: AnalyticsFilter.properties.regionCode,
  by: Type.Optional(enumOf(SURVIVAL_BY, 'sex')),
  method: Type.Optional(enumOf(SURVIVAL_METHODS, 'observed')),
});
export type SurvivalQuery = Static<typeof SurvivalQuery>;

/** A survival estimate (proportion) with its 95 % interval; null where not estimable (methods.md §3.6). */
export const SurvivalPointRow = Type.Object({
  years: Type.Number(),
  estimate: Rate,
  lower: Rate,
  upper: Rate,
});
export type SurvivalPointRow = Static<typeof SurvivalPointRow>;

export const SurvivalGroup = Type.Object({
  key: Type.String(),
  sex: Type.Union([Type.Integer(), Type.Null()]),
  siteId: Type.Union([Type.Integer(), Type.Null()]),
  zh: Type.Union([Type.String(), Type.Null()]),
  en: Type.Union([Type.String(), Type.Null()]),
  patients: Count,
  /** The curve read monthly from 0 to 5 years, for charting. */
  curve: Type.Array(SurvivalPointRow),
  /** 1-, 3- and 5-year values. */
  table: Type.Array(SurvivalPointRow),
});
export type SurvivalGroup = Static<typeof SurvivalGroup>;

export const SurvivalResult = Type.Object({
  regionCode: Type.String(),
  method: Type.String(),
  groups: Type.Array(SurvivalGroup),
  excluded: Type.Array(Type.Object({ reason: Type.String(), count: Type.Integer() })),
});
export type SurvivalResult = Static<typeof SurvivalResult>;

export const MapQuery = Type.Object({
  ...AnalyticsFilter.properties,
  level: Type.Optional(enumOf(MAP_LEVELS, 'county')),
});
export type MapQuery = Static<typeof MapQuery>;

/** One area of the choropleth: crude and standardised rates, SIR and its empirical-Bayes smoothing. */
export const MapArea = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  cases: Count,
  population: Type.Number(),
  crudeRate: Rate,
  asr: Rate,
  asrLower: Rate,
  asrUpper: Rate,
  expected: Rate,
  sir: Rate,
  sirLower: Rate,
  sirUpper: Rate,
  smoothedSir: Rate,
  smoothedLower: Rate,
  smoothedUpper: Rate,
});
export type MapArea = Static<typeof MapArea>;

export const MapResult = Type.Object({
  regionCode: Type.String(),
  level: Type.String(),
  areas: Type.Array(MapArea),
});
export type MapResult = Static<typeof MapResult>;

export const RefreshCountsBody = Type.Object({
  regions: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{6}$' }), { maxItems: 5000 })),
  years: Type.Optional(Type.Array(Year, { maxItems: 200 })),
});
export type RefreshCountsBody = Static<typeof RefreshCountsBody>;

export const RefreshCountsResult = Type.Object({
  cells: Type.Integer(),
  incidence: Type.Integer(),
  mortality: Type.Integer(),
});
export type RefreshCountsResult = Static<typeof RefreshCountsResult>;
