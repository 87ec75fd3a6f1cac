import type { BlockingStats } from './blocking';
import { blockPairs } from './blocking';
import { clusterLinks, type ReviewReason } from './clustering';
import {
  fitModel,
  indexRecords,
  type PairingOptions,
  pairAt,
  type RecordIndex,
  type ScoredPair,
  type ScoredPairs,
  scoreIndexedPairs,
} from './model';
import type { FellegiSunterModel, LinkageSettings } from './types';

/** A pair for clerical review, with the reason. */
export interface ReviewPair extends ScoredPair {
  readonly reason: ReviewReason;
}

/** Result of {@link dedupe}. */
export interface DedupeResult {
  /** Record ids per person, singletons included; clusters in order of their first record. */
  readonly clusters: readonly (readonly string[])[];
  /** Cluster number of each record, by input position. */
  readonly clusterOf: Int32Array;
  /** Automatic links applied to the clusters. */
  readonly pairs: readonly ScoredPair[];
  /** Grey-zone pairs, ID conflicts and cut weak bridges. */
  readonly reviewPairs: readonly ReviewPair[];
  readonly model: FellegiSunterModel;
  /** All candidate pairs with weights and levels, column-wise. */
  readonly scored: ScoredPairs;
  readonly blocking: BlockingStats;
}

/**
 * Scores candidate pairs with a trained model: blocking, comparison, match weights.
 *
 * @param records - the records (in link mode both sources)
 * @param model - a model trained with the same comparisons
 * @param settings - comparisons and blocking rules
 * @param pairing - dedupe (default) or link with a side per record
 * @returns the scored pairs, the record index and blocking statistics
 */
export function scorePairs<R>(
  records: readonly R[],
  model: FellegiSunterModel,
  settings: LinkageSettings<R>,
  pairing: PairingOptions = {},
): { scored: ScoredPairs; index: RecordIndex; blocking: BlockingStats } {
  const index = indexRecords(records, settings);
  const { pairs, stats } = blockPairs(records, settings.blocking, {
    mode: pairing.mode ?? 'dedupe',
    ...(pairing.side ? { side: pairing.side } : {}),
    maxBlockSize: settings.maxBlockSize ?? 5_000,
  });
  const tfMinimum = settings.tfMinimum ?? 1e-5;
  const scored = scoreIndexedPairs(index, model, pairs.left, pairs.right, pairs.count, { tfMinimum });
  return { scored, index, blocking: stats };
}

/**
 * The match weight of one pair of indexed records (used by the bridge test and death linkage).
 *
 * @param index - records index
 * @param model - the model
 * @param i - first record position
 * @param j - second record position
 * @param tfMinimum - TF floor
 * @returns the match weight in bits
 */
export function scoreOne(
  index: RecordIndex,
  model: FellegiSunterModel,
  i: number,
  j: number,
  tfMinimum = 1e-5,
): number {
  const s = scoreIndexedPairs(index, model, Int32Array.of(i), Int32Array.of(j), 1, { tfMinimum });
  return s.weight[0]!;
}

/**
 * Finds the persons in a set of records: trains a Fellegi–Sunter model on them (unless one is
 * given), scores the blocked pairs, links pairs above `thresholds.link`, sends the grey zone to review
 * and clusters links with the conflict and weak-bridge guards of {@link clusterLinks}.
 *
 * @param records - the records, e.g. tumour reports from several hospitals
 * @param settings - the schema (see `registryDedupeSettings` or the benchmark settings in tests)
 * @param options - a previously trained `model`, or dedupe/link `pairing`
 * @returns clusters, links, review pairs, the model and all scored pairs
 * @example
 * const { clusters, reviewPairs } = dedupe(reports, registryDedupeSettings());
 */
export function dedupe<R>(
  records: readonly R[],
  settings: LinkageSettings<R>,
  options: { model?: FellegiSunterModel; pairing?: PairingOptions } = {},
): DedupeResult {
  const pairing = options.pairing ?? {};
  const tfMinimum = settings.tfMinimum ?? 1e-5;
  let model: FellegiSunterModel;
  let index: RecordIndex;
  let scored: ScoredPairs;
  let blocking: BlockingStats;
  if (options.model) {
    model = options.model;
    ({ scored, index, blocking } = scorePairs(records, model, settings, pairing));
  } else {
    const fit = fitModel(records, settings, pairing);
    model = fit.model;
    index = fit.index;
    blocking = fit.blocking;
    scored = scoreIndexedPairs(index, model, fit.pairs.left, fit.pairs.right, fit.pairs.count, {
      tfMinimum,
      levels: fit.levels,
    });
  }
  const ids = records.map((r) => settings.recordId(r));
  const { link, review } = settings.thresholds;
  const conflictKey = settings.conflictKey;
  const side = pairing.side;
  const clustering = clusterLinks({
    size: records.length,
    left: scored.left,
    right: scored.right,
    weight: scored.weight,
    count: scored.count,
    linkWeight: link,
    ...(conflictKey ? { conflictKey: records.map((r) => conflictKey(r)) } : {}),
    bridgeMaxWeight: settings.bridge?.maxWeight ?? link + 8,
    bridgeMinCrossWeight: settings.bridge?.minCrossWeight ?? review,
    // In link mode two records of the same side are never compared: treat them as neutral.
    scorePair: (i, j) =>
      side && pairing.mode === 'link' && side[i] === side[j] ? link : scoreOne(index, model, i, j, tfMinimum),
  });
  const withheld = new Map(clustering.withheld.map((w) => [w.pair, w.reason]));
  const pairs: ScoredPair[] = [];
  const reviewPairs: ReviewPair[] = [];
  for (let p = 0; p < scored.count; p++) {
    const w = scored.weight[p]!;
    if (w < review) continue;
    const pair = pairAt(index, model, scored, p, ids, tfMinimum);
    const reason = withheld.get(p);
    if (reason) reviewPairs.push({ ...pair, reason });
    else if (w >= link) pairs.push(pair);
    else reviewPairs.push({ ...pair, reason: 'grey_zone' });
  }
  const clusters: string[][] = Array.from({ length: clustering.clusterCount }, () => []);
  for (let i = 0; i < records.length; i++) clusters[clustering.clusterOf[i]!]!.push(ids[i]!);
  return { clusters, clusterOf: clustering.clusterOf, pairs, reviewPairs, model, scored, blocking };
}
