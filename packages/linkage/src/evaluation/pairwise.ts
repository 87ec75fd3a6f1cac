/** Pairwise quality of a clustering against the truth. */
export interface PairwiseScores {
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

/**
 * Pairwise precision, recall and F1 of predicted clusters against true entities, counted from the
 * contingency table (no pair enumeration): correct pairs = Σ_cells C(n,2). With `side`, only pairs
 * across the two sides count (a two-file link task such as FEBRL4: Σ_cells a·b).
 *
 * @param predicted - predicted cluster label per record
 * @param truth - true entity label per record
 * @param side - optional 0/1 per record for link tasks
 * @returns the pair counts and scores (precision 1 when nothing is predicted)
 * @throws RangeError when the arrays differ in length
 */
export function pairwiseScores(
  predicted: ArrayLike<number | string>,
  truth: ArrayLike<number | string>,
  side?: ArrayLike<number>,
): PairwiseScores {
  if (predicted.length !== truth.length || (side && side.length !== truth.length)) {
    throw new RangeError(`pairwiseScores: lengths differ (${predicted.length}, ${truth.length})`);
  }
  const count = (keyOf: (i: number) => string): number => {
    const cells = new Map<string, [number, number]>();
    for (let i = 0; i < truth.length; i++) {
      const k = keyOf(i);
      const cell = cells.get(k) ?? [0, 0];
      cell[side ? side[i]! : 0]!++;
      cells.set(k, cell);
    }
    let pairs = 0;
    for (const [a, b] of cells.values()) pairs += side ? a * b : choose2(a);
    return pairs;
  };
  const truePairs = count((i) => String(truth[i]));
  const predictedPairs = count((i) => String(predicted[i]));
  const correctPairs = count((i) => `${predicted[i]}\u0000${truth[i]}`);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}

/**
 * Blocking recall: the share of true pairs that blocking made candidates (an upper bound on the
 * linker's recall before clustering's transitivity).
 *
 * @param left - candidate left positions
 * @param right - candidate right positions
 * @param count - number of candidates
 * @param truth - true entity label per record
 * @param side - optional 0/1 per record for link tasks
 * @returns true candidate pairs / true pairs
 */
export function blockingRecall(
  left: Int32Array,
  right: Int32Array,
  count: number,
  truth: ArrayLike<number | string>,
  side?: ArrayLike<number>,
): number {
  let found = 0;
  for (let p = 0; p < count; p++) if (truth[left[p]!] === truth[right[p]!]) found++;
  const total = pairwiseScores(truth, truth, side).truePairs;
  return total === 0 ? 1 : found / total;
}
