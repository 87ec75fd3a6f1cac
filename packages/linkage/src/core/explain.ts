import { matchProbability, type ScoredPair } from './model';
import type { FellegiSunterModel } from './types';

/** The evidence one field contributes to a pair's match weight. */
export interface FieldEvidence {
  readonly field: string;
  /** Level label, or `missing`. */
  readonly level: string;
  readonly m: number | null;
  /** u used: the level's u, or the term-frequency u when adjusted. */
  readonly u: number | null;
  /** log2(m/u) in bits; 0 when missing. */
  readonly weight: number;
  readonly termFrequencyAdjusted: boolean;
}

/** A pair's decision explained field by field (Splink's waterfall chart as data). */
export interface PairExplanation {
  readonly priorWeight: number;
  readonly fields: readonly FieldEvidence[];
  /** priorWeight + Σ field weights. */
  readonly weight: number;
  readonly probability: number;
}

/**
 * Explains a scored pair: the prior, then per field the level reached and its weight log2(m/u), so
 * the web app can show why two records were linked, reviewed or kept apart.
 *
 * @param model - the model that scored the pair
 * @param pair - a pair from `dedupe`/`linkDeaths` (levels and TF-adjusted u included)
 * @returns the explanation; its weight equals `pair.weight`
 * @throws RangeError when the pair has a different number of comparisons than the model
 */
export function explainPair(model: FellegiSunterModel, pair: ScoredPair): PairExplanation {
  if (pair.levels.length !== model.comparisons.length) {
    throw new RangeError(
      `explainPair: pair has ${pair.levels.length} levels, model ${model.comparisons.length}`,
    );
  }
  let weight = model.priorWeight;
  const fields: FieldEvidence[] = model.comparisons.map((c, ci) => {
    const l = pair.levels[ci]!;
    const level = c.levels[l];
    if (l < 0 || !level) {
      return { field: c.name, level: 'missing', m: null, u: null, weight: 0, termFrequencyAdjusted: false };
    }
    const tf = pair.tfU[ci] ?? null;
    const u = tf ?? level.u;
    const w = Math.log2(level.m / u);
    weight += w;
    return {
      field: c.name,
      level: level.label,
      m: level.m,
      u,
      weight: w,
      termFrequencyAdjusted: tf !== null,
    };
  });
  return { priorWeight: model.priorWeight, fields, weight, probability: matchProbability(weight) };
}
