import type { FunnelSignal, QcFunnelPoint } from '@orca/contract';
import { regularizedBeta } from '@orca/epi';

/**
 * Binomial distribution function P(X ≤ k), X ~ Bin(n, p), through the regularised incomplete beta:
 * P(X ≤ k) = I_{1−p}(n − k, k + 1). Agrees with R `pbinom(k, n, p)`.
 *
 * @param k - count (any real; floored).
 * @param n - trials, ≥ 0.
 * @param p - probability in [0, 1].
 * @returns the probability.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  const r = Math.floor(k);
  if (r < 0) return 0;
  if (r >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  return regularizedBeta(1 - p, n - r, r + 1);
}

/**
 * Binomial quantile: the smallest r with P(X ≤ r) ≥ q, as R `qbinom(q, n, p)`; bisection on the
 * monotone distribution function.
 *
 * @param q - probability in (0, 1).
 * @param n - trials.
 * @param p - probability of success.
 * @returns the quantile r in 0..n.
 */
export function binomialQuantile(q: number, n: number, p: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`binomialQuantile: q must be in (0, 1), got ${q}`);
  let lo = 0;
  let hi = n;
  // R's qbinom allows a relative fuzz of 64 ε on q, so a cdf equal to q up to rounding counts as ≥ q.
  const target = q * (1 - 64 * Number.EPSILON);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialCdf(mid, n, p) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Exact binomial control limit of a funnel plot for a proportion, with Spiegelhalter's interpolation
 * so the limit is a smooth function of n rather than a staircase: r = qbinom(P, n, θ),
 * α = (F(r) − P) / (F(r) − F(r − 1)), limit = (r − α) / n.
 * Spiegelhalter DJ. Funnel plots for comparing institutional performance. Stat Med 2005;24:1185–1202,
 * appendix A.1.1.
 *
 * @param tail - the limit's cumulative probability, e.g. 0.025 and 0.975 for the 95 % limits.
 * @param n - denominator, ≥ 1.
 * @param theta - the target (overall) proportion.
 * @returns the limit on the proportion scale.
 */
export function funnelLimit(tail: number, n: number, theta: number): number {
  if (!(n >= 1) || !Number.isInteger(n))
    throw new RangeError(`funnelLimit: n must be a whole number ≥ 1, got ${n}`);
  if (!(theta >= 0 && theta <= 1)) throw new RangeError(`funnelLimit: theta must be in [0, 1], got ${theta}`);
  if (theta === 0 || theta === 1) return theta;
  const r = binomialQuantile(tail, n, theta);
  const fr = binomialCdf(r, n, theta);
  const frm1 = binomialCdf(r - 1, n, theta);
  const alpha = (fr - tail) / (fr - frm1);
  return Math.min(1, Math.max(0, (r - alpha) / n));
}

/** The 95 % and 99.8 % limits at one denominator (two-sided: 2.5/97.5 % and 0.1/99.9 %). */
export function funnelPoint(n: number, theta: number): QcFunnelPoint {
  return {
    n,
    lower95: funnelLimit(0.025, n, theta),
    upper95: funnelLimit(0.975, n, theta),
    lower998: funnelLimit(0.001, n, theta),
    upper998: funnelLimit(0.999, n, theta),
  };
}

/**
 * Where a unit falls in the funnel: beyond 99.8 % is an alarm, beyond 95 % an alert, else inside.
 * A small hospital needs a larger deviation to leave the funnel, so it is not flagged by chance.
 *
 * @param numerator - events.
 * @param denominator - cases, ≥ 1.
 * @param theta - the overall proportion.
 * @returns the signal.
 */
export function funnelSignal(numerator: number, denominator: number, theta: number): FunnelSignal {
  const y = numerator / denominator;
  const p = funnelPoint(denominator, theta);
  if (y > p.upper998) return 'alarm_high';
  if (y < p.lower998) return 'alarm_low';
  if (y > p.upper95) return 'alert_high';
  if (y < p.lower95) return 'alert_low';
  return 'inside';
}

/**
 * The funnel curves from n = 1 to beyond the largest denominator: about 40 log-spaced points plus
 * each unit's own n, so the chart draws smooth limits and every dot has its limits.
 *
 * @param theta - the overall proportion.
 * @param denominators - the units' denominators.
 * @returns points in increasing n.
 */
export function funnelCurve(theta: number, denominators: readonly number[]): QcFunnelPoint[] {
  const maxN = Math.max(1, ...denominators);
  const top = Math.ceil(maxN * 1.1);
  const ns = new Set<number>(denominators.filter((n) => n >= 1));
  for (let i = 0; i <= 40; i++) ns.add(Math.max(1, Math.round(top ** (i / 40))));
  return [...ns].sort((a, b) => a - b).map((n) => funnelPoint(n, theta));
}
