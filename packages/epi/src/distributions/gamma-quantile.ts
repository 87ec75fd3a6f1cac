import { logGamma } from './log-gamma';
import { normalQuantile } from './normal-quantile';
import { logGammaPrefactor, regularizedGamma } from './regularized-gamma';

/**
 * Quantile of the gamma distribution with the given shape and scale: the x with P(shape, x/scale) = p.
 *
 * Starts from the Wilson–Hilferty cube-root approximation (or the small-x power series when that
 * fails) and refines with Halley steps on the regularised incomplete gamma, bracketed so a step
 * can never leave the interval known to hold the root. In the upper half it solves Q = 1 − p, so the
 * upper tail keeps its relative accuracy. Agrees with R `qgamma(p, shape, scale = scale)` to about
 * 1e-13 relative (tested to 1e-12).
 *
 * @param p - probability in [0, 1].
 * @param shape - shape a > 0.
 * @param scale - scale θ > 0 (mean aθ).
 * @returns the p-quantile; 0 for p = 0 and +∞ for p = 1.
 * @throws RangeError when p, shape or scale is out of range.
 * @example gammaQuantile(0.975, 1, 2) // −2·ln 0.025 = 7.377758908227871
 */
export function gammaQuantile(p: number, shape: number, scale = 1): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`gammaQuantile: p must be in [0, 1], got ${p}`);
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new RangeError(`gammaQuantile: shape must be > 0, got ${shape}`);
  }
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new RangeError(`gammaQuantile: scale must be > 0, got ${scale}`);
  }
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  return standardGammaQuantile(p, shape) * scale;
}

function standardGammaQuantile(p: number, a: number): number {
  const upperTail = p > 0.5;
  const target = upperTail ? 1 - p : p; // solve in the tail that is small, to keep its digits
  const logGammaA = logGamma(a);
  let x = initialGuess(p, a, logGammaA);
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let iter = 0; iter < 200; iter++) {
    const { lower, upper } = regularizedGamma(a, x);
    // f > 0 means x is beyond the root: P too large in the lower tail, Q too small in the upper.
    const f = upperTail ? target - upper : lower - target;
    if (f === 0) return x;
    if (f > 0) hi = Math.min(hi, x);
    else lo = Math.max(lo, x);
    const density = Math.exp(logGammaPrefactor(a, x)) / x; // d/dx P(a, x)
    let next = x;
    if (density > 0 && Number.isFinite(density)) {
      const newton = f / density;
      // Halley: f''/f' = (a − 1)/x − 1 for the gamma density.
      const curvature = (a - 1) / x - 1;
      const denom = 1 - 0.5 * newton * curvature;
      const step = denom > 0.5 && denom < 2 ? newton / denom : newton;
      next = x - step;
    } else {
      next = Number.NaN;
    }
    if (!(next > lo && next < hi))
      next = hi === Number.POSITIVE_INFINITY ? Math.max(2 * x, lo * 2 + 1) : (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * x || next === x) return next;
    x = next;
  }
  return x;
}

function initialGuess(p: number, a: number, logGammaA: number): number {
  // Small-x series: P(a, x) ≈ xᵃ / (a Γ(a)) — right when the quantile is far below the mean.
  const small = Math.exp((Math.log(p) + Math.log(a) + logGammaA) / a);
  const z = normalQuantile(p);
  const c = 1 / (9 * a);
  const wh = a * (1 - c + z * Math.sqrt(c)) ** 3;
  if (!(wh > 0)) return small;
  if (a < 1 && p < 0.5) return Math.min(small, wh);
  return wh;
}
