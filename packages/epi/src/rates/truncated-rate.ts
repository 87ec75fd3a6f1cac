/**
 * Truncated age-standardised rate 35–64 (截缩率): Σ Sᵢrᵢ / Σ Sᵢ over groups 35-39 … 60-64
 * (indices 8 … 13 of the 19), per person-year (methods.md §1). Chinese annual reports use Segi's
 * weights (6000, 6000, 6000, 5000, 4000, 4000) whatever the ASR's standard.
 *
 * @param rates - the 19 age-specific rates per person-year.
 * @param standard - the 19 standard-population figures Sᵢ.
 * @returns the truncated rate per person-year.
 * @throws RangeError when fewer than 14 rates or standard figures are given.
 * @example truncatedRate(Array(19).fill(2e-4), segiPopulation) // 2e-4
 */
export function truncatedRate(rates: readonly number[], standard: readonly number[]): number {
  if (rates.length < 14 || standard.length < 14) {
    throw new RangeError(
      `truncatedRate: need the 19 age groups, got ${rates.length} rates and ${standard.length} weights`,
    );
  }
  let weighted = 0;
  let total = 0;
  for (let i = 8; i <= 13; i++) {
    const s = standard[i] ?? 0;
    weighted += s * (rates[i] ?? 0);
    total += s;
  }
  if (!(total > 0)) throw new RangeError('truncatedRate: the standard has no weight at ages 35–64');
  return weighted / total;
}
