import { normalQuantile } from '../distributions/normal-quantile';
import { studentTQuantile } from '../distributions/student-t-quantile';
import {
  joinpointDesign,
  minimumObservations,
  type PreparedSeries,
  prepareSeries,
  type TrendPoint,
} from './joinpoint-design';
import { gridSearchJoinpoints } from './joinpoint-grid';
import { weightedLeastSquares } from './weighted-least-squares';

/** One segment of a fitted joinpoint model: its annual percent change with the t interval. */
export interface JoinpointSegment {
  readonly startYear: number;
  readonly endYear: number;
  /** Slope b_s of ln(rate) per year. */
  readonly slope: number;
  /** Standard error of b_s. */
  readonly slopeSe: number;
  /** APC = 100(e^{b_s} − 1). */
  readonly apc: number;
  readonly apcLower: number;
  readonly apcUpper: number;
}

/** Average annual percent change over the whole series. */
export interface AverageAnnualPercentChange {
  /** b̄ = Σ v_s b_s. */
  readonly slope: number;
  readonly slopeSe: number;
  readonly aapc: number;
  readonly lower: number;
  readonly upper: number;
  /** `t` (df = n − p) for k = 0, `z` for k ≥ 1 (Clegg et al. 2009). */
  readonly interval: 't' | 'z';
}

/** A k-joinpoint model fitted by grid search, with inference conditional on the joinpoints. */
export interface JoinpointFit {
  readonly status: 'fitted';
  readonly k: number;
  /** Joinpoint years τ₁ < … < τ_k. */
  readonly joinpoints: number[];
  /** 0-based positions of the joinpoints in the year-sorted series. */
  readonly positions: number[];
  /** β̂ for X = [1, x − x₁, (x − τ₁)₊, …]. */
  readonly coefficients: number[];
  /** Cov(β̂) = σ̂²(XᵀWX)⁻¹, p × p row-major with p = k + 2 regression coefficients. */
  readonly covariance: number[];
  /** Weighted SSE Q. */
  readonly sse: number;
  /** n − (2k + 2): Joinpoint counts the k locations as parameters. */
  readonly df: number;
  /** σ̂² = Q / df. */
  readonly sigma2: number;
  readonly segments: JoinpointSegment[];
  readonly aapc: AverageAnnualPercentChange;
  /** Sorted years of the series. */
  readonly years: number[];
  /** Observed rate per 10⁵. */
  readonly ratePer100k: number[];
  /** Fitted rate per 10⁵ = exp(Xβ̂)·10⁵. */
  readonly fittedRatePer100k: number[];
}

/** The k-joinpoint model does not exist for this series: too few observations (methods.md §4). */
export interface JoinpointModelAbsent {
  readonly status: 'model_does_not_exist';
  readonly k: number;
  readonly n: number;
  readonly minimumObservations: number;
}

/** Options of {@link joinpointFit}. */
export interface JoinpointFitOptions {
  /** Confidence level of the APC and AAPC intervals, default 0.95. */
  readonly level?: number;
}

/**
 * Joinpoint regression with a fixed number of joinpoints k, exactly as methods.md §4: ln rates
 * weighted by the counts, joinpoints by grid search over observed years (Lerman 1980; Kim et al.
 * 2000) with the admissibility and tie rules there, then σ̂² = Q/(n − 2k − 2), Cov(β̂) = σ̂²(XᵀWX)⁻¹,
 * the APC of each segment with a t interval and the AAPC (Clegg et al. 2009) with a t interval for
 * k = 0 and a z interval for k ≥ 1. Agrees with an independent R grid search over `lm(weights = count)`
 * (fixtures/r/trend-joinpoint.R) to 1e-9 relative.
 *
 * @param points - the series (any order); counts and populations > 0, years unique.
 * @param k - number of joinpoints, a whole number ≥ 0.
 * @param options - confidence level.
 * @returns the fit, or `model_does_not_exist` when n < minimumObservations(k).
 * @throws RangeError for invalid points (naming the point) or k.
 * @example joinpointFit(series, 1).segments.map((s) => s.apc)
 */
export function joinpointFit(
  points: readonly TrendPoint[],
  k: number,
  options: JoinpointFitOptions = {},
): JoinpointFit | JoinpointModelAbsent {
  const minimum = minimumObservations(k);
  const series = prepareSeries(points);
  const n = series.years.length;
  if (n < minimum) return { status: 'model_does_not_exist', k, n, minimumObservations: minimum };
  const grid = gridSearchJoinpoints(series, k);
  if (!grid) return { status: 'model_does_not_exist', k, n, minimumObservations: minimum };
  return joinpointFitAtPositions(series, grid.positions, options);
}

/**
 * Inference for a joinpoint model at given positions (methods.md §4, "Inference"): conditional on the
 * joinpoints, as Joinpoint reports it.
 *
 * @param series - the prepared series.
 * @param positions - 0-based joinpoint positions (admissible ones; not re-checked).
 * @param options - confidence level.
 * @returns the fit.
 * @throws RangeError when n ≤ 2k + 2 (no degrees of freedom) or the level is out of range.
 */
export function joinpointFitAtPositions(
  series: PreparedSeries,
  positions: readonly number[],
  options: JoinpointFitOptions = {},
): JoinpointFit {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`joinpointFit: level must be in (0, 1), got ${level}`);
  const k = positions.length;
  const n = series.years.length;
  const df = n - (2 * k + 2);
  if (df < 1)
    throw new RangeError(`joinpointFit: ${n} observations leave no degrees of freedom for k = ${k}`);
  const fit = weightedLeastSquares(joinpointDesign(series, positions), series.logRate, series.weights);
  const p = k + 2;
  const sigma2 = fit.sse / df;
  const covariance = Array.from(fit.unscaledCovariance, (v) => v * sigma2);
  const beta = Array.from(fit.coefficients);
  const quadratic = (a: readonly number[]): number => {
    let s = 0;
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) s += a[i]! * covariance[i * p + j]! * a[j]!;
    return Math.max(s, 0);
  };
  const dot = (a: readonly number[]): number => a.reduce((s, v, i) => s + v * beta[i]!, 0);
  const toApc = (b: number): number => 100 * Math.expm1(b);

  const tail = 1 - (1 - level) / 2;
  const t = studentTQuantile(tail, df);
  const boundaries = [series.years[0]!, ...positions.map((j) => series.years[j]!), series.years[n - 1]!];
  const span = series.years[n - 1]! - series.years[0]!;
  const averaged = new Array<number>(p).fill(0);
  const segments: JoinpointSegment[] = [];
  for (let s = 0; s <= k; s++) {
    // a_s picks β₁ + Σ_{l<s} δ_l: the slope of segment s.
    const a = new Array<number>(p).fill(0);
    a[1] = 1;
    for (let l = 0; l < s; l++) a[2 + l] = 1;
    const slope = dot(a);
    const slopeSe = Math.sqrt(quadratic(a));
    const startYear = boundaries[s]!;
    const endYear = boundaries[s + 1]!;
    const v = (endYear - startYear) / span;
    for (let i = 0; i < p; i++) averaged[i] = averaged[i]! + v * a[i]!;
    segments.push({
      startYear,
      endYear,
      slope,
      slopeSe,
      apc: toApc(slope),
      apcLower: toApc(slope - t * slopeSe),
      apcUpper: toApc(slope + t * slopeSe),
    });
  }
  const averageSlope = dot(averaged);
  const averageSe = Math.sqrt(quadratic(averaged));
  // Clegg et al. 2009: with joinpoints the AAPC mixes segments; Joinpoint's parametric interval uses z.
  const critical = k === 0 ? t : normalQuantile(tail);
  const years = Array.from(series.years);
  return {
    status: 'fitted',
    k,
    joinpoints: positions.map((j) => series.years[j]!),
    positions: [...positions],
    coefficients: beta,
    covariance,
    sse: fit.sse,
    df,
    sigma2,
    segments,
    aapc: {
      slope: averageSlope,
      slopeSe: averageSe,
      aapc: toApc(averageSlope),
      lower: toApc(averageSlope - critical * averageSe),
      upper: toApc(averageSlope + critical * averageSe),
      interval: k === 0 ? 't' : 'z',
    },
    years,
    ratePer100k: Array.from(series.logRate, (y) => Math.exp(y) * 1e5),
    fittedRatePer100k: Array.from(fit.fitted, (y) => Math.exp(y) * 1e5),
  };
}
