import { betaQuantile } from './beta-quantile';
import { normalQuantile } from './normal-quantile';

/**
 * Quantile of Student's t distribution with `df` degrees of freedom.
 *
 * Through the beta distribution: with q = 2·min(p, 1 − p), |t| = √(df·(1 − x)/x) for
 * x = I⁻¹_q(df/2, ½); for q > ½ the complementary form y = I⁻¹_{1−q}(½, df/2),
 * |t| = √(df·y/(1 − y)) keeps the digits near the centre. Agrees with R `qt(p, df)` to about 1e-12.
 *
 * @param p - probability in [0, 1].
 * @param df - degrees of freedom, > 0; +∞ gives the normal quantile.
 * @returns the p-quantile.
 * @throws RangeError when p or df is out of range.
 * @example studentTQuantile(0.975, 10) // 2.228138851986274
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`studentTQuantile: p must be in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be > 0, got ${df}`);
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  const q = 2 * Math.min(p, 1 - p);
  let t: number;
  if (q <= 0.5) {
    const x = betaQuantile(q, df / 2, 0.5);
    t = Math.sqrt((df * (1 - x)) / x);
  } else {
    const y = betaQuantile(Math.abs(1 - 2 * p), 0.5, df / 2);
    t = Math.sqrt((df * y) / (1 - y));
  }
  return p < 0.5 ? -t : t;
}
