import { regularizedGamma } from '../distributions/regularized-gamma';
import { apcDesign } from './apc-design';
import { fitPoissonGlm, type PoissonGlmFit, type PoissonLink } from './poisson-glm';
import { type AgeRateProjection, type ProjectedSums, projectedSums } from './projected-sums';

/** Number of 5-year age groups Nordpred works with: 0-4, 5-9, …, 80-84, 85+. */
export const NORDPRED_AGE_GROUPS = 18;

/** Nordpred's default cut in the drift for the 1st, 2nd, … projected period (nordpred `cuttrend`). */
export const NORDPRED_CUT_TREND: readonly number[] = [0, 0.25, 0.5, 0.75, 0.75];

/** Input of {@link nordpredProjection}. Matrices are indexed [age group][period]. */
export interface NordpredInput {
  /** Observed counts, 18 age groups × P ≥ 3 consecutive 5-year periods, oldest period first. */
  readonly cases: readonly (readonly number[])[];
  /** Person-years of the same cells. */
  readonly personYears: readonly (readonly number[])[];
  /** Projected person-years, 18 age groups × F ≥ 1 future 5-year periods. */
  readonly futurePersonYears: readonly (readonly number[])[];
  /**
   * Number of most recent periods to fit on, or candidates: the largest whose model passes the
   * goodness-of-fit test (p ≥ 0.01) is used, dropping the oldest period otherwise, as `nordpred()`.
   * Default the package's candidates min(P, 4) … min(P, 6).
   */
  readonly basePeriods?: number | readonly number[];
  /**
   * Youngest age group (0-based, 0 = 0-4) in the regression. Default: the youngest group from
   * 15-19 (index 3) up such that it and every older group has ≥ 10 cases over the observed periods.
   */
  readonly startEstimationAge?: number;
  /**
   * Youngest age group whose projection uses the model; younger groups get the mean rate of the
   * last two observed periods. Default startEstimationAge + 1 (nordpred's documented example,
   * startestage 5 / startuseage 6), so the cohort seen in one cell only is never used alone.
   */
  readonly startUseAge?: number;
  /** Project the slope of the last 10 years (true) or the average drift (false); default: the curvature test. */
  readonly recent?: boolean;
  /** Proportion of the drift cut in projected period 1, 2, …; the last value holds beyond the list. */
  readonly cutTrend?: readonly number[];
  /** `power5` (default, Nordpred) or `log` (nordpred's `linkfunc = "poisson"`). */
  readonly link?: PoissonLink;
  /** 18 standard weights for the ASR (summing to 1), or omitted for no ASR. */
  readonly weights?: readonly number[];
  /** Interval level, default 0.95. */
  readonly level?: number;
}

/** One projected 5-year period. */
export interface NordpredPeriod {
  /** 1-based index after the last observed period. */
  readonly step: number;
  /** Age-specific projected rates per person-year (18). */
  readonly rates: number[];
  /** Age-specific projected cases (18). */
  readonly cases: number[];
  readonly sums: ProjectedSums;
}

/** Result of {@link nordpredProjection}. */
export interface NordpredResult {
  readonly link: PoissonLink;
  /** Number of most recent periods fitted. */
  readonly basePeriods: number;
  readonly startEstimationAge: number;
  readonly startUseAge: number;
  /** Goodness of fit: P(χ²_df > deviance) of the fitted model. */
  readonly goodnessOfFitPValue: number;
  /** Curvature test: P(χ²₁ > D(drift) − D(drift + Period²)), log-link Poisson as nordpred. */
  readonly curvaturePValue: number;
  readonly recent: boolean;
  /** Quasi-Poisson dispersion max(1, Pearson X² / df) used for the intervals. */
  readonly dispersion: number;
  readonly drift: number;
  readonly fit: PoissonGlmFit;
  readonly periods: NordpredPeriod[];
}

function chiSquareUpperTail(x: number, df: number): number {
  if (df <= 0) return Number.NaN;
  return x <= 0 ? 1 : regularizedGamma(df / 2, x / 2).upper;
}

function cell(matrix: readonly (readonly number[])[], age: number, period: number, name: string): number {
  const v = matrix[age]?.[period];
  if (v === undefined || !Number.isFinite(v) || v < 0) {
    throw new RangeError(`nordpredProjection: ${name}[${age}][${period}] must be a number ≥ 0, got ${v}`);
  }
  return v;
}

interface ModelFit {
  readonly fit: PoissonGlmFit;
  readonly design: ReturnType<typeof apcDesign>;
}

/** Fits an APC model on ages ≥ start and the last `base` of P periods; cells without person-years are left out. */
function fitApc(
  input: NordpredInput,
  periodCount: number,
  base: number,
  start: number,
  link: PoissonLink,
  options: { periodEffects: boolean; periodSquared: boolean },
): ModelFit {
  const ageCount = NORDPRED_AGE_GROUPS - start;
  const design = apcDesign({ ageCount, periodCount: base, firstPeriod: periodCount - base + 1, ...options });
  const keep: number[] = [];
  const counts: number[] = [];
  const exposure: number[] = [];
  for (let i = 0; i < ageCount; i++) {
    for (let q = 0; q < base; q++) {
      const period = periodCount - base + q;
      const y = cell(input.cases, start + i, period, 'cases');
      const e = cell(input.personYears, start + i, period, 'personYears');
      if (e === 0) {
        if (y > 0)
          throw new RangeError(
            `nordpredProjection: ${y} cases without person-years in cell [${start + i}][${period}]`,
          );
        continue;
      }
      keep.push(i * base + q);
      counts.push(y);
      exposure.push(e);
    }
  }
  let matrix = design.design;
  if (keep.length < design.rows) {
    matrix = new Float64Array(keep.length * design.columns);
    keep.forEach((row, k) => {
      matrix.set(
        design.design.subarray(row * design.columns, (row + 1) * design.columns),
        k * design.columns,
      );
    });
  }
  const fit = fitPoissonGlm({
    design: matrix,
    rows: keep.length,
    columns: design.columns,
    counts,
    exposure,
    link,
  });
  return { fit, design };
}

function defaultStartAge(input: NordpredInput, periodCount: number): number {
  let start = NORDPRED_AGE_GROUPS;
  for (let a = NORDPRED_AGE_GROUPS - 1; a >= 3; a--) {
    let total = 0;
    for (let p = 0; p < periodCount; p++) total += cell(input.cases, a, p, 'cases');
    if (total < 10) break;
    start = a;
  }
  return start;
}

/**
 * Cancer incidence or mortality projection by Nordpred's age–period–cohort model.
 *
 * Møller B, Fekjær H, Hakulinen T, et al. Prediction of cancer incidence in the Nordic countries:
 * empirical comparison of different approaches. Stat Med 2003;22:2751–2766; the algorithm of R's
 * nordpred package (Fekjær & Møller), re-implemented:
 * 1. Choose the base: the largest candidate number of recent periods whose model has goodness-of-fit
 *    p ≥ 0.01 (deviance vs χ²_df), dropping the oldest period otherwise.
 * 2. Fit rateₐₚ^(1/5) = Aₐ + D·p + Pₚ + C_c (power-5 link; or ln rate with `link: 'log'`) on ages
 *    ≥ startEstimationAge; parametrisation as in {@link apcDesign}.
 * 3. Curvature: a log-link Poisson model with age + drift + cohort, with and without Period²; if the
 *    likelihood-ratio p < 0.05, `recent` projects the slope of the last 10 years, D − P_{B−1}
 *    (the last period effect being 0), instead of the average drift D.
 * 4. For projected period j: η = Aₐ + D·P_obs + D*·Σ_{k≤j}(1 − cut_k) + C_c, D* = D (average) or
 *    D − P_{B−1} (recent), P_obs = the number of observed periods; no period effect (the last is 0).
 *    Cohorts not estimated (younger than those seen in age group startUseAge) take the effect of the
 *    youngest cohort that is, and the last cohort level is 0, as nordpred does.
 * 5. Rate = η⁵ (exp η for log), floored at 0; groups below startUseAge take the mean of their last
 *    two observed rates. Cases = rate × projected person-years.
 * Departures from nordpred: beyond its 5 projected periods `cutTrend` holds its last value and the
 * future person-years may cover any number of periods; the base is chosen with the model of the
 * chosen link (nordpred() always uses power-5 for that test); η < 0 gives rate 0 (nordpred: η⁵ < 0).
 *
 * Intervals (not part of Nordpred): delta method on η with the coefficients' covariance
 * φ·(XᵀWX)⁻¹, φ = max(1, X²/df) (quasi-Poisson), plus the Poisson variance of the averaged rates of
 * the youngest groups; prediction intervals add φ × the Poisson variance of the future counts; normal
 * on the log scale. They are conditional on the model, base, `recent` choice, damping and the
 * projected population: they do not cover a change of trend, model choice, or population error, so
 * they are narrower than the real uncertainty of a 20-year projection.
 *
 * @param input - observed and projected tables and options.
 * @returns the fit, the choices made and one entry per projected period.
 * @throws RangeError for malformed tables or options; GlmFitError when the model cannot be fitted.
 * @example nordpredProjection({ cases, personYears, futurePersonYears }).periods[0].sums.cases.estimate
 */
export function nordpredProjection(input: NordpredInput): NordpredResult {
  const link = input.link ?? 'power5';
  const level = input.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new RangeError(`nordpredProjection: level must be in (0, 1), got ${level}`);
  if (input.cases.length !== NORDPRED_AGE_GROUPS || input.personYears.length !== NORDPRED_AGE_GROUPS) {
    throw new RangeError('nordpredProjection: cases and personYears need 18 age groups');
  }
  if (input.futurePersonYears.length !== NORDPRED_AGE_GROUPS) {
    throw new RangeError('nordpredProjection: futurePersonYears needs 18 age groups');
  }
  const periodCount = input.cases[0]?.length ?? 0;
  if (periodCount < 3)
    throw new RangeError(`nordpredProjection: need ≥ 3 observed periods, got ${periodCount}`);
  const futureCount = input.futurePersonYears[0]?.length ?? 0;
  if (futureCount < 1) throw new RangeError('nordpredProjection: need ≥ 1 future period of person-years');
  for (let a = 0; a < NORDPRED_AGE_GROUPS; a++) {
    if (input.cases[a]?.length !== periodCount || input.personYears[a]?.length !== periodCount) {
      throw new RangeError(`nordpredProjection: age group ${a} must have ${periodCount} periods`);
    }
    if (input.futurePersonYears[a]?.length !== futureCount) {
      throw new RangeError(`nordpredProjection: future age group ${a} must have ${futureCount} periods`);
    }
  }
  const weights = input.weights ?? null;
  if (weights && weights.length !== NORDPRED_AGE_GROUPS) {
    throw new RangeError(`nordpredProjection: weights need 18 entries, got ${weights.length}`);
  }

  const start = input.startEstimationAge ?? defaultStartAge(input, periodCount);
  if (!(Number.isInteger(start) && start >= 0 && start <= NORDPRED_AGE_GROUPS - 3)) {
    throw new RangeError(
      `nordpredProjection: too few cases for the model (startEstimationAge ${start}; at least 3 age groups with ≥ 10 cases are needed)`,
    );
  }
  const use = input.startUseAge ?? Math.min(start + 1, NORDPRED_AGE_GROUPS - 1);
  if (!(Number.isInteger(use) && use >= start && use < NORDPRED_AGE_GROUPS)) {
    throw new RangeError(`nordpredProjection: startUseAge must be in [${start}, 17], got ${use}`);
  }

  const requested = input.basePeriods ?? rangeInclusive(Math.min(periodCount, 4), Math.min(periodCount, 6));
  let candidates = (typeof requested === 'number' ? [requested] : [...requested]).sort((x, y) => x - y);
  for (const b of candidates) {
    if (!(Number.isInteger(b) && b >= 3 && b <= periodCount)) {
      throw new RangeError(
        `nordpredProjection: basePeriods must be whole numbers in [3, ${periodCount}], got ${b}`,
      );
    }
  }
  if (candidates.length === 0) throw new RangeError('nordpredProjection: basePeriods is empty');
  const full = { periodEffects: true, periodSquared: false };
  while (candidates.length > 1) {
    const widest = candidates[candidates.length - 1] as number;
    const trial = fitApc(input, periodCount, widest, start, link, full).fit;
    // nordpred keeps the widest base unless its model is rejected at the 1 % level.
    if (chiSquareUpperTail(trial.deviance, trial.dfResidual) < 0.01) candidates = candidates.slice(0, -1);
    else candidates = [widest];
  }
  const base = candidates[0] as number;

  const { fit, design } = fitApc(input, periodCount, base, start, link, full);
  const goodnessOfFitPValue = chiSquareUpperTail(fit.deviance, fit.dfResidual);
  const linear = fitApc(input, periodCount, base, start, 'log', {
    periodEffects: false,
    periodSquared: false,
  }).fit;
  const curved = fitApc(input, periodCount, base, start, 'log', {
    periodEffects: false,
    periodSquared: true,
  }).fit;
  const curvaturePValue = chiSquareUpperTail(linear.deviance - curved.deviance, 1);
  const recent = input.recent ?? curvaturePValue < 0.05;
  const dispersion = fit.dfResidual > 0 ? Math.max(1, fit.pearson / fit.dfResidual) : 1;

  const beta = fit.coefficients;
  const p = design.columns;
  const covariance = new Float64Array(fit.covariance.length);
  for (let k = 0; k < covariance.length; k++) covariance[k] = dispersion * (fit.covariance[k] as number);
  const drift = beta[design.driftColumn] as number;
  const lastPeriodColumn = design.periodColumn(base - 1);
  const cutTrend = input.cutTrend ?? NORDPRED_CUT_TREND;
  if (cutTrend.length === 0) throw new RangeError('nordpredProjection: cutTrend is empty');
  const maxCohort = NORDPRED_AGE_GROUPS - 1 - use + base;

  const periods: NordpredPeriod[] = [];
  let driftMultiplier = 0; // Σ_{k ≤ j} (1 − cut_k)
  for (let j = 1; j <= futureCount; j++) {
    driftMultiplier += 1 - (cutTrend[Math.min(j, cutTrend.length) - 1] as number);
    const ages: AgeRateProjection[] = [];
    for (let a = 0; a < NORDPRED_AGE_GROUPS; a++) {
      const personYears = cell(input.futurePersonYears, a, j - 1, 'futurePersonYears');
      if (a < use) {
        ages.push({ ...recentMeanRate(input, a, periodCount), gradient: null, personYears });
        continue;
      }
      const x = new Float64Array(p);
      x[a - start] = 1;
      x[design.driftColumn] = periodCount + driftMultiplier;
      if (recent && lastPeriodColumn >= 0) x[lastPeriodColumn] = -driftMultiplier;
      const cohort = NORDPRED_AGE_GROUPS - 1 - a + base + j;
      const cc = design.cohortColumn(Math.min(cohort, maxCohort)); // cohorts younger than those seen take the youngest seen;
      if (cc >= 0) x[cc] = 1;
      let eta = 0;
      for (let k = 0; k < p; k++) eta += (x[k] as number) * (beta[k] as number);
      // η < 0 would be a negative rate to the 1/5: the projection is floored at 0.
      const rate = link === 'log' ? Math.exp(eta) : eta > 0 ? eta ** 5 : 0;
      const slope = link === 'log' ? rate : eta > 0 ? 5 * eta ** 4 : 0;
      for (let k = 0; k < p; k++) x[k] = (x[k] as number) * slope;
      ages.push({ rate, gradient: x, rateVariance: 0, personYears });
    }
    periods.push({
      step: j,
      rates: ages.map((age) => age.rate),
      cases: ages.map((age) => age.rate * age.personYears),
      sums: projectedSums(ages, covariance, dispersion, weights, level),
    });
  }
  return {
    link,
    basePeriods: base,
    startEstimationAge: start,
    startUseAge: use,
    goodnessOfFitPValue,
    curvaturePValue,
    recent,
    dispersion,
    drift,
    fit,
    periods,
  };
}

/** Mean of the last two observed rates (nordpred's rule for the youngest groups) and its Poisson variance. */
function recentMeanRate(
  input: NordpredInput,
  age: number,
  periodCount: number,
): { rate: number; rateVariance: number } {
  let rate = 0;
  let rateVariance = 0;
  for (const period of [periodCount - 2, periodCount - 1]) {
    const y = cell(input.cases, age, period, 'cases');
    const e = cell(input.personYears, age, period, 'personYears');
    // nordpred sets a 0/0 rate to 0.
    if (e > 0) {
      rate += y / e / 2;
      rateVariance += y / (e * e) / 4;
    }
  }
  return { rate, rateVariance };
}

function rangeInclusive(from: number, to: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v++) out.push(v);
  return out;
}
