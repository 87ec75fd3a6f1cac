// Widths of the 19 groups 0, 1-4, 5-9, …, 80-84 (85+ is open and never used; methods.md §0).
const WIDTHS = [1, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5] as const;

/** Upper age of a cumulative rate: 0–74 sums groups 0 … 70-74, 0–64 sums groups 0 … 60-64. */
export type CumulativeSpan = '0-74' | '0-64';

/**
 * Cumulative rate (累积率) in per cent: 100 × Σ rᵢ·Wᵢ over the groups 0, 1-4, …, 70-74 (16 groups,
 * 75 years) or 0 … 60-64 (14 groups, 65 years), rᵢ per person-year (methods.md §1; CI5's CR74/CR64).
 *
 * @param rates - the 19 age-specific rates per person-year (only the first 16 or 14 are used).
 * @param span - `0-74` (default) or `0-64`.
 * @returns the cumulative rate in %.
 * @throws RangeError when fewer rates than the span needs are given.
 * @example cumulativeRate(Array(19).fill(1e-4)) // 0.75
 */
export function cumulativeRate(rates: readonly number[], span: CumulativeSpan = '0-74'): number {
  const groups = span === '0-74' ? 16 : 14;
  if (rates.length < groups) {
    throw new RangeError(`cumulativeRate: ${span} needs ${groups} age-specific rates, got ${rates.length}`);
  }
  let sum = 0;
  for (let i = 0; i < groups; i++) sum += (rates[i] ?? 0) * (WIDTHS[i] ?? 0);
  return 100 * sum;
}

/**
 * Cumulative risk (累积风险) in per cent from a cumulative rate in per cent: 100·(1 − exp(−CR/100))
 * (methods.md §1; Day 1976 in CI5 vol. III).
 *
 * @param cumulativeRatePercent - the cumulative rate in %.
 * @returns the probability in % of the event before the span's upper age, absent competing causes.
 * @example cumulativeRisk(10) // 9.516258196404048
 */
export function cumulativeRisk(cumulativeRatePercent: number): number {
  if (!(cumulativeRatePercent >= 0)) {
    throw new RangeError(`cumulativeRisk: rate must be ≥ 0, got ${cumulativeRatePercent}`);
  }
  return -100 * Math.expm1(-cumulativeRatePercent / 100);
}
