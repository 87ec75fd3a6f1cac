import { seededRandom } from './random';
import type { CompiledComparison, LinkMode } from './types';

/**
 * Comparison vectors of many pairs: `levels[p * C + c]` is the level of pair p on comparison c
 * (-1 missing). The loop runs comparison by comparison so each inner loop calls one function.
 *
 * @param compiled - compiled comparisons
 * @param left - left record positions
 * @param right - right record positions
 * @param count - number of pairs
 * @returns the levels, pair-major
 */
export function comparisonVectors(
  compiled: readonly CompiledComparison[],
  left: Int32Array,
  right: Int32Array,
  count: number,
): Int8Array {
  const nc = compiled.length;
  const out = new Int8Array(count * nc);
  for (let c = 0; c < nc; c++) {
    const cmp = compiled[c]!;
    for (let p = 0; p < count; p++) out[p * nc + c] = cmp.level(left[p]!, right[p]!);
  }
  return out;
}

/** Distinct comparison vectors and how many pairs have each (fastLink's pattern table). */
export interface PatternTable {
  /** `vectors[q * C + c]`: level of pattern q on comparison c. */
  readonly vectors: Int8Array;
  readonly counts: Float64Array;
  readonly size: number;
  /** Pattern index of each pair. */
  readonly patternOf: Int32Array;
}

/**
 * Groups comparison vectors into patterns so EM runs over a few hundred patterns, not millions of
 * pairs (Enamorado, Fifield & Imai 2019 §3; Splink does the same in SQL).
 *
 * @param levels - vectors from {@link comparisonVectors}
 * @param count - number of pairs
 * @param levelCounts - number of levels per comparison
 * @returns the pattern table
 */
export function patternTable(levels: Int8Array, count: number, levelCounts: readonly number[]): PatternTable {
  const nc = levelCounts.length;
  const radix: number[] = [];
  let mult = 1;
  for (let c = 0; c < nc; c++) {
    radix.push(mult);
    mult *= levelCounts[c]! + 1; // +1 for the missing level
  }
  if (mult > Number.MAX_SAFE_INTEGER) throw new RangeError('patternTable: too many comparison levels');
  const index = new Map<number, number>();
  const patternOf = new Int32Array(count);
  const counts: number[] = [];
  const firstPair: number[] = [];
  for (let p = 0; p < count; p++) {
    let key = 0;
    const base = p * nc;
    for (let c = 0; c < nc; c++) key += (levels[base + c]! + 1) * radix[c]!;
    let q = index.get(key);
    if (q === undefined) {
      q = counts.length;
      index.set(key, q);
      counts.push(0);
      firstPair.push(p);
    }
    counts[q]!++;
    patternOf[p] = q;
  }
  const vectors = new Int8Array(counts.length * nc);
  for (let q = 0; q < counts.length; q++) {
    vectors.set(levels.subarray(firstPair[q]! * nc, firstPair[q]! * nc + nc), q * nc);
  }
  return { vectors, counts: Float64Array.from(counts), size: counts.length, patternOf };
}

/**
 * u probabilities from uniformly drawn record pairs (Splink's `estimate_u_using_random_sampling`):
 * almost every random pair is a non-match, so level frequencies among them estimate P(level | U).
 * A pseudo-count of 1 per level keeps levels never seen at random (an ID one digit off) finite.
 *
 * @param compiled - compiled comparisons
 * @param levelCounts - levels per comparison
 * @param n - number of records
 * @param options - sample size, seed, and in link mode the side of each record
 * @returns u per comparison and level, and the number of pairs drawn
 */
export function estimateURandom(
  compiled: readonly CompiledComparison[],
  levelCounts: readonly number[],
  n: number,
  options: { sampleSize: number; seed: number; mode: LinkMode; side?: Uint8Array },
): { u: Float64Array[]; pairs: number } {
  const rand = seededRandom(options.seed);
  let pool0: number[] | null = null;
  let pool1: number[] | null = null;
  if (options.mode === 'link' && options.side) {
    pool0 = [];
    pool1 = [];
    for (let i = 0; i < n; i++) (options.side[i] === 0 ? pool0 : pool1).push(i);
  }
  const total = pool0 && pool1 ? pool0.length * pool1.length : (n * (n - 1)) / 2;
  const size = Math.max(0, Math.min(options.sampleSize, total));
  const left = new Int32Array(size);
  const right = new Int32Array(size);
  for (let p = 0; p < size; p++) {
    if (pool0 && pool1) {
      left[p] = pool0[Math.floor(rand() * pool0.length)]!;
      right[p] = pool1[Math.floor(rand() * pool1.length)]!;
    } else {
      const i = Math.floor(rand() * n);
      let j = Math.floor(rand() * (n - 1));
      if (j >= i) j++;
      left[p] = i;
      right[p] = j;
    }
  }
  const levels = comparisonVectors(compiled, left, right, size);
  const nc = compiled.length;
  const u = levelCounts.map((l) => new Float64Array(l).fill(1));
  for (let p = 0; p < size; p++) {
    for (let c = 0; c < nc; c++) {
      const l = levels[p * nc + c]!;
      if (l >= 0) u[c]![l]!++;
    }
  }
  for (const row of u) normalise(row);
  return { u, pairs: size };
}

/** Result of {@link expectationMaximisation}. */
export interface EmResult {
  readonly m: Float64Array[];
  readonly u: Float64Array[];
  readonly lambda: number;
  readonly iterations: number;
  readonly converged: boolean;
}

// Keeps a level the matches never showed from getting weight −∞ (one record can always be wrong).
const PROBABILITY_FLOOR = 1e-6;
// λ over all pairs of a million records can be 1e-12; this only keeps the logarithm finite.
const LAMBDA_FLOOR = 1e-15;

/**
 * Fellegi–Sunter EM on a pattern table under conditional independence of the comparisons given
 * match status (Winkler 1988; Jaro, JASA 1989;84:414–420). Missing levels are skipped in both
 * likelihoods (missing at random, as fastLink). u may be held fixed at its random-pair estimate.
 *
 * @param table - patterns and counts
 * @param start - starting m, u and λ
 * @param options - iterations, tolerance, whether u is re-estimated
 * @returns estimated m, u, λ and convergence information
 */
export function expectationMaximisation(
  table: PatternTable,
  start: { m: Float64Array[]; u: Float64Array[]; lambda: number },
  options: {
    maxIterations: number;
    tolerance: number;
    estimateU: boolean;
    estimateM?: boolean;
    /**
     * All pairs the records could form, when the table holds only the candidates: the others count as
     * sure non-matches in λ's denominator, so λ is P(match) for two random records.
     */
    totalPairs?: number;
  },
): EmResult {
  const nc = start.m.length;
  const m = start.m.map((r) => Float64Array.from(r));
  const u = start.u.map((r) => Float64Array.from(r));
  let lambda = start.lambda;
  let total = 0;
  for (let q = 0; q < table.size; q++) total += table.counts[q]!;
  if (options.totalPairs !== undefined) total = Math.max(total, options.totalPairs);
  if (total === 0) return { m, u, lambda, iterations: 0, converged: true };
  const sumM = m.map((r) => new Float64Array(r.length));
  const sumU = u.map((r) => new Float64Array(r.length));
  let iterations = 0;
  let converged = false;
  while (iterations < options.maxIterations && !converged) {
    iterations++;
    for (let c = 0; c < nc; c++) {
      sumM[c]!.fill(0);
      sumU[c]!.fill(0);
    }
    let matchTotal = 0;
    for (let q = 0; q < table.size; q++) {
      let pm = lambda;
      let pu = 1 - lambda;
      const base = q * nc;
      for (let c = 0; c < nc; c++) {
        const l = table.vectors[base + c]!;
        if (l >= 0) {
          pm *= m[c]![l]!;
          pu *= u[c]![l]!;
        }
      }
      const g = pm / (pm + pu);
      const w = table.counts[q]!;
      matchTotal += w * g;
      for (let c = 0; c < nc; c++) {
        const l = table.vectors[base + c]!;
        if (l >= 0) {
          sumM[c]![l]! += w * g;
          sumU[c]![l]! += w * (1 - g);
        }
      }
    }
    const newLambda = Math.min(1 - LAMBDA_FLOOR, Math.max(LAMBDA_FLOOR, matchTotal / total));
    // λ can be tiny (all pairs of 100 000 records): judge its change relatively.
    let delta = Math.abs(newLambda - lambda) / Math.max(newLambda, lambda);
    lambda = newLambda;
    for (let c = 0; c < nc; c++) {
      if (options.estimateM !== false) delta = Math.max(delta, update(m[c]!, sumM[c]!));
      if (options.estimateU) delta = Math.max(delta, update(u[c]!, sumU[c]!));
    }
    converged = delta < options.tolerance;
  }
  return { m, u, lambda, iterations, converged };
}

function update(target: Float64Array, sums: Float64Array): number {
  let s = 0;
  for (const v of sums) s += v;
  if (s <= 0) return 0; // the comparison was missing in every pair: keep the start values
  let delta = 0;
  let t = 0;
  for (let l = 0; l < target.length; l++) t += Math.max(PROBABILITY_FLOOR, sums[l]! / s);
  for (let l = 0; l < target.length; l++) {
    const v = Math.max(PROBABILITY_FLOOR, sums[l]! / s) / t;
    delta = Math.max(delta, Math.abs(v - target[l]!));
    target[l] = v;
  }
  return delta;
}

function normalise(row: Float64Array): void {
  let s = 0;
  for (const v of row) s += v;
  for (let l = 0; l < row.length; l++) row[l] = row[l]! / s;
}
