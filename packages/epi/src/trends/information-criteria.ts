import type { PreparedSeries } from './joinpoint-design';

/**
 * Joinpoint's BIC for a k-joinpoint model: ln(Q_k/n) + (2k + 2)·ln(n)/n, the k locations counted as
 * parameters (NCI Joinpoint help, "Bayesian Information Criterion"; Kim et al., Stat Med 2009;28:1178).
 *
 * @param sse - weighted SSE Q_k.
 * @param n - number of observations.
 * @param k - number of joinpoints.
 * @returns the criterion (smaller is better).
 */
export function joinpointBic(sse: number, n: number, k: number): number {
  return Math.log(sse / n) + ((2 * k + 2) * Math.log(n)) / n;
}

/**
 * Joinpoint's weighted BIC (WBIC, Joinpoint 4.7 and later; Kim HJ, Chen HS, Midthune D et al., "Data-
 * driven choice of a model selection method in joinpoint regression", J Appl Stat 2023;50:1992–2013,
 * and the NCI Joinpoint help page "Weighted BIC"):
 *
 *   WBIC(k) = ln(Q_k/n) + ((2 + R²max)·k + 2)·ln(n)/n,
 *
 * between BIC (R²max = 0, penalty 2k + 2) and BIC3 (R²max = 1, penalty 3k + 2). R²max is the largest
 * partial R² of the k joinpoints, see {@link joinpointPartialR2Max}; for k = 0 WBIC = BIC.
 *
 * @param sse - weighted SSE Q_k.
 * @param n - number of observations.
 * @param k - number of joinpoints.
 * @param r2max - largest partial R² of the fitted joinpoints (0 for k = 0).
 * @returns the criterion (smaller is better).
 */
export function joinpointWbic(sse: number, n: number, k: number, r2max: number): number {
  return Math.log(sse / n) + (((2 + r2max) * k + 2) * Math.log(n)) / n;
}

/**
 * Largest partial R² of the fitted joinpoints, the WBIC weight. For joinpoint i (0-based position jᵢ)
 * the window is the observations after the previous joinpoint up to and including the next one —
 * positions j_{i−1} + 1 … j_{i+1}, from the first observation for i = 1 and to the last for i = k
 * (the help page's y_i = (y_{j₁+1}, …, y_{j₂})ᵀ). Within the window, with H₀ the weighted projection
 * on a straight line and zᵢ = (x − τᵢ)₊:
 *
 *   R²ᵢ = {yᵀ(I − H₀)zᵢ}² / [{yᵀ(I − H₀)y}{zᵢᵀ(I − H₀)zᵢ}],
 *
 * inner products weighted by the counts, as the rest of the fit is (our reading for the weighted
 * case, which the help page states for the unweighted one). R's reference computes the same from
 * `lm(weights = count)` residuals (fixtures/r/trend-joinpoint.R).
 *
 * @param series - the prepared series.
 * @param positions - 0-based joinpoint positions.
 * @returns max R²ᵢ, 0 when there is no joinpoint.
 */
export function joinpointPartialR2Max(series: PreparedSeries, positions: readonly number[]): number {
  const n = series.time.length;
  let best = 0;
  positions.forEach((j, i) => {
    const lo = i === 0 ? 0 : positions[i - 1]! + 1;
    const hi = i === positions.length - 1 ? n - 1 : positions[i + 1]!;
    const tau = series.time[j]!;
    const ry = lineResiduals(series, lo, hi, (index) => series.logRate[index]!);
    const rz = lineResiduals(series, lo, hi, (index) => Math.max(series.time[index]! - tau, 0));
    let yz = 0;
    let yy = 0;
    let zz = 0;
    for (let index = lo; index <= hi; index++) {
      const w = series.weights[index]!;
      const a = ry[index - lo]!;
      const b = rz[index - lo]!;
      yz += w * a * b;
      yy += w * a * a;
      zz += w * b * b;
    }
    const r2 = yy > 0 && zz > 0 ? (yz * yz) / (yy * zz) : 0;
    best = Math.max(best, r2);
  });
  return best;
}

/** Residuals of a weighted straight-line fit of v on t over positions lo … hi (centred, so stable). */
function lineResiduals(
  series: PreparedSeries,
  lo: number,
  hi: number,
  v: (index: number) => number,
): Float64Array {
  let sw = 0;
  let st = 0;
  let sv = 0;
  for (let i = lo; i <= hi; i++) {
    const w = series.weights[i]!;
    sw += w;
    st += w * series.time[i]!;
    sv += w * v(i);
  }
  const tBar = st / sw;
  const vBar = sv / sw;
  let stt = 0;
  let stv = 0;
  for (let i = lo; i <= hi; i++) {
    const w = series.weights[i]!;
    const dt = series.time[i]! - tBar;
    stt += w * dt * dt;
    stv += w * dt * (v(i) - vBar);
  }
  const slope = stv / stt;
  const out = new Float64Array(hi - lo + 1);
  for (let i = lo; i <= hi; i++) out[i - lo] = v(i) - vBar - slope * (series.time[i]! - tBar);
  return out;
}
