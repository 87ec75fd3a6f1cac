import type { TrendPoint } from './joinpoint-design';
import { type JoinpointFit, joinpointFit } from './joinpoint-fit';
import {
  type JoinpointSelection,
  type JoinpointSelectionMethod,
  selectJoinpointModel,
} from './select-joinpoint-model';

/** A series.csv row as read from CSV: column name → text. */
export type SeriesCsvRow = Readonly<Record<string, string | undefined>>;

/** Input of {@link trendTable}: series.csv rows and the options of `orca stats trend`. */
export interface TrendTableInput {
  /** series.csv rows: year, count, population and optional grouping columns. */
  readonly series: readonly SeriesCsvRow[];
  /** Fit exactly k joinpoints (`--joinpoints K`). Give this or `maxJoinpoints`. */
  readonly joinpoints?: number;
  /** Choose k ≤ K (`--max-joinpoints K`). */
  readonly maxJoinpoints?: number;
  /** Model selection with `maxJoinpoints`, default `permutation`. */
  readonly method?: JoinpointSelectionMethod;
  /** Grouping columns; default every column other than year, count and population, in first-row order. */
  readonly groupBy?: readonly string[];
  /** Overall α of the permutation procedure, default 0.05. */
  readonly alpha?: number;
  /** Permutations per test, default 4 499. */
  readonly permutations?: number;
  /** Seed of the permutation test. */
  readonly seed?: number;
  /** Confidence level of the APC/AAPC intervals, default 0.95. */
  readonly level?: number;
}

/** One segment in a trend row (data contract names). */
export interface TrendSegmentRow {
  readonly start_year: number;
  readonly end_year: number;
  readonly apc: number;
  readonly apc_lci: number;
  readonly apc_uci: number;
}

/** Observed and fitted rate per 10⁵ in one year. */
export interface TrendFittedRow {
  readonly year: number;
  readonly rate: number;
  readonly fitted_rate: number;
}

/** How k was chosen, with every candidate (and the permutation tests when used). */
export interface TrendModelSelection {
  readonly method: 'fixed' | JoinpointSelectionMethod;
  readonly max_joinpoints: number;
  readonly searched_max_joinpoints: number;
  readonly alpha: number | null;
  readonly permutations: number | null;
  readonly seed: number | null;
  readonly candidates: {
    readonly k: number;
    readonly joinpoints: number[];
    readonly sse: number;
    readonly bic: number;
    readonly wbic: number;
    readonly r2max: number;
  }[];
  readonly tests: {
    readonly null_k: number;
    readonly alt_k: number;
    readonly statistic: number;
    readonly p_value: number;
    readonly alpha: number;
    readonly rejected: boolean;
  }[];
}

/** One output row per series: grouping columns first, then the data-contract columns. */
export interface TrendRow {
  readonly [column: string]: unknown;
  readonly status: 'fitted' | 'model_does_not_exist';
  readonly n: number;
  /** Number of joinpoints of the reported model (the requested k when it does not exist). */
  readonly k: number;
  readonly joinpoints: number[];
  readonly segments: TrendSegmentRow[];
  readonly aapc: number | null;
  readonly aapc_lci: number | null;
  readonly aapc_uci: number | null;
  readonly fitted: TrendFittedRow[];
  readonly model_selection: TrendModelSelection | null;
  /** When the model does not exist: the fewest years it needs. */
  readonly minimum_years?: number;
}

/** A series.csv row that made its series unusable. */
export interface TrendRejectedRow {
  /** 0-based index of the row in `series`. */
  readonly row: number;
  readonly field: 'year' | 'count' | 'population';
  /** Stable snake_case reason. */
  readonly reason: string;
  /** Grouping values of the series that was rejected with it. */
  readonly series: Readonly<Record<string, string>>;
}

/** Rows of the trend table and the input rows that were rejected. */
export interface TrendTable {
  readonly rows: TrendRow[];
  readonly rejected: TrendRejectedRow[];
}

const VALUE_COLUMNS = ['year', 'count', 'population'];

/**
 * The joinpoint trend table behind `orca stats trend` (methods.md §4, data contract "series.csv").
 *
 * Rows are split into series by the grouping columns (first-appearance order). A series with any bad
 * row is rejected whole, each bad row reported with field and reason — `year_invalid` (not a whole
 * number), `year_duplicate`, `count_invalid` / `count_not_positive` (a zero count has no logarithm),
 * `population_invalid` / `population_not_positive` — since a joinpoint fit on a series with holes
 * punched in it silently would change its joinpoints. Each remaining series gets one row: the fit with
 * `joinpoints` k, or the model chosen among k ≤ `maxJoinpoints` by `method`; a series too short for
 * the model has `status: model_does_not_exist` and the minimum number of years.
 *
 * @param input - series rows and options.
 * @returns one row per series and the rejected rows.
 * @throws RangeError unless exactly one of `joinpoints` and `maxJoinpoints` is given, or for bad options.
 */
export function trendTable(input: TrendTableInput): TrendTable {
  const fixedK = input.joinpoints;
  const maxK = input.maxJoinpoints;
  if ((fixedK === undefined) === (maxK === undefined)) {
    throw new RangeError('trendTable: give exactly one of joinpoints and maxJoinpoints');
  }
  const first = input.series[0] ?? {};
  const groupBy = input.groupBy ?? Object.keys(first).filter((c) => !VALUE_COLUMNS.includes(c));
  for (const column of groupBy) {
    if (VALUE_COLUMNS.includes(column)) throw new RangeError(`trendTable: cannot group by "${column}"`);
  }

  const groups = new Map<string, { values: Record<string, string>; rows: number[] }>();
  input.series.forEach((row, index) => {
    const values: Record<string, string> = {};
    for (const column of groupBy) values[column] = row[column]?.trim() ?? '';
    const key = JSON.stringify(groupBy.map((c) => values[c]));
    const group = groups.get(key);
    if (group) group.rows.push(index);
    else groups.set(key, { values, rows: [index] });
  });

  const rows: TrendRow[] = [];
  const rejected: TrendRejectedRow[] = [];
  for (const { values, rows: indices } of groups.values()) {
    const points: TrendPoint[] = [];
    const problems: TrendRejectedRow[] = [];
    const seenYears = new Set<number>();
    for (const index of indices) {
      const row = input.series[index]!;
      const yearText = row.year?.trim() ?? '';
      const year = /^-?\d+$/.test(yearText) ? Number(yearText) : Number.NaN;
      const count = parseNumber(row.count);
      const population = parseNumber(row.population);
      const problem = (field: TrendRejectedRow['field'], reason: string) =>
        problems.push({ row: index, field, reason, series: values });
      if (Number.isNaN(year)) problem('year', 'year_invalid');
      else if (seenYears.has(year)) problem('year', 'year_duplicate');
      else seenYears.add(year);
      if (Number.isNaN(count)) problem('count', 'count_invalid');
      else if (!(count > 0)) problem('count', 'count_not_positive');
      if (Number.isNaN(population)) problem('population', 'population_invalid');
      else if (!(population > 0)) problem('population', 'population_not_positive');
      points.push({ year, count, population });
    }
    if (problems.length > 0) {
      rejected.push(...problems);
      continue;
    }
    rows.push({ ...values, ...trendRowOf(points, input, fixedK, maxK) });
  }
  return { rows, rejected };
}

function parseNumber(text: string | undefined): number {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return Number.NaN;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

function trendRowOf(
  points: readonly TrendPoint[],
  input: TrendTableInput,
  fixedK: number | undefined,
  maxK: number | undefined,
): TrendRow {
  const options = { level: input.level };
  if (fixedK !== undefined) {
    const fit = joinpointFit(points, fixedK, options);
    if (fit.status === 'model_does_not_exist')
      return absentRow(points.length, fixedK, fit.minimumObservations);
    return fittedRow(fit, null);
  }
  const selection = selectJoinpointModel(points, {
    maxJoinpoints: maxK!,
    method: input.method,
    alpha: input.alpha,
    permutations: input.permutations,
    seed: input.seed,
    level: input.level,
  });
  if ('status' in selection) return absentRow(points.length, 0, selection.minimumObservations);
  return fittedRow(selection.fit, selectionOf(selection));
}

function selectionOf(selection: JoinpointSelection): TrendModelSelection {
  return {
    method: selection.method,
    max_joinpoints: selection.maxJoinpoints,
    searched_max_joinpoints: selection.searchedMaxJoinpoints,
    alpha: selection.method === 'permutation' ? selection.alpha : null,
    permutations: selection.permutations,
    seed: selection.seed,
    candidates: selection.candidates.map(({ k, joinpoints, sse, bic, wbic, r2max }) => ({
      k,
      joinpoints,
      sse,
      bic,
      wbic,
      r2max,
    })),
    tests: selection.tests.map((t) => ({
      null_k: t.nullK,
      alt_k: t.alternativeK,
      statistic: t.statistic,
      p_value: t.pValue,
      alpha: t.alpha,
      rejected: t.rejected,
    })),
  };
}

function fittedRow(fit: JoinpointFit, selection: TrendModelSelection | null): TrendRow {
  return {
    status: 'fitted',
    n: fit.years.length,
    k: fit.k,
    joinpoints: fit.joinpoints,
    segments: fit.segments.map((s) => ({
      start_year: s.startYear,
      end_year: s.endYear,
      apc: s.apc,
      apc_lci: s.apcLower,
      apc_uci: s.apcUpper,
    })),
    aapc: fit.aapc.aapc,
    aapc_lci: fit.aapc.lower,
    aapc_uci: fit.aapc.upper,
    fitted: fit.years.map((year, i) => ({
      year,
      rate: fit.ratePer100k[i]!,
      fitted_rate: fit.fittedRatePer100k[i]!,
    })),
    model_selection: selection,
  };
}

function absentRow(n: number, k: number, minimumYears: number): TrendRow {
  return {
    status: 'model_does_not_exist',
    n,
    k,
    joinpoints: [],
    segments: [],
    aapc: null,
    aapc_lci: null,
    aapc_uci: null,
    fitted: [],
    model_selection: null,
    minimum_years: minimumYears,
  };
}
