/** One site (or any category) with the count to rank it by. */
export interface RankItem<K> {
  readonly key: K;
  readonly count: number;
}

/** A ranked item: 1-based rank, count and share of the total in per cent. */
export interface RankedItem<K> extends RankItem<K> {
  readonly rank: number;
  readonly percent: number;
}

/**
 * Top-N ranking of sites by count (顺位), with each site's share of the total of *all* items (not
 * only the top N), as annual-report tables show it. Ties share a rank (competition ranking 1, 2, 2, 4)
 * and keep their input order; the cut at N keeps every item tied with the N-th.
 *
 * @param items - keys with counts ≥ 0.
 * @param topN - how many ranks to keep, default all.
 * @returns items sorted by count, highest first.
 * @throws RangeError for a negative count or topN < 1.
 * @example rankSites([{ key: 'C16', count: 5 }, { key: 'C34', count: 9 }])[0].key // 'C34'
 */
export function rankSites<K>(
  items: readonly RankItem<K>[],
  topN = Number.POSITIVE_INFINITY,
): RankedItem<K>[] {
  if (!(topN >= 1)) throw new RangeError(`rankSites: topN must be ≥ 1, got ${topN}`);
  let total = 0;
  items.forEach(({ count }, i) => {
    if (!(count >= 0)) throw new RangeError(`rankSites: item ${i} has count ${count}`);
    total += count;
  });
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.count - a.item.count || a.index - b.index);
  const ranked: RankedItem<K>[] = [];
  let previous = Number.NaN;
  let rank = 0;
  sorted.forEach(({ item }, position) => {
    if (item.count !== previous) rank = position + 1;
    previous = item.count;
    if (rank <= topN) ranked.push({ ...item, rank, percent: total > 0 ? (100 * item.count) / total : 0 });
  });
  return ranked;
}
