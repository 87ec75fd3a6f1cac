/**
 * Proportions (构成比) in per cent: 100 × countᵢ / Σ count. All null-free: a zero total gives null
 * for every share, since no share is defined.
 *
 * @param counts - counts ≥ 0.
 * @returns one percentage per count, or nulls when the total is 0.
 * @throws RangeError for a negative count.
 * @example proportions([1, 3]) // [25, 75]
 */
export function proportions(counts: readonly number[]): (number | null)[] {
  let total = 0;
  counts.forEach((c, i) => {
    if (!(c >= 0)) throw new RangeError(`proportions: count ${i} is ${c}; need ≥ 0`);
    total += c;
  });
  return counts.map((c) => (total > 0 ? (100 * c) / total : null));
}
