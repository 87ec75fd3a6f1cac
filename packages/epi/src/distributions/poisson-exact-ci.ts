import { gammaQuantile } from './gamma-quantile';

/** A point estimate with its confidence interval. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Exact (Garwood 1936) confidence interval for a Poisson mean from an observed count.
 *
 * lower = ½χ²(α/2; 2x) = Gamma⁻¹(α/2; x, 1), upper = ½χ²(1 − α/2; 2x + 2) = Gamma⁻¹(1 − α/2; x + 1, 1);
 * lower = 0 when x = 0. Divide by person-time for a rate. Agrees with R `poisson.test(x)$conf.int`.
 *
 * @param count - observed count, a whole number ≥ 0.
 * @param level - confidence level in (0, 1), default 0.95.
 * @returns the interval for the expected count.
 * @throws RangeError when count or level is out of range.
 * @example poissonExactCi(0).upper // 3.688879454113936
 */
export function poissonExactCi(count: number, level = 0.95): Interval {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`poissonExactCi: count must be a whole number ≥ 0, got ${count}`);
  }
  if (!(level > 0 && level < 1))
    throw new RangeError(`poissonExactCi: level must be in (0, 1), got ${level}`);
  const tail = (1 - level) / 2;
  return {
    lower: count === 0 ? 0 : gammaQuantile(tail, count),
    upper: gammaQuantile(1 - tail, count + 1),
  };
}
