import { joinpointBic, joinpointPartialR2Max, joinpointWbic } from './information-criteria';
import { minimumObservations, prepareSeries, type TrendPoint } from './joinpoint-design';
import { type JoinpointFit, type JoinpointFitOptions, joinpointFitAtPositions } from './joinpoint-fit';
import { gridSearchJoinpoints } from './joinpoint-grid';
import { buildJoinpointSseTree } from './joinpoint-sse-tree';
import { joinpointPermutationTest, type PermutationTestResult } from './permutation-test';
import { createSeededRandom } from './seeded-random';

/** How the number of joinpoints is chosen. */
export type JoinpointSelectionMethod = 'permutation' | 'bic' | 'wbic';

/** Joinpoint's default number of permutations (NCI Joinpoint help, "Number of Permutations"). */
export const DEFAULT_PERMUTATIONS = 4499;
/** Default seed of the permutation test (Stat Med 2000;19:335), so that reruns agree. */
export const DEFAULT_PERMUTATION_SEED = 20_000_335;

/** Options of {@link selectJoinpointModel}. */
export interface JoinpointSelectionOptions extends JoinpointFitOptions {
  /** K, the largest number of joinpoints considered (capped by the series length). */
  readonly maxJoinpoints: number;
  /** Default `permutation` (Kim et al. 2000), the method methods.md §4 names first. */
  readonly method?: JoinpointSelectionMethod;
  /** Overall significance level of the permutation procedure, default 0.05. */
  readonly alpha?: number;
  /** Permutations per test, default 4 499. */
  readonly permutations?: number;
  /** Seed of the permutation test, default {@link DEFAULT_PERMUTATION_SEED}. */
  readonly seed?: number;
}

/** One candidate k with its fit summary and criteria. */
export interface JoinpointCandidate {
  readonly k: number;
  readonly joinpoints: number[];
  readonly sse: number;
  readonly bic: number;
  /** Largest partial R² (0 for k = 0), the WBIC weight. */
  readonly r2max: number;
  readonly wbic: number;
}

/** The chosen model and how it was chosen. */
export interface JoinpointSelection {
  readonly method: JoinpointSelectionMethod;
  /** K as asked. */
  readonly maxJoinpoints: number;
  /** K actually searched: the largest k ≤ K whose model exists for this n. */
  readonly searchedMaxJoinpoints: number;
  readonly selectedK: number;
  readonly candidates: JoinpointCandidate[];
  /** The sequential tests, in order (permutation method only). */
  readonly tests: PermutationTestResult[];
  readonly alpha: number;
  readonly permutations: number | null;
  readonly seed: number | null;
  readonly fit: JoinpointFit;
}

/** Too few observations for even a straight line with a confidence interval (n < 3). */
export interface JoinpointSelectionAbsent {
  readonly status: 'model_does_not_exist';
  readonly n: number;
  readonly minimumObservations: number;
}

/**
 * Chooses the number of joinpoints k ≤ K and fits that model (methods.md §4, "Model selection").
 *
 * - `permutation`: Joinpoint's sequential procedure (Kim et al. 2000; NCI help "Permutation Test
 *   Details"): start with k_a = 0, k_b = K; test k_a against k_b at level α/(K − k_a) (the
 *   over-fitting-controlling levels of Joinpoint 3.0+, which replaced α/K); on rejection k_a + 1,
 *   otherwise k_b − 1; stop when they meet. One seeded stream serves all tests in order.
 * - `bic`: smallest {@link joinpointBic}; `wbic`: smallest {@link joinpointWbic}. A tie goes to the
 *   smaller k.
 *
 * K is lowered to the largest k whose model exists for this n (methods.md §4 minimum n).
 *
 * @param points - the series; counts and populations > 0, years unique.
 * @param options - K, method, α, permutations, seed, confidence level.
 * @returns the selection with every candidate's SSE and criteria and the chosen fit, or
 *   `model_does_not_exist` when n < 3.
 * @throws RangeError for invalid points (naming the point) or options.
 * @example selectJoinpointModel(series, { maxJoinpoints: 3, method: 'wbic' }).selectedK
 */
export function selectJoinpointModel(
  points: readonly TrendPoint[],
  options: JoinpointSelectionOptions,
): JoinpointSelection | JoinpointSelectionAbsent {
  const method = options.method ?? 'permutation';
  const alpha = options.alpha ?? 0.05;
  const permutations = options.permutations ?? DEFAULT_PERMUTATIONS;
  const seed = options.seed ?? DEFAULT_PERMUTATION_SEED;
  const maxJoinpoints = options.maxJoinpoints;
  if (!Number.isInteger(maxJoinpoints) || maxJoinpoints < 0) {
    throw new RangeError(
      `selectJoinpointModel: maxJoinpoints must be a whole number ≥ 0, got ${maxJoinpoints}`,
    );
  }
  if (!['permutation', 'bic', 'wbic'].includes(method)) {
    throw new RangeError(`selectJoinpointModel: unknown method "${String(method)}"`);
  }
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`selectJoinpointModel: alpha must be in (0, 1), got ${alpha}`);
  const series = prepareSeries(points);
  const n = series.years.length;
  if (n < minimumObservations(0)) {
    return { status: 'model_does_not_exist', n, minimumObservations: minimumObservations(0) };
  }
  let searched = 0;
  while (searched < maxJoinpoints && n >= minimumObservations(searched + 1)) searched++;

  const grids = Array.from({ length: searched + 1 }, (_, k) => gridSearchJoinpoints(series, k)!);
  const candidates: JoinpointCandidate[] = grids.map((grid, k) => {
    const r2max = joinpointPartialR2Max(series, grid.positions);
    return {
      k,
      joinpoints: grid.positions.map((j) => series.years[j]!),
      sse: grid.sse,
      bic: joinpointBic(grid.sse, n, k),
      r2max,
      wbic: joinpointWbic(grid.sse, n, k, r2max),
    };
  });

  const tests: PermutationTestResult[] = [];
  let selectedK = 0;
  if (method === 'permutation') {
    const tree = buildJoinpointSseTree(series, searched);
    const random = createSeededRandom(seed);
    let ka = 0;
    let kb = searched;
    while (ka < kb) {
      const test = joinpointPermutationTest(
        series,
        tree,
        ka,
        kb,
        permutations,
        random,
        alpha / (searched - ka),
      );
      tests.push(test);
      if (test.rejected) ka++;
      else kb--;
    }
    selectedK = ka;
  } else {
    const criterion = (c: JoinpointCandidate) => (method === 'bic' ? c.bic : c.wbic);
    for (const candidate of candidates) {
      if (criterion(candidate) < criterion(candidates[selectedK]!)) selectedK = candidate.k;
    }
  }
  const fit = joinpointFitAtPositions(series, grids[selectedK]!.positions, options);
  return {
    method,
    maxJoinpoints,
    searchedMaxJoinpoints: searched,
    selectedK,
    candidates,
    tests,
    alpha,
    permutations: method === 'permutation' ? permutations : null,
    seed: method === 'permutation' ? seed : null,
    fit,
  };
}
