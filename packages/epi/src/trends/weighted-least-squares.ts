/** A weighted least-squares fit: coefficients, (XᵀWX)⁻¹ and the weighted residual sum of squares. */
export interface WeightedLeastSquaresFit {
  /** β̂, one per design column. */
  readonly coefficients: Float64Array;
  /** (XᵀWX)⁻¹, p × p row-major: Cov(β̂) = σ̂²·this. */
  readonly unscaledCovariance: Float64Array;
  /** Weighted SSE Q = Σ wᵢ(yᵢ − ŷᵢ)². */
  readonly sse: number;
  /** ŷ = Xβ̂ on the scale of y. */
  readonly fitted: Float64Array;
}

/**
 * Weighted least squares by Householder QR of √W·X (Golub & Van Loan, Matrix Computations, 4th ed.,
 * §5.2 and §5.3.3). Never forms XᵀWX, whose condition number is the square of X's; the SSE is read
 * from the trailing part of Qᵀ√W·y, as R's `lm.wfit` (LINPACK dqrdc2/dqrsl) does, so coefficients and
 * SSE agree with `lm(y ~ X - 1, weights = w)` to rounding.
 *
 * @param columns - design columns X (each of length n), p ≤ n.
 * @param y - responses, length n.
 * @param weights - weights wᵢ > 0, length n.
 * @returns β̂, (XᵀWX)⁻¹, Q and ŷ.
 * @throws RangeError when lengths disagree, a weight is not > 0, or X is rank-deficient.
 */
export function weightedLeastSquares(
  columns: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  weights: ArrayLike<number>,
): WeightedLeastSquaresFit {
  const n = y.length;
  const p = columns.length;
  if (p === 0 || p > n) throw new RangeError(`weightedLeastSquares: need 1 ≤ p ≤ n, got p = ${p}, n = ${n}`);
  if (weights.length !== n) throw new RangeError('weightedLeastSquares: weights and y differ in length');
  const a = new Float64Array(n * p); // column-major √W·X, overwritten by the Householder vectors and R
  const b = new Float64Array(n);
  const rootW = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w > 0) || !Number.isFinite(w)) throw new RangeError(`weightedLeastSquares: weight ${i} is ${w}`);
    rootW[i] = Math.sqrt(w);
    b[i] = rootW[i]! * y[i]!;
  }
  const columnNorms = new Float64Array(p);
  columns.forEach((column, j) => {
    if (column.length !== n) throw new RangeError(`weightedLeastSquares: column ${j} has the wrong length`);
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const v = rootW[i]! * column[i]!;
      a[j * n + i] = v;
      ss += v * v;
    }
    columnNorms[j] = Math.sqrt(ss);
  });

  for (let j = 0; j < p; j++) {
    const col = j * n;
    let scale = 0;
    for (let i = j; i < n; i++) scale = Math.max(scale, Math.abs(a[col + i]!));
    let norm = 0;
    if (scale > 0) {
      let ss = 0;
      for (let i = j; i < n; i++) ss += (a[col + i]! / scale) ** 2;
      norm = scale * Math.sqrt(ss);
    }
    // A column (nearly) in the span of the previous ones: the model is not identifiable.
    if (!(norm > 1e-10 * (columnNorms[j] ?? 0))) {
      throw new RangeError(`weightedLeastSquares: design is rank-deficient at column ${j}`);
    }
    const ajj = a[col + j]!;
    const alpha = ajj > 0 ? -norm : norm; // the sign that avoids cancellation in v₀ = aⱼⱼ − α
    a[col + j] = ajj - alpha;
    let vtv = 0;
    for (let i = j; i < n; i++) vtv += a[col + i]! ** 2;
    for (let c = j + 1; c < p; c++) {
      const other = c * n;
      let dot = 0;
      for (let i = j; i < n; i++) dot += a[col + i]! * a[other + i]!;
      const f = (2 * dot) / vtv;
      for (let i = j; i < n; i++) a[other + i] = a[other + i]! - f * a[col + i]!;
    }
    let dot = 0;
    for (let i = j; i < n; i++) dot += a[col + i]! * b[i]!;
    const f = (2 * dot) / vtv;
    for (let i = j; i < n; i++) b[i] = b[i]! - f * a[col + i]!;
    a[col + j] = alpha; // R's diagonal; the rest of the vector below it is no longer needed
  }

  let sse = 0;
  for (let i = p; i < n; i++) sse += b[i]! ** 2;

  // R⁻¹ by back substitution, column by column (R upper triangular, Rᵢⱼ = a[j·n + i] for i ≤ j).
  const rInv = new Float64Array(p * p); // row-major
  for (let c = 0; c < p; c++) {
    for (let i = c; i >= 0; i--) {
      let s = i === c ? 1 : 0;
      for (let k = i + 1; k <= c; k++) s -= a[k * n + i]! * rInv[k * p + c]!;
      rInv[i * p + c] = s / a[i * n + i]!;
    }
  }
  const coefficients = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let k = i; k < p; k++) s += rInv[i * p + k]! * b[k]!;
    coefficients[i] = s;
  }
  const unscaledCovariance = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let k = j; k < p; k++) s += rInv[i * p + k]! * rInv[j * p + k]!;
      unscaledCovariance[i * p + j] = s;
      unscaledCovariance[j * p + i] = s;
    }
  }
  const fitted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += columns[j]![i]! * coefficients[j]!;
    fitted[i] = s;
  }
  return { coefficients, unscaledCovariance, sse, fitted };
}
