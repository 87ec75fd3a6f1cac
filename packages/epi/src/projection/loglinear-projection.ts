import { fitPoissonGlm, type PoissonGlmFit } from './poisson-glm';
import { type AgeRateProjection, type ProjectedSums, projectedSums } from './projected-sums';

/**
 * How age enters the log-linear model:
 * - `total`: the all-ages yearly count, ln E[C_t] = ln PY_t + α + β(t − t₀) (no ASR);
 * - `common`: one slope for all age groups, ln E[C_at] = ln PY_at + α_a + β(t − t₀);
 * - `separate`: a slope per age group, ln E[C_at] = ln PY_at + α_a + β_a(t − t₀).
 */
export type LoglinearAgeModel = 'total' | 'common' | 'separate';

/** Input of {@link loglinearProjection}. Matrices are indexed [age group][year]. */
export interface LoglinearInput {
  /** Observed calendar years, increasing (gaps allowed). */
  readonly years: readonly number[];
  /** Counts per age group and year (any number of age groups, e.g. the 19 of methods.md). */
  readonly cases: readonly (readonly number[])[];
  readonly personYears: readonly (readonly number[])[];
  /** Years to project, increasing. */
  readonly futureYears: readonly number[];
  /** Projected person-years per age group and future year. */
  readonly futurePersonYears: readonly (readonly number[])[];
  /** Default `common`. */
  readonly ageModel?: LoglinearAgeModel;
  /** Fit on the last N observed years only; default all. */
  readonly fitYears?: number;
  /** Standard weights per age group (summing to 1) for the ASR; ignored for `total`. */
  readonly weights?: readonly number[];
  /** Interval level, default 0.95. */
  readonly level?: number;
}

/** One projected year. */
export interface LoglinearYear {
  readonly year: number;
  /** Projected rates per person-year by age group (one entry for `total`). */
  readonly rates: number[];
  readonly sums: ProjectedSums;
}

/** Result of {@link loglinearProjection}. */
export interface LoglinearResult {
  readonly ageModel: LoglinearAgeModel;
  /** Reference year t₀ of the slope (the last observed year). */
  readonly referenceYear: number;
  /** Fitted slopes per year: one (total, common) or one per age group (separate; NaN for a group without cases). */
  readonly slopes: number[];
  /** Annual percent change 100(e^β − 1) of the first slope. */
  readonly annualPercentChange: number;
  /** Quasi-Poisson dispersion max(1, X²/df) used for the intervals. */
  readonly dispersion: number;
  readonly fit: PoissonGlmFit;
  readonly projections: LoglinearYear[];
}

function readMatrix(
  matrix: readonly (readonly number[])[],
  ages: number,
  columns: number,
  name: string,
): number[][] {
  if (matrix.length !== ages) throw new RangeError(`loglinearProjection: ${name} needs ${ages} age groups`);
  return matrix.map((row, a) => {
    if (row.length !== columns)
      throw new RangeError(`loglinearProjection: ${name}[${a}] needs ${columns} entries`);
    return row.map((v, t) => {
      if (!(v >= 0) || !Number.isFinite(v)) {
        throw new RangeError(`loglinearProjection: ${name}[${a}][${t}] must be a number ≥ 0, got ${v}`);
      }
      return v;
    });
  });
}

/**
 * The simple alternative to Nordpred: Poisson regression of yearly counts on calendar year with a
 * log-person-years offset, extrapolated (constant annual percent change).
 *
 * Fitted by IRLS as R `glm(count ~ factor(age) + I(year − t₀) + offset(log(py)), poisson)` (or the
 * variant of `ageModel`); age groups without a case in the fitted years are left out of the fit and
 * projected at rate 0 (a log-linear model cannot fit them). Intervals: delta method on the linear
 * predictors with covariance φ·(XᵀWX)⁻¹, φ = max(1, X²/df), log scale; prediction intervals add
 * φ × the Poisson variance of the future counts. They assume the log-linear trend continues and the
 * projected population is exact; unlike Nordpred the trend is not damped, so long projections of a
 * steep trend grow (or shrink) exponentially: prefer Nordpred beyond ~10 years.
 *
 * @param input - yearly tables, future person-years and options.
 * @returns slopes, dispersion, fit and one entry per projected year.
 * @throws RangeError for malformed tables; GlmFitError when the model cannot be fitted.
 * @example loglinearProjection({ years, cases, personYears, futureYears, futurePersonYears }).annualPercentChange
 */
export function loglinearProjection(input: LoglinearInput): LoglinearResult {
  const ageModel = input.ageModel ?? 'common';
  const level = input.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new RangeError(`loglinearProjection: level must be in (0, 1), got ${level}`);
  const years = input.years;
  for (let t = 1; t < years.length; t++) {
    if (!((years[t] as number) > (years[t - 1] as number))) {
      throw new RangeError('loglinearProjection: years must be increasing');
    }
  }
  const ageCount = input.cases.length;
  let cases = readMatrix(input.cases, ageCount, years.length, 'cases');
  let personYears = readMatrix(input.personYears, ageCount, years.length, 'personYears');
  let future = readMatrix(input.futurePersonYears, ageCount, input.futureYears.length, 'futurePersonYears');
  const fitYears = input.fitYears ?? years.length;
  if (!(Number.isInteger(fitYears) && fitYears >= 2 && fitYears <= years.length)) {
    throw new RangeError(`loglinearProjection: fitYears must be in [2, ${years.length}], got ${fitYears}`);
  }
  const weights = ageModel === 'total' ? null : (input.weights ?? null);
  if (weights && weights.length !== ageCount) {
    throw new RangeError(`loglinearProjection: weights need ${ageCount} entries, got ${weights.length}`);
  }
  if (ageModel === 'total') {
    const sum = (m: number[][]) => [
      m.reduce((acc, row) => acc.map((v, t) => v + (row[t] as number)), m[0]?.map(() => 0) ?? []),
    ];
    cases = sum(cases);
    personYears = sum(personYears);
    future = sum(future);
  }
  const groups = cases.length;
  const first = years.length - fitYears;
  const referenceYear = years[years.length - 1] as number;

  // Age groups with cases enter the model; each gets an intercept (and a slope when separate).
  const modelAges: number[] = [];
  for (let a = 0; a < groups; a++) {
    let total = 0;
    for (let t = first; t < years.length; t++) total += cases[a]?.[t] as number;
    if (total > 0) modelAges.push(a);
  }
  if (modelAges.length === 0) throw new RangeError('loglinearProjection: no cases in the fitted years');
  const columnOfAge = new Map(modelAges.map((a, k) => [a, k]));
  const slopeColumn = (a: number) =>
    modelAges.length + (ageModel === 'separate' ? (columnOfAge.get(a) as number) : 0);
  const columns = modelAges.length + (ageModel === 'separate' ? modelAges.length : 1);

  const rowsDesign: number[] = [];
  const counts: number[] = [];
  const exposure: number[] = [];
  for (const a of modelAges) {
    for (let t = first; t < years.length; t++) {
      const e = personYears[a]?.[t] as number;
      const y = cases[a]?.[t] as number;
      if (e === 0) {
        if (y > 0)
          throw new RangeError(
            `loglinearProjection: ${y} cases without person-years (age ${a}, year ${years[t]})`,
          );
        continue;
      }
      const row = new Array<number>(columns).fill(0);
      row[columnOfAge.get(a) as number] = 1;
      row[slopeColumn(a)] = (years[t] as number) - referenceYear;
      rowsDesign.push(...row);
      counts.push(y);
      exposure.push(e);
    }
  }
  const fit = fitPoissonGlm({
    design: Float64Array.from(rowsDesign),
    rows: counts.length,
    columns,
    counts,
    exposure,
    link: 'log',
  });
  const dispersion = fit.dfResidual > 0 ? Math.max(1, fit.pearson / fit.dfResidual) : 1;
  const covariance = fit.covariance.map((v) => v * dispersion);
  const beta = fit.coefficients;

  const projections: LoglinearYear[] = input.futureYears.map((year, f) => {
    const ages: AgeRateProjection[] = [];
    for (let a = 0; a < groups; a++) {
      const py = future[a]?.[f] as number;
      const k = columnOfAge.get(a);
      if (k === undefined) {
        ages.push({ rate: 0, gradient: null, rateVariance: 0, personYears: py });
        continue;
      }
      const s = slopeColumn(a);
      const dt = year - referenceYear;
      const rate = Math.exp((beta[k] as number) + (beta[s] as number) * dt);
      const gradient = new Float64Array(columns);
      gradient[k] = rate;
      gradient[s] = rate * dt;
      ages.push({ rate, gradient, rateVariance: 0, personYears: py });
    }
    return {
      year,
      rates: ages.map((x) => x.rate),
      sums: projectedSums(ages, covariance, dispersion, weights, level),
    };
  });
  const slopes =
    ageModel === 'separate'
      ? Array.from({ length: groups }, (_, a) =>
          columnOfAge.has(a) ? (beta[slopeColumn(a)] as number) : Number.NaN,
        )
      : [beta[modelAges.length] as number];
  const firstSlope = slopes.find((s) => !Number.isNaN(s)) ?? Number.NaN;
  return {
    ageModel,
    referenceYear,
    slopes,
    annualPercentChange: 100 * Math.expm1(firstSlope),
    dispersion,
    fit,
    projections,
  };
}
