/** One year of a rate series (data contract `series.csv`): the rate is count / population. */
export interface TrendPoint {
  readonly year: number;
  readonly count: number;
  readonly population: number;
}

/** A series ready for fitting: sorted by year, with y = ln(count/population) and weight = count. */
export interface PreparedSeries {
  /** Years x₁ < … < xₙ. */
  readonly years: Float64Array;
  /** x − x₁, the time axis of the design (methods.md §4). */
  readonly time: Float64Array;
  /** yᵢ = ln(cᵢ/Pᵢ). */
  readonly logRate: Float64Array;
  /** wᵢ = cᵢ, the inverse of the Poisson delta-method variance of yᵢ. */
  readonly weights: Float64Array;
}

/**
 * Fewest observations for which a k-joinpoint model exists under the Joinpoint defaults of methods.md
 * §4: 2·NumObsEnd + (k − 1)·NumObsBetween + k with NumObsEnd = NumObsBetween = 2 (NCI Joinpoint help,
 * "Minimum Number of Observations Required"), i.e. 3k + 2 for k ≥ 1. For k = 0 a straight line needs
 * n ≥ 3 so that df = n − 2 ≥ 1 and the interval exists.
 *
 * @param k - number of joinpoints, a whole number ≥ 0.
 * @returns the minimum n.
 * @example minimumObservations(3) // 11
 */
export function minimumObservations(k: number): number {
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`minimumObservations: k must be a whole number ≥ 0, got ${k}`);
  return k === 0 ? 3 : 2 * 2 + 2 * (k - 1) + k;
}

/**
 * Checks and sorts a series for the joinpoint model (methods.md §4): years unique and finite, every
 * count and population finite and > 0 (a zero count has no logarithm).
 *
 * @param points - the series, in any order.
 * @returns years, x − x₁, ln rates and weights, sorted by year.
 * @throws RangeError naming the offending point (index in `points`) and value.
 */
export function prepareSeries(points: readonly TrendPoint[]): PreparedSeries {
  points.forEach((point, i) => {
    if (!Number.isFinite(point.year))
      throw new RangeError(`prepareSeries: point ${i} has year ${point.year}`);
    if (!(point.count > 0) || !Number.isFinite(point.count)) {
      throw new RangeError(
        `prepareSeries: point ${i} (year ${point.year}) has count ${point.count}; counts must be > 0`,
      );
    }
    if (!(point.population > 0) || !Number.isFinite(point.population)) {
      throw new RangeError(
        `prepareSeries: point ${i} (year ${point.year}) has population ${point.population}; populations must be > 0`,
      );
    }
  });
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.year - points[b]!.year);
  const n = points.length;
  const years = new Float64Array(n);
  const time = new Float64Array(n);
  const logRate = new Float64Array(n);
  const weights = new Float64Array(n);
  order.forEach((index, i) => {
    const point = points[index]!;
    if (i > 0 && point.year === years[i - 1]) {
      throw new RangeError(`prepareSeries: point ${index} repeats year ${point.year}`);
    }
    years[i] = point.year;
    logRate[i] = Math.log(point.count / point.population);
    weights[i] = point.count;
  });
  for (let i = 0; i < n; i++) time[i] = years[i]! - years[0]!;
  return { years, time, logRate, weights };
}

/**
 * Every admissible set of k joinpoint positions in lexicographic order (methods.md §4): joinpoints
 * at observed years only, 0-based positions j₁ < … < j_k with j₁ ≥ 2 and j_k ≤ n − 3 (two
 * observations strictly before the first and after the last) and j_{l+1} − j_l ≥ 3 (two strictly
 * between). Lexicographic order is what the tie rule refers to.
 *
 * @param n - number of observations.
 * @param k - number of joinpoints.
 * @returns the position sets (empty when none exists; one empty set for k = 0).
 */
export function admissiblePositions(n: number, k: number): number[][] {
  const out: number[][] = [];
  const current: number[] = [];
  const extend = (from: number): void => {
    if (current.length === k) {
      out.push([...current]);
      return;
    }
    for (let j = from; j <= n - 3; j++) {
      current.push(j);
      extend(j + 3);
      current.pop();
    }
  };
  if (k === 0) return n >= 1 ? [[]] : [];
  extend(2);
  return out;
}

/**
 * Design columns of the joinpoint model at the given positions (methods.md §4):
 * X = [1, x − x₁, (x − τ₁)₊, …, (x − τ_k)₊] with τ_l the year at position j_l.
 *
 * @param series - the prepared series.
 * @param positions - 0-based joinpoint positions.
 * @returns p = k + 2 columns of length n.
 */
export function joinpointDesign(series: PreparedSeries, positions: readonly number[]): Float64Array[] {
  const n = series.time.length;
  const columns = [new Float64Array(n).fill(1), Float64Array.from(series.time)];
  for (const j of positions) {
    const tau = series.time[j]!;
    const hinge = new Float64Array(n);
    for (let i = 0; i < n; i++) hinge[i] = Math.max(series.time[i]! - tau, 0);
    columns.push(hinge);
  }
  return columns;
}
