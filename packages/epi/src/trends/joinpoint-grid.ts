import { admissiblePositions, joinpointDesign, type PreparedSeries } from './joinpoint-design';
import { weightedLeastSquares } from './weighted-least-squares';

/** The best joinpoint positions for a fixed k and their weighted SSE. */
export interface GridSearchResult {
  /** 0-based positions of the joinpoints in the sorted series. */
  readonly positions: readonly number[];
  /** Smallest weighted SSE Q over the admissible positions. */
  readonly sse: number;
  /** How many position sets were evaluated. */
  readonly evaluated: number;
}

/**
 * Relative width within which two SSEs count as an exact tie. Mathematically equal SSEs (a mirror-
 * symmetric series, say) come out of floating point a few ulps apart, and the tie rule of methods.md
 * §4 is meant for them; the second term covers exact fits, where Q itself is rounding noise.
 */
export const TIE_RELATIVE_TOLERANCE = 1e-10;
const TIE_TOTAL_SS_TOLERANCE = 1e-14;

/**
 * Weighted total sum of squares Σ wᵢ(yᵢ − ȳ_w)², the scale of the tie tolerance for exact fits.
 *
 * @param series - the prepared series.
 * @returns the weighted total SS.
 */
export function weightedTotalSumOfSquares(series: PreparedSeries): number {
  let sw = 0;
  let swy = 0;
  series.weights.forEach((w, i) => {
    sw += w;
    swy += w * series.logRate[i]!;
  });
  const mean = swy / sw;
  let ss = 0;
  series.weights.forEach((w, i) => {
    ss += w * (series.logRate[i]! - mean) ** 2;
  });
  return ss;
}

/**
 * Grid search for k joinpoints (Lerman 1980; methods.md §4): fits every admissible set of positions
 * by weighted least squares and keeps the smallest weighted SSE. On a tie — SSEs within
 * 1e-10·Q_min + 1e-14·(weighted total SS) — the first set in lexicographic order of positions wins.
 *
 * @param series - the prepared series.
 * @param k - number of joinpoints.
 * @returns the chosen positions and Q, or null when no admissible set exists (n too small).
 */
export function gridSearchJoinpoints(series: PreparedSeries, k: number): GridSearchResult | null {
  const candidates = admissiblePositions(series.time.length, k);
  if (candidates.length === 0) return null;
  const sses = candidates.map(
    (positions) =>
      weightedLeastSquares(joinpointDesign(series, positions), series.logRate, series.weights).sse,
  );
  const best = Math.min(...sses);
  const tolerance =
    TIE_RELATIVE_TOLERANCE * best + TIE_TOTAL_SS_TOLERANCE * weightedTotalSumOfSquares(series);
  const index = sses.findIndex((q) => q <= best + tolerance);
  return { positions: candidates[index]!, sse: sses[index]!, evaluated: candidates.length };
}
