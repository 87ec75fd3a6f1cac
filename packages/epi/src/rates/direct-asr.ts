import { gammaQuantile } from '../distributions/gamma-quantile';
import { normalQuantile } from '../distributions/normal-quantile';
import { assertStrata, type RateWithCi, type Stratum } from './stratum';

/**
 * Interval for a directly standardised rate:
 * - `fay-feuer` — gamma interval of Fay & Feuer 1997 (epitools, SEER*Stat default);
 * - `tiwari` — Tiwari, Clegg & Zou 2006 modification (SEER*Stat option): the upper gamma adds the
 *   mean of wᵢ/pᵢ and of (wᵢ/pᵢ)² instead of the maximum (asht::wspoissonTest `wmtype = "tcz"`);
 * - `normal` — ASR ± z·√V, as Chinese annual reports quote it; not truncated at 0.
 */
export type AsrInterval = 'fay-feuer' | 'tiwari' | 'normal';

/** Options of {@link directAsr}. */
export interface DirectAsrOptions {
  /** Confidence level, default 0.95. */
  readonly level?: number;
  /** Interval method, default `fay-feuer`. */
  readonly interval?: AsrInterval;
}

/** A directly standardised rate with its variance and interval, all per person-year. */
export interface DirectAsr extends RateWithCi {
  /** V = Σ wᵢ² cᵢ / pᵢ² (per person-year²). */
  readonly variance: number;
}

/**
 * Directly age-standardised rate with the Fay–Feuer gamma confidence interval (methods.md §1).
 *
 * wᵢ = Sᵢ / ΣS over all strata (never renormalised), y = Σ wᵢcᵢ/pᵢ, V = Σ wᵢ²cᵢ/pᵢ²,
 * w_M = maxᵢ wᵢ/pᵢ over strata with pᵢ > 0. lower = Gamma⁻¹(α/2; y²/V, V/y), upper =
 * Gamma⁻¹(1 − α/2; (y + w_M)²/(V + w_M²), (V + w_M²)/(y + w_M)). With no events y = 0, lower = 0
 * and upper = Gamma⁻¹(1 − α/2; 1, w_M) = −w_M·ln(α/2). An empty stratum (pᵢ = 0, cᵢ = 0) adds 0
 * and is left out of w_M. The gamma interval stays in [0, ∞) and keeps nominal coverage with few
 * cases, where the normal approximation fails. Fay MP, Feuer EJ, Stat Med 1997;16:791–801; agrees
 * with R `epitools::ageadjust.direct()`; Tiwari RC, Clegg LX, Zou Z, Stat Methods Med Res
 * 2006;15:547–569.
 *
 * @param strata - one per age group; weights need not sum to 1.
 * @param options - level (default 0.95) and interval method (default `fay-feuer`).
 * @returns rate, variance and interval per person-year; scale to per 100 000 at the edge.
 * @throws RangeError for negative values, cases without population, or no population at all.
 * @example
 * directAsr([{ cases: 10, population: 20_000, weight: 0.6 }, { cases: 30, population: 10_000, weight: 0.4 }])
 * // rate 0.0015 (150 per 100 000)
 */
export function directAsr(strata: readonly Stratum[], options: DirectAsrOptions = {}): DirectAsr {
  assertStrata(strata, 'directAsr');
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`directAsr: level must be in (0, 1), got ${level}`);
  let totalWeight = 0;
  for (const s of strata) totalWeight += s.weight;
  if (!(totalWeight > 0)) throw new RangeError('directAsr: the weights sum to 0');
  let rate = 0;
  let variance = 0;
  let maxCaseWeight = 0; // w_M: the most one case can weigh; it widens the upper bound
  let sumCaseWeight = 0;
  let sumCaseWeightSquared = 0;
  let populated = 0;
  for (const { cases, population, weight } of strata) {
    if (population === 0) continue; // empty stratum: rᵢ = 0 and no w/p (methods.md §1)
    const caseWeight = weight / totalWeight / population;
    rate += caseWeight * cases;
    variance += caseWeight * caseWeight * cases;
    maxCaseWeight = Math.max(maxCaseWeight, caseWeight);
    sumCaseWeight += caseWeight;
    sumCaseWeightSquared += caseWeight * caseWeight;
    populated++;
  }
  if (populated === 0) throw new RangeError('directAsr: every stratum has population 0');
  const tail = (1 - level) / 2;
  const interval = options.interval ?? 'fay-feuer';
  if (interval === 'normal') {
    const half = normalQuantile(1 - tail) * Math.sqrt(variance);
    return { rate, variance, lower: rate - half, upper: rate + half };
  }
  const lower = rate === 0 ? 0 : gammaQuantile(tail, (rate * rate) / variance, variance / rate);
  let upperMean: number;
  let upperVariance: number;
  if (interval === 'tiwari') {
    upperMean = rate + sumCaseWeight / populated;
    upperVariance = variance + sumCaseWeightSquared / populated;
  } else {
    upperMean = rate + maxCaseWeight;
    upperVariance = variance + maxCaseWeight * maxCaseWeight;
  }
  const upper = gammaQuantile(1 - tail, (upperMean * upperMean) / upperVariance, upperVariance / upperMean);
  return { rate, variance, lower, upper };
}
