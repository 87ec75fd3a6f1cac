import { type StandardPopulationKey, standardWeights } from '@orca/codes';
import type { CsvRow } from '../tables/event-fields';
import { type LoglinearInput, loglinearProjection } from './loglinear-projection';
import { NORDPRED_AGE_GROUPS, type NordpredInput, nordpredProjection } from './nordpred';
import type { ProjectedSums, ProjectedValue } from './projected-sums';
import { countEvents, type ProjectionExclusion, readPopulationRows } from './projection-inputs';

/** Input of {@link projectionTable}: data-contract rows as read from CSV, and the options. */
export interface ProjectionTableInput {
  /** cases.csv rows (incidence) or deaths.csv rows with `dateField: 'death_date'` (mortality). */
  readonly cases: readonly CsvRow[];
  /** population.csv rows of the observed years: region_code, year, sex, age_group, population. */
  readonly population: readonly CsvRow[];
  /**
   * population.csv-shaped rows for the future years (e.g. a provincial population projection);
   * every future year needed must be present for each sex projected. When omitted, the last
   * observed year's population is carried forward unchanged (a constant-population scenario).
   */
  readonly futurePopulation?: readonly CsvRow[];
  readonly method: 'nordpred' | 'loglinear';
  /** Project up to this calendar year; Nordpred goes on to the end of the 5-year period holding it. */
  readonly untilYear: number;
  /** Event date column, default `diagnosis_date`. */
  readonly dateField?: 'diagnosis_date' | 'death_date';
  /** ICD-10 column, default `icd10` (`cause_of_death` for death_date). */
  readonly siteField?: string;
  /** 3-character ICD-10 categories to project together (e.g. ['C33', 'C34']); default all C00–C97. */
  readonly sites?: readonly string[];
  /** Standard population of the ASR, default `china2000`. */
  readonly standard?: StandardPopulationKey;
  /** Rate multiplier, default 100 000. */
  readonly per?: number;
  /** Interval level, default 0.95. */
  readonly level?: number;
  /** Options passed to {@link nordpredProjection}. */
  readonly nordpred?: Omit<
    NordpredInput,
    'cases' | 'personYears' | 'futurePersonYears' | 'weights' | 'level'
  >;
  /** Options passed to {@link loglinearProjection}. */
  readonly loglinear?: Pick<LoglinearInput, 'ageModel' | 'fitYears'>;
}

/** One output row; rates per `per` person-years, intervals null for observed rows. */
export interface ProjectionRow {
  readonly sex: 1 | 2;
  /** `2021-2025` (Nordpred) or `2021` (log-linear). */
  readonly period: string;
  readonly start_year: number;
  readonly end_year: number;
  readonly kind: 'observed' | 'projected';
  readonly cases: number;
  readonly cases_lci: number | null;
  readonly cases_uci: number | null;
  readonly cases_lpi: number | null;
  readonly cases_upi: number | null;
  /** Person-years of the period (the population for a single year). */
  readonly population: number;
  readonly crude_rate: number;
  readonly crude_rate_lpi: number | null;
  readonly crude_rate_upi: number | null;
  /** Null for the log-linear `total` model, which has no age structure. */
  readonly asr: number | null;
  readonly asr_lci: number | null;
  readonly asr_uci: number | null;
  readonly asr_lpi: number | null;
  readonly asr_upi: number | null;
}

/** What was fitted for one sex. */
export interface ProjectionModelSummary {
  readonly sex: 1 | 2;
  readonly method: 'nordpred' | 'loglinear';
  readonly firstYear: number;
  readonly lastYear: number;
  /** Nordpred: periods in the base, `recent`, curvature and goodness-of-fit p-values, drift. */
  readonly basePeriods?: number;
  readonly recent?: boolean;
  readonly curvaturePValue?: number;
  readonly goodnessOfFitPValue?: number;
  readonly drift?: number;
  /** Log-linear: annual percent change of the (first) slope. */
  readonly annualPercentChange?: number;
  readonly dispersion: number;
  readonly futurePopulation: 'given' | 'carried_forward';
}

/** Rows, the input rows left out, and one model summary per sex projected. */
export interface ProjectionTable {
  readonly rows: ProjectionRow[];
  readonly excluded: ProjectionExclusion[];
  readonly models: ProjectionModelSummary[];
}

function futureTable(
  sex: 1 | 2,
  years: readonly number[],
  given: Map<number, Float64Array> | null,
  last: Float64Array,
): Float64Array[] {
  return years.map((year) => {
    if (!given) return last;
    const row = given.get(year);
    if (!row)
      throw new RangeError(`projectionTable: futurePopulation has no rows for year ${year}, sex ${sex}`);
    return row;
  });
}

/** 19 groups → Nordpred's 18 (0 and 1-4 → 0-4). */
function toEighteen(values: ArrayLike<number>): number[] {
  const out = [(values[0] as number) + (values[1] as number)];
  for (let i = 2; i < 19; i++) out.push(values[i] as number);
  return out;
}

function observedRow(
  sex: 1 | 2,
  start: number,
  end: number,
  counts: ArrayLike<number>,
  personYears: ArrayLike<number>,
  weights: readonly number[],
  per: number,
): ProjectionRow {
  let cases = 0;
  let population = 0;
  let asr = 0;
  for (let a = 0; a < weights.length; a++) {
    const c = counts[a] as number;
    const p = personYears[a] as number;
    cases += c;
    population += p;
    if (p > 0) asr += ((weights[a] as number) * c) / p;
  }
  return {
    sex,
    period: start === end ? String(start) : `${start}-${end}`,
    start_year: start,
    end_year: end,
    kind: 'observed',
    cases,
    cases_lci: null,
    cases_uci: null,
    cases_lpi: null,
    cases_upi: null,
    population,
    crude_rate: population > 0 ? (cases / population) * per : 0,
    crude_rate_lpi: null,
    crude_rate_upi: null,
    asr: asr * per,
    asr_lci: null,
    asr_uci: null,
    asr_lpi: null,
    asr_upi: null,
  };
}

function projectedRow(
  sex: 1 | 2,
  start: number,
  end: number,
  sums: ProjectedSums,
  per: number,
): ProjectionRow {
  const scaled = (v: ProjectedValue | null, k: keyof ProjectedValue) => (v ? v[k] * per : null);
  return {
    sex,
    period: start === end ? String(start) : `${start}-${end}`,
    start_year: start,
    end_year: end,
    kind: 'projected',
    cases: sums.cases.estimate,
    cases_lci: sums.cases.lci,
    cases_uci: sums.cases.uci,
    cases_lpi: sums.cases.lpi,
    cases_upi: sums.cases.upi,
    population: sums.personYears,
    crude_rate: sums.crudeRate.estimate * per,
    crude_rate_lpi: sums.crudeRate.lpi * per,
    crude_rate_upi: sums.crudeRate.upi * per,
    asr: scaled(sums.asr, 'estimate'),
    asr_lci: scaled(sums.asr, 'lci'),
    asr_uci: scaled(sums.asr, 'uci'),
    asr_lpi: scaled(sums.asr, 'lpi'),
    asr_upi: scaled(sums.asr, 'upi'),
  };
}

/**
 * Projected cancer cases and rates by sex, from registry rows: `orca stats projection`.
 *
 * Events are counted by sex, calendar year and the 19 age groups (pooled over regions, as
 * methods.md §0 pools); events of unknown age are left out (`age_unknown`). Then per sex:
 * - `nordpred`: the years are cut into 5-year periods ending at the last observed year (older years
 *   that do not fill a period are not used; every year of a period must have population rows), ages
 *   0 and 1-4 are merged into 0-4, and {@link nordpredProjection} projects the periods after it up
 *   to the one holding `untilYear`. Rows: one per observed period (kind `observed`), then one per
 *   projected period; cases and person-years are 5-year totals, rates per person-year × `per`.
 * - `loglinear`: {@link loglinearProjection} on the yearly counts (default `common` slope), one row
 *   per observed year and per year up to `untilYear`.
 * Columns: `sex, period, start_year, end_year, kind, cases` with `cases_lci/uci` (95 % CI of the
 * expected count) and `cases_lpi/upi` (prediction interval of the count to be observed);
 * `population` (person-years); `crude_rate` with its prediction interval; `asr` (directly
 * standardised with the chosen standard's weights over all groups) with `asr_lci/uci` and
 * `asr_lpi/upi`. Interval methods and their limits: see {@link nordpredProjection}; they do not
 * include the uncertainty of the projected population.
 * A sex without population rows or without events gets no rows (and no model summary).
 * Future population: `futurePopulation` rows when given (every needed year, or a RangeError naming
 * it), otherwise the last observed year's population carried forward.
 *
 * @param input - rows and options.
 * @returns rows ordered by sex then period, the left-out input rows, and a model summary per sex.
 * @throws RangeError for bad options or too short a series; GlmFitError when a model cannot be fitted.
 */
export function projectionTable(input: ProjectionTableInput): ProjectionTable {
  const per = input.per ?? 100_000;
  if (!(per > 0)) throw new RangeError(`projectionTable: per must be > 0, got ${per}`);
  const level = input.level ?? 0.95;
  const weights19 = standardWeights(input.standard ?? 'china2000');
  const weights18 = toEighteen(weights19);
  const dateField = input.dateField ?? 'diagnosis_date';
  const excluded: ProjectionExclusion[] = [];
  const observed = readPopulationRows(input.population, 'population', excluded);
  const future = input.futurePopulation
    ? readPopulationRows(input.futurePopulation, 'future_population', excluded)
    : null;
  const events = countEvents(
    input.cases,
    observed.cells,
    {
      dateField,
      siteField: input.siteField ?? (dateField === 'death_date' ? 'cause_of_death' : 'icd10'),
      sites: input.sites ? new Set(input.sites) : null,
    },
    excluded,
  );
  const rows: ProjectionRow[] = [];
  const models: ProjectionModelSummary[] = [];
  for (const sex of [1, 2] as const) {
    const population = observed.bySex.get(sex) as Map<number, Float64Array>;
    const counts = events.get(sex) as Map<number, Float64Array>;
    if (population.size === 0 || counts.size === 0) continue; // nothing to project for this sex
    const years = [...population.keys()].sort((x, y) => x - y);
    const lastYear = years[years.length - 1] as number;
    if (!(Number.isInteger(input.untilYear) && input.untilYear > lastYear)) {
      throw new RangeError(
        `projectionTable: untilYear must be a year after ${lastYear}, got ${input.untilYear}`,
      );
    }
    const zero = new Float64Array(19);
    const countsOf = (year: number) => counts.get(year) ?? zero;
    const popOf = (year: number) => population.get(year) ?? zero;
    const futureGiven = future ? (future.bySex.get(sex) as Map<number, Float64Array>) : null;
    const futurePopulation = futureGiven ? 'given' : 'carried_forward';

    if (input.method === 'nordpred') {
      let periodCount = 0;
      while (
        periodCount < years.length &&
        [0, 1, 2, 3, 4].every((k) => population.has(lastYear - 5 * periodCount - k))
      ) {
        periodCount++;
      }
      if (periodCount < 3) {
        throw new RangeError(
          `projectionTable: Nordpred needs 3 complete 5-year periods ending in ${lastYear}; sex ${sex} has ${periodCount}`,
        );
      }
      const firstYear = lastYear - 5 * periodCount + 1;
      const futureCount = Math.ceil((input.untilYear - lastYear) / 5);
      const periodSums = (start: number, of: (year: number) => ArrayLike<number>) => {
        const sum = new Float64Array(19);
        for (let y = start; y < start + 5; y++) {
          const v = of(y);
          for (let a = 0; a < 19; a++) sum[a] = (sum[a] as number) + (v[a] as number);
        }
        return sum;
      };
      const starts = Array.from({ length: periodCount }, (_, p) => firstYear + 5 * p);
      const futureStarts = Array.from({ length: futureCount }, (_, j) => lastYear + 1 + 5 * j);
      const futureYears = futureStarts.flatMap((s) => [s, s + 1, s + 2, s + 3, s + 4]);
      const futureByYear = new Map(
        futureTable(sex, futureYears, futureGiven, popOf(lastYear)).map((v, k) => [
          futureYears[k] as number,
          v,
        ]),
      );
      const caseSums = starts.map((s) => periodSums(s, countsOf));
      const popSums = starts.map((s) => periodSums(s, popOf));
      const futureSums = futureStarts.map((s) => periodSums(s, (y) => futureByYear.get(y) ?? zero));
      const byAge = (tables: Float64Array[]) =>
        Array.from({ length: NORDPRED_AGE_GROUPS }, (_, a) => tables.map((t) => toEighteen(t)[a] as number));
      const result = nordpredProjection({
        ...input.nordpred,
        cases: byAge(caseSums),
        personYears: byAge(popSums),
        futurePersonYears: byAge(futureSums),
        weights: weights18,
        level,
      });
      starts.forEach((s, p) => {
        rows.push(
          observedRow(sex, s, s + 4, caseSums[p] as Float64Array, popSums[p] as Float64Array, weights19, per),
        );
      });
      result.periods.forEach((period, j) => {
        const s = futureStarts[j] as number;
        rows.push(projectedRow(sex, s, s + 4, period.sums, per));
      });
      models.push({
        sex,
        method: 'nordpred',
        firstYear,
        lastYear,
        basePeriods: result.basePeriods,
        recent: result.recent,
        curvaturePValue: result.curvaturePValue,
        goodnessOfFitPValue: result.goodnessOfFitPValue,
        drift: result.drift,
        dispersion: result.dispersion,
        futurePopulation,
      });
    } else {
      const futureYears = Array.from({ length: input.untilYear - lastYear }, (_, k) => lastYear + 1 + k);
      const futurePy = futureTable(sex, futureYears, futureGiven, popOf(lastYear));
      const byAge = (tables: ArrayLike<number>[]) =>
        Array.from({ length: 19 }, (_, a) => tables.map((t) => t[a] as number));
      const result = loglinearProjection({
        ...input.loglinear,
        years,
        cases: byAge(years.map(countsOf)),
        personYears: byAge(years.map(popOf)),
        futureYears,
        futurePersonYears: byAge(futurePy),
        weights: weights19,
        level,
      });
      for (const year of years)
        rows.push(observedRow(sex, year, year, countsOf(year), popOf(year), weights19, per));
      for (const projection of result.projections) {
        rows.push(projectedRow(sex, projection.year, projection.year, projection.sums, per));
      }
      models.push({
        sex,
        method: 'loglinear',
        firstYear: years[0] as number,
        lastYear,
        annualPercentChange: result.annualPercentChange,
        dispersion: result.dispersion,
        futurePopulation,
      });
    }
  }
  return { rows, excluded, models };
}
