import type { PreparedSeries } from './joinpoint-design';
import { joinpointDesign } from './joinpoint-design';
import { gridSearchJoinpoints } from './joinpoint-grid';
import type { JoinpointSseTree } from './joinpoint-sse-tree';
import { type SeededRandom, shuffleInPlace } from './seeded-random';
import { weightedLeastSquares } from './weighted-least-squares';

/** One permutation test of k_a against k_b joinpoints. */
export interface PermutationTestResult {
  readonly nullK: number;
  readonly alternativeK: number;
  /** T = Q_{k_a} / Q_{k_b} on the observed series. */
  readonly statistic: number;
  /** (1 + #{T* ≥ T}) / (N + 1). */
  readonly pValue: number;
  /** Level this test is judged at: α / (K − k_a) (Joinpoint 3.0 and later). */
  readonly alpha: number;
  /** p < alpha: the alternative is kept. */
  readonly rejected: boolean;
  readonly permutations: number;
}

/**
 * Permutation test of H₀: k_a joinpoints against H₁: k_b joinpoints (Kim, Fay, Feuer & Midthune, Stat
 * Med 2000;19:335–351, §2–3, as the NCI Joinpoint program runs it). The null model is fitted by grid
 * search; its residuals, standardised by √wᵢ because the errors are heteroscedastic (Kim et al. §2.3),
 * are permuted and added back to the null fit; both models are refitted to each permuted series by
 * grid search, and T* = Q*_{k_a}/Q*_{k_b} is compared with the observed T. The p-value counts the
 * observed series among the N + 1 arrangements, so it is never 0.
 *
 * @param series - the prepared series.
 * @param tree - SSE tree of the series with maxJoinpoints ≥ k_b.
 * @param nullK - k_a.
 * @param alternativeK - k_b > k_a.
 * @param permutations - N.
 * @param random - seeded generator, advanced by N shuffles.
 * @param alpha - level for this test.
 * @returns the statistic, p-value and decision.
 */
export function joinpointPermutationTest(
  series: PreparedSeries,
  tree: JoinpointSseTree,
  nullK: number,
  alternativeK: number,
  permutations: number,
  random: SeededRandom,
  alpha: number,
): PermutationTestResult {
  if (!(alternativeK > nullK) || alternativeK > tree.maxJoinpoints) {
    throw new RangeError(
      `joinpointPermutationTest: need ${nullK} < k_b ≤ ${tree.maxJoinpoints}, got ${alternativeK}`,
    );
  }
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new RangeError(
      `joinpointPermutationTest: permutations must be a whole number ≥ 1, got ${permutations}`,
    );
  }
  const n = series.time.length;
  const rootW = Float64Array.from(series.weights, Math.sqrt);
  const grid = gridSearchJoinpoints(series, nullK);
  if (!grid) throw new RangeError(`joinpointPermutationTest: no ${nullK}-joinpoint model for n = ${n}`);
  const nullFit = weightedLeastSquares(
    joinpointDesign(series, grid.positions),
    series.logRate,
    series.weights,
  );

  const ratio = (q: Float64Array): number => {
    const a = q[nullK]!;
    const b = q[alternativeK]!;
    if (b > 0) return a / b;
    return a > 0 ? Number.POSITIVE_INFINITY : 1;
  };
  const sses = new Float64Array(alternativeK + 1);
  const observed = Float64Array.from(series.logRate, (y, i) => rootW[i]! * y);
  tree.minimumSse(observed, alternativeK, sses);
  const statistic = ratio(sses);

  const fittedScaled = Float64Array.from(nullFit.fitted, (f, i) => rootW[i]! * f);
  const residuals = Float64Array.from(series.logRate, (y, i) => rootW[i]! * (y - nullFit.fitted[i]!));
  const permuted = new Float64Array(n);
  let atLeast = 0;
  for (let b = 0; b < permutations; b++) {
    // Shuffling the previous arrangement again is still a uniform permutation of the residuals.
    shuffleInPlace(residuals, random);
    for (let i = 0; i < n; i++) permuted[i] = fittedScaled[i]! + residuals[i]!;
    tree.minimumSse(permuted, alternativeK, sses);
    if (ratio(sses) >= statistic) atLeast++;
  }
  const pValue = (atLeast + 1) / (permutations + 1);
  return { nullK, alternativeK, statistic, pValue, alpha, rejected: pValue < alpha, permutations };
}
