import { fQuantile } from '../distributions/f-quantile';
import { directAsr } from './direct-asr';
import { assertStrata, type Stratum } from './stratum';

/** A ratio of two standardised rates with its confidence interval. */
export interface RateRatio {
  readonly ratio: number;
  readonly lower: number;
  readonly upper: number;
}

/** Options of {@link standardisedRateRatio}. */
export interface RateRatioOptions {
  /** Confidence level, default 0.95. */
  readonly level?: number;
  /** `fay` (Fay 1999 F interval, the default) or `tiwari` (Tiwari et al. 2006 modification). */
  readonly interval?: 'fay' | 'tiwari';
}

interface GammaMoments {
  readonly rate: number;
  readonly variance: number;
  readonly upperMean: number;
  readonly upperVariance: number;
}

function moments(strata: readonly Stratum[], interval: 'fay' | 'tiwari'): GammaMoments {
  assertStrata(strata, 'standardisedRateRatio');
  const { rate, variance } = directAsr(strata, { interval: 'normal' });
  let total = 0;
  for (const s of strata) total += s.weight;
  let max = 0;
  let sum = 0;
  let sumSquared = 0;
  let n = 0;
  for (const s of strata) {
    if (s.population === 0) continue;
    const w = s.weight / total / s.population;
    max = Math.max(max, w);
    sum += w;
    sumSquared += w * w;
    n++;
  }
  if (interval === 'tiwari') {
    return { rate, variance, upperMean: rate + sum / n, upperVariance: variance + sumSquared / n };
  }
  return { rate, variance, upperMean: rate + max, upperVariance: variance + max * max };
}

/**
 * Ratio of two directly standardised rates (same standard) with the F interval of Fay (1999).
 *
 * Each rate is matched to a gamma as in Fay–Feuer; the ratio of two independent gammas is a scaled
 * F. With a₁ = y₁²/V₁ and the "upper" gamma of the denominator (mean y₂ + z₂, variance V₂ + z₂²):
 * lower = y₁/(y₂ + z₂) · F⁻¹(α/2; 2a₁, 2(y₂ + z₂)²/(V₂ + z₂²)), and symmetrically
 * upper = (y₁ + z₁)/y₂ · F⁻¹(1 − α/2; 2(y₁ + z₁)²/(V₁ + z₁²), 2y₂²/V₂). z is max wᵢ/pᵢ (Fay) or,
 * for `tiwari`, the mean of wᵢ/pᵢ with V + mean (wᵢ/pᵢ)² (Tiwari, Clegg & Zou 2006), as SEER*Stat.
 * Fay MP. Commun Stat Theory Methods 1999;28:2141–2160.
 *
 * @param numerator - strata of the rate on top.
 * @param reference - strata of the reference rate (same weights).
 * @param options - level and interval type.
 * @returns ratio and interval; lower 0 when the numerator has no events, upper ∞ when the reference has none.
 * @throws RangeError for invalid strata.
 */
export function standardisedRateRatio(
  numerator: readonly Stratum[],
  reference: readonly Stratum[],
  options: RateRatioOptions = {},
): RateRatio {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new RangeError(`standardisedRateRatio: level must be in (0, 1), got ${level}`);
  const interval = options.interval ?? 'fay';
  const a = moments(numerator, interval);
  const b = moments(reference, interval);
  const tail = (1 - level) / 2;
  const ratio = b.rate === 0 ? Number.NaN : a.rate / b.rate;
  const lower =
    a.rate === 0
      ? 0
      : (a.rate / b.upperMean) *
        fQuantile(
          tail,
          (2 * a.rate * a.rate) / a.variance,
          (2 * b.upperMean * b.upperMean) / b.upperVariance,
        );
  const upper =
    b.rate === 0
      ? Number.POSITIVE_INFINITY
      : (a.upperMean / b.rate) *
        fQuantile(
          1 - tail,
          (2 * a.upperMean * a.upperMean) / a.upperVariance,
          (2 * b.rate * b.rate) / b.variance,
        );
  return { ratio, lower, upper };
}
