import { gammaQuantile } from './gamma-quantile';

/**
 * Quantile of the chi-square distribution with `df` degrees of freedom (χ²_df = gamma(df/2, scale 2)).
 * Agrees with R `qchisq(p, df)`.
 *
 * @param p - probability in [0, 1].
 * @param df - degrees of freedom, > 0 (need not be whole).
 * @returns the p-quantile.
 * @throws RangeError when p or df is out of range.
 * @example chiSquareQuantile(0.95, 1) // 3.841458820694124
 */
export function chiSquareQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`chiSquareQuantile: df must be > 0, got ${df}`);
  return gammaQuantile(p, df / 2, 2);
}
