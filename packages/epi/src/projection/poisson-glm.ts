/**
 * Link of a Poisson GLM with exposure E: the mean count is μ = E·h(η).
 *
 * - `log`: h(η) = exp(η), i.e. log link with offset ln E (R `poisson()` + `offset(log(E))`).
 * - `power5`: h(η) = η⁵, the Nordpred link: the rate to the power 1/5 is linear in the
 *   predictors (Møller et al., Stat Med 2003;22:2751–2766), fitted as R's nordpred package does,
 *   with a Poisson family whose link is μ ↦ (μ/E)^0.2.
 */
export type PoissonLink = 'log' | 'power5';

/** Input of {@link fitPoissonGlm}: a dense design and the observed counts with their exposures. */
export interface PoissonGlmInput {
  /** Design matrix, row-major, `rows × columns` (no implicit intercept). */
  readonly design: Float64Array;
  readonly rows: number;
  readonly columns: number;
  /** Observed counts yᵢ ≥ 0 (need not be integers). */
  readonly counts: ArrayLike<number>;
  /** Exposures (person-years) Eᵢ > 0. */
  readonly exposure: ArrayLike<number>;
  readonly link: PoissonLink;
  /** Convergence tolerance on |D − D_old| / (|D| + 0.1), as R `glm.control(epsilon)`; default 1e-12. */
  readonly tolerance?: number;
  /** Most IRLS iterations, default 100. */
  readonly maxIterations?: number;
}

/** A fitted Poisson GLM. */
export interface PoissonGlmFit {
  readonly coefficients: Float64Array;
  /**
   * (XᵀWX)⁻¹ with W at the fitted values, row-major `columns × columns`: the model-based covariance
   * with dispersion 1 (R `vcov()` of a converged Poisson fit).
   */
  readonly covariance: Float64Array;
  /** Fitted mean counts μᵢ. */
  readonly fitted: Float64Array;
  /** Linear predictors ηᵢ. */
  readonly linearPredictor: Float64Array;
  /** Poisson deviance 2 Σ [y ln(y/μ) − (y − μ)]. */
  readonly deviance: number;
  /** Pearson statistic Σ (y − μ)² / μ. */
  readonly pearson: number;
  readonly dfResidual: number;
  readonly iterations: number;
}

/** Thrown when IRLS does not converge, or the design is rank deficient on the data given. */
export class GlmFitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlmFitError';
  }
}

// R's `.Machine$double.eps`: nordpred floors μ and dμ/dη at it so that a negative η (a negative rate
// to the 1/5) gives a tiny positive mean instead of NaN.
const DOUBLE_EPS = 2.220446049250313e-16;

function inverseLink(link: PoissonLink, eta: number, exposure: number): number {
  if (link === 'log') return exposure * Math.exp(eta);
  return Math.max(DOUBLE_EPS, exposure * eta ** 5);
}

function muEta(link: PoissonLink, eta: number, exposure: number): number {
  if (link === 'log') return exposure * Math.exp(eta);
  return Math.max(DOUBLE_EPS, 5 * exposure * eta ** 4);
}

function linkFunction(link: PoissonLink, mu: number, exposure: number): number {
  return link === 'log' ? Math.log(mu / exposure) : (mu / exposure) ** 0.2;
}

function deviance(counts: ArrayLike<number>, fitted: Float64Array): number {
  let d = 0;
  for (let i = 0; i < fitted.length; i++) {
    const y = counts[i] as number;
    const mu = fitted[i] as number;
    d += 2 * ((y > 0 ? y * Math.log(y / mu) : 0) - (y - mu));
  }
  return d;
}

/**
 * Weighted least squares by Householder QR of √W·X (Golub & Van Loan §5.3): no normal equations, so
 * the conditioning is that of X, not its square. Returns β and R (upper triangle, row-major).
 */
function weightedLeastSquares(
  design: Float64Array,
  rows: number,
  columns: number,
  sqrtWeight: Float64Array,
  response: Float64Array,
): { beta: Float64Array; r: Float64Array } {
  const a = new Float64Array(rows * columns);
  const b = new Float64Array(rows);
  const columnNorm = new Float64Array(columns);
  for (let i = 0; i < rows; i++) {
    const w = sqrtWeight[i] as number;
    b[i] = w * (response[i] as number);
    for (let j = 0; j < columns; j++) {
      const v = w * (design[i * columns + j] as number);
      a[i * columns + j] = v;
      columnNorm[j] = (columnNorm[j] as number) + v * v;
    }
  }
  for (let k = 0; k < columns; k++) {
    let norm = 0;
    for (let i = k; i < rows; i++) norm += (a[i * columns + k] as number) ** 2;
    norm = Math.sqrt(norm);
    // A column that is (numerically) a combination of the previous ones: R's glm would alias it
    // (coefficient NA); here designs are built full rank, so it means the data cannot identify it.
    if (norm <= 1e-10 * Math.sqrt(columnNorm[k] as number) || norm === 0) {
      throw new GlmFitError(
        `Poisson GLM: design column ${k} is not identifiable from the data (rank deficient)`,
      );
    }
    const akk = a[k * columns + k] as number;
    const alpha = akk > 0 ? -norm : norm;
    const v0 = akk - alpha;
    a[k * columns + k] = v0;
    const vNorm2 = v0 * v0 + (norm * norm - akk * akk);
    for (let j = k + 1; j < columns; j++) {
      let dot = 0;
      for (let i = k; i < rows; i++) dot += (a[i * columns + k] as number) * (a[i * columns + j] as number);
      const f = (2 * dot) / vNorm2;
      for (let i = k; i < rows; i++)
        a[i * columns + j] = (a[i * columns + j] as number) - f * (a[i * columns + k] as number);
    }
    let dotB = 0;
    for (let i = k; i < rows; i++) dotB += (a[i * columns + k] as number) * (b[i] as number);
    const fb = (2 * dotB) / vNorm2;
    for (let i = k; i < rows; i++) b[i] = (b[i] as number) - fb * (a[i * columns + k] as number);
    a[k * columns + k] = alpha;
  }
  const r = new Float64Array(columns * columns);
  for (let i = 0; i < columns; i++) {
    for (let j = i; j < columns; j++) r[i * columns + j] = a[i * columns + j] as number;
  }
  const beta = new Float64Array(columns);
  for (let i = columns - 1; i >= 0; i--) {
    let s = b[i] as number;
    for (let j = i + 1; j < columns; j++) s -= (r[i * columns + j] as number) * (beta[j] as number);
    beta[i] = s / (r[i * columns + i] as number);
  }
  return { beta, r };
}

/** (RᵀR)⁻¹ = R⁻¹R⁻ᵀ from the triangular factor. */
function inverseFromR(r: Float64Array, p: number): Float64Array {
  const rInv = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    rInv[j * p + j] = 1 / (r[j * p + j] as number);
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += (r[i * p + k] as number) * (rInv[k * p + j] as number);
      rInv[i * p + j] = -s / (r[i * p + i] as number);
    }
  }
  const cov = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let k = j; k < p; k++) s += (rInv[i * p + k] as number) * (rInv[j * p + k] as number);
      cov[i * p + j] = s;
      cov[j * p + i] = s;
    }
  }
  return cov;
}

/**
 * Poisson regression with exposure by iteratively reweighted least squares, as R `glm.fit`.
 *
 * Same start (μ = y + 0.1, R's `poisson()$initialize`), working response z = η + (y − μ)/(dμ/dη),
 * weights (dμ/dη)²/μ, and stopping rule |D − D_old| / (|D| + 0.1) < tolerance, so that coefficients
 * agree with `glm(y ~ X - 1 + offset(log(E)), poisson)` (log link) and with nordpred's
 * `glm(y ~ X - 1, family = power5link)` (power-5 link). Each step solves by Householder QR. When the
 * deviance becomes non-finite the step is halved (as glm.fit does); more than `maxIterations`
 * iterations is an error, not a silent result.
 *
 * @param input - design, counts, exposures, link and controls.
 * @returns coefficients, unscaled covariance (XᵀWX)⁻¹, fitted means, deviance, Pearson X², df.
 * @throws RangeError for mismatched sizes, negative counts or non-positive exposure;
 *   GlmFitError when not converged or not identifiable.
 * @example fitPoissonGlm({ design, rows, columns, counts, exposure, link: 'log' }).coefficients
 */
export function fitPoissonGlm(input: PoissonGlmInput): PoissonGlmFit {
  const { design, rows, columns, counts, exposure, link } = input;
  const tolerance = input.tolerance ?? 1e-12;
  const maxIterations = input.maxIterations ?? 100;
  if (design.length !== rows * columns) {
    throw new RangeError(`fitPoissonGlm: design has ${design.length} entries, expected ${rows}×${columns}`);
  }
  if (counts.length !== rows || exposure.length !== rows) {
    throw new RangeError(`fitPoissonGlm: counts and exposure must have ${rows} entries`);
  }
  if (rows < columns) throw new RangeError(`fitPoissonGlm: ${rows} rows cannot fit ${columns} coefficients`);
  for (let i = 0; i < rows; i++) {
    const y = counts[i] as number;
    const e = exposure[i] as number;
    if (!(y >= 0) || !Number.isFinite(y))
      throw new RangeError(`fitPoissonGlm: count ${i} must be ≥ 0, got ${y}`);
    if (!(e > 0) || !Number.isFinite(e))
      throw new RangeError(`fitPoissonGlm: exposure ${i} must be > 0, got ${e}`);
  }

  const eta = new Float64Array(rows);
  const mu = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const e = exposure[i] as number;
    eta[i] = linkFunction(link, (counts[i] as number) + 0.1, e);
    mu[i] = inverseLink(link, eta[i] as number, e);
  }
  let devOld = deviance(counts, mu);
  const sqrtWeight = new Float64Array(rows);
  const z = new Float64Array(rows);
  let beta: Float64Array = new Float64Array(columns);
  let r: Float64Array = new Float64Array(columns * columns);
  let dev = devOld;
  let converged = false;
  let iteration = 0;
  for (iteration = 1; iteration <= maxIterations; iteration++) {
    for (let i = 0; i < rows; i++) {
      const e = exposure[i] as number;
      const d = muEta(link, eta[i] as number, e);
      const m = mu[i] as number;
      // η here excludes the offset ln E (E enters through μ = E·h(η)), so z needs no `− offset`.
      z[i] = (eta[i] as number) + ((counts[i] as number) - m) / d;
      sqrtWeight[i] = Math.sqrt((d * d) / m);
    }
    const step = weightedLeastSquares(design, rows, columns, sqrtWeight, z);
    let next: Float64Array = step.beta;
    r = step.r;
    for (let halving = 0; ; halving++) {
      for (let i = 0; i < rows; i++) {
        let s = 0;
        for (let j = 0; j < columns; j++) s += (design[i * columns + j] as number) * (next[j] as number);
        eta[i] = s;
        mu[i] = inverseLink(link, s, exposure[i] as number);
      }
      dev = deviance(counts, mu);
      if (Number.isFinite(dev)) break;
      if (halving >= 30 || iteration === 1) {
        throw new GlmFitError('Poisson GLM: the deviance is not finite and step halving did not recover');
      }
      const half = new Float64Array(columns);
      for (let j = 0; j < columns; j++) half[j] = ((next[j] as number) + (beta[j] as number)) / 2;
      next = half;
    }
    beta = next;
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < tolerance) {
      converged = true;
      break;
    }
    devOld = dev;
  }
  if (!converged) {
    throw new GlmFitError(
      `Poisson GLM (${link} link) did not converge in ${maxIterations} iterations (deviance ${dev})`,
    );
  }
  // The deviance rule stops while the coefficients may still move by ~1e-7 relative (the deviance is
  // flat at the optimum). One more Newton step from there is exact to rounding (IRLS converges
  // quadratically); then the covariance is taken at the solution itself, with weights at the final μ.
  for (let polish = 0; polish < 2; polish++) {
    for (let i = 0; i < rows; i++) {
      const d = muEta(link, eta[i] as number, exposure[i] as number);
      const m = mu[i] as number;
      sqrtWeight[i] = Math.sqrt((d * d) / m);
      z[i] = (eta[i] as number) + (polish === 0 ? ((counts[i] as number) - m) / d : 0);
    }
    const step = weightedLeastSquares(design, rows, columns, sqrtWeight, z);
    r = step.r;
    if (polish === 1) break;
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let j = 0; j < columns; j++) s += (design[i * columns + j] as number) * (step.beta[j] as number);
      eta[i] = s;
      mu[i] = inverseLink(link, s, exposure[i] as number);
    }
    const polished = deviance(counts, mu);
    if (!(polished <= dev + 1e-9 * (Math.abs(dev) + 0.1))) {
      throw new GlmFitError(
        `Poisson GLM (${link} link): the deviance rose after convergence (${dev} → ${polished})`,
      );
    }
    beta = step.beta;
    dev = polished;
  }
  let pearson = 0;
  for (let i = 0; i < rows; i++) {
    const m = mu[i] as number;
    pearson += ((counts[i] as number) - m) ** 2 / m;
  }
  return {
    coefficients: beta,
    covariance: inverseFromR(r, columns),
    fitted: mu,
    linearPredictor: eta,
    deviance: dev,
    pearson,
    dfResidual: rows - columns,
    iterations: iteration,
  };
}
