import { gammaQuantile } from '../distributions/gamma-quantile';

/** Observed and expected counts of one area (expected from indirect standardisation). */
export interface AreaObservedExpected {
  readonly area?: string;
  readonly observed: number;
  readonly expected: number;
}

/** How the gamma prior of the relative risks is estimated. */
export type EmpiricalBayesMethod = 'clayton-kaldor' | 'marshall';

/** Options of {@link empiricalBayesSmoothing}. */
export interface EmpiricalBayesOptions {
  /** Default `clayton-kaldor`, as R `DCluster::empbaysmooth`. */
  readonly method?: EmpiricalBayesMethod;
  /** Level of the posterior intervals, default 0.95. */
  readonly level?: number;
  /** Clayton–Kaldor iterations at most, default 20 (DCluster's `maxiter`). */
  readonly maxIterations?: number;
  /** Clayton–Kaldor relative convergence tolerance, default 1e-5 (DCluster's `tol`). */
  readonly tolerance?: number;
}

/** Gamma prior of the area relative risks θ ~ Gamma(shape ν, rate α). */
export interface GammaPrior {
  /** ν; null when the prior variance is 0 (no extra-Poisson variation: every θ equals the mean). */
  readonly shape: number | null;
  /** α; null with shape. */
  readonly rate: number | null;
  /** ν/α. */
  readonly mean: number;
  /** ν/α²; 0 when no extra-Poisson variation is found. */
  readonly variance: number;
}

/** Raw and smoothed SIR of one area with the posterior interval. */
export interface SmoothedArea {
  readonly area?: string;
  readonly observed: number;
  readonly expected: number;
  /** O / E. */
  readonly sir: number;
  /** Posterior mean (ν + O)/(α + E). */
  readonly smoothedSir: number;
  /** Posterior Gamma(ν + O, α + E) quantiles. */
  readonly lower: number;
  readonly upper: number;
  /** Weight of the area's own SIR in the posterior mean, E/(E + α) (0 … 1). */
  readonly shrinkageWeight: number;
}

/** The smoothed map and the prior behind it. */
export interface EmpiricalBayesSmoothing {
  readonly method: EmpiricalBayesMethod;
  readonly prior: GammaPrior;
  /** Clayton–Kaldor updates made (DCluster's `niter`); 0 for Marshall. */
  readonly iterations: number;
  readonly areas: SmoothedArea[];
}

/**
 * Empirical-Bayes Poisson–gamma smoothing of area SIRs: Oᵢ | θᵢ ~ Poisson(θᵢEᵢ), θᵢ ~ Gamma(ν, α), so
 * θᵢ | Oᵢ ~ Gamma(ν + Oᵢ, α + Eᵢ) with mean (ν + Oᵢ)/(α + Eᵢ) = wᵢ·SIRᵢ + (1 − wᵢ)·ν/α, wᵢ = Eᵢ/(Eᵢ + α).
 * The prior is estimated from all areas by moments:
 *
 * - `clayton-kaldor` (Clayton & Kaldor, Biometrics 1987;43:671–681, as R `DCluster::empbaysmooth`):
 *   start from m, v = mean and sample variance of the SIRs; repeat ν = m²/v, α = m/v,
 *   θ̂ᵢ = (Oᵢ + ν)/(Eᵢ + α), m = mean θ̂ᵢ, v = Σ(1 + α/Eᵢ)(θ̂ᵢ − m)²/(N − 1) until m and v change by
 *   at most `tolerance`·(new + old) or `maxIterations` updates are made.
 * - `marshall` (Marshall, Appl Stat 1991;40:283–294, global estimator): m = ΣO/ΣE,
 *   s² = ΣEᵢ(SIRᵢ − m)²/ΣEᵢ, A = s² − m/Ē (Ē = ΣE/N), truncated at 0; ν = m²/A, α = m/A.
 *
 * A prior variance of 0 (A ≤ 0, or SIRs all equal) means no extra-Poisson variation: every smoothed
 * SIR is the mean and its interval is that point.
 *
 * @param areas - observed (whole numbers ≥ 0) and expected (> 0) counts per area, at least 2.
 * @param options - method, level, iteration controls.
 * @returns the prior and per area the raw SIR, smoothed SIR and posterior interval, in input order.
 * @throws RangeError naming the area for a bad count, or for fewer than 2 areas.
 * @example empiricalBayesSmoothing([{ observed: 3, expected: 1.2 }, { observed: 9, expected: 10.5 }])
 */
export function empiricalBayesSmoothing(
  areas: readonly AreaObservedExpected[],
  options: EmpiricalBayesOptions = {},
): EmpiricalBayesSmoothing {
  const method = options.method ?? 'clayton-kaldor';
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new RangeError(`empiricalBayesSmoothing: level must be in (0, 1), got ${level}`);
  if (areas.length < 2)
    throw new RangeError(`empiricalBayesSmoothing: need at least 2 areas, got ${areas.length}`);
  areas.forEach(({ area, observed, expected }, i) => {
    const name = area ?? String(i);
    if (!Number.isInteger(observed) || observed < 0) {
      throw new RangeError(`empiricalBayesSmoothing: area ${name} has observed ${observed}`);
    }
    if (!(expected > 0) || !Number.isFinite(expected)) {
      throw new RangeError(`empiricalBayesSmoothing: area ${name} has expected ${expected}`);
    }
  });
  const estimate =
    method === 'marshall'
      ? marshallPrior(areas)
      : method === 'clayton-kaldor'
        ? claytonKaldorPrior(areas, options.maxIterations ?? 20, options.tolerance ?? 1e-5)
        : null;
  if (!estimate) throw new RangeError(`empiricalBayesSmoothing: unknown method "${String(method)}"`);
  const { prior, iterations } = estimate;
  const tail = (1 - level) / 2;
  return {
    method,
    prior,
    iterations,
    areas: areas.map(({ area, observed, expected }) => {
      const sir = observed / expected;
      if (prior.shape === null || prior.rate === null) {
        return {
          area,
          observed,
          expected,
          sir,
          smoothedSir: prior.mean,
          lower: prior.mean,
          upper: prior.mean,
          shrinkageWeight: 0,
        };
      }
      const shape = prior.shape + observed;
      const rate = prior.rate + expected;
      return {
        area,
        observed,
        expected,
        sir,
        smoothedSir: shape / rate,
        lower: gammaQuantile(tail, shape, 1 / rate),
        upper: gammaQuantile(1 - tail, shape, 1 / rate),
        shrinkageWeight: expected / rate,
      };
    }),
  };
}

interface PriorEstimate {
  readonly prior: GammaPrior;
  readonly iterations: number;
}

function priorOf(shape: number, rate: number): GammaPrior {
  return { shape, rate, mean: shape / rate, variance: shape / (rate * rate) };
}

function flatPrior(mean: number, iterations: number): PriorEstimate {
  return { prior: { shape: null, rate: null, mean, variance: 0 }, iterations };
}

function marshallPrior(areas: readonly AreaObservedExpected[]): PriorEstimate {
  let totalObserved = 0;
  let totalExpected = 0;
  for (const { observed, expected } of areas) {
    totalObserved += observed;
    totalExpected += expected;
  }
  const m = totalObserved / totalExpected;
  let s2 = 0;
  for (const { observed, expected } of areas) s2 += expected * (observed / expected - m) ** 2;
  s2 /= totalExpected;
  const a = s2 - m / (totalExpected / areas.length);
  // Marshall: a negative moment estimate of the prior variance is set to 0.
  if (!(a > 0) || m === 0) return flatPrior(m, 0);
  return { prior: priorOf((m * m) / a, m / a), iterations: 0 };
}

function claytonKaldorPrior(
  areas: readonly AreaObservedExpected[],
  maxIterations: number,
  tolerance: number,
): PriorEstimate {
  const n = areas.length;
  const smoothed = areas.map(({ observed, expected }) => observed / expected);
  let m0 = mean(smoothed);
  let v0 = smoothed.reduce((s, x) => s + (x - m0) ** 2, 0) / (n - 1);
  if (!(v0 > 0) || m0 === 0) return flatPrior(m0, 0);
  let shape = (m0 * m0) / v0;
  let rate = m0 / v0;
  const update = (): [number, number] => {
    areas.forEach(({ observed, expected }, i) => {
      smoothed[i] = (observed + shape) / (expected + rate);
    });
    const m = mean(smoothed);
    let v = 0;
    areas.forEach(({ expected }, i) => {
      v += (1 + rate / expected) * (smoothed[i]! - m) ** 2;
    });
    return [m, v / (n - 1)];
  };
  let [m, v] = update();
  let iterations = 1;
  // DCluster's loop, test and counter exactly, so ν and α agree with empbaysmooth.
  while (
    (Math.abs(m - m0) > tolerance * (m + m0) || Math.abs(v - v0) > tolerance * (v + v0)) &&
    iterations <= maxIterations
  ) {
    if (!(v > 0)) return flatPrior(m, iterations);
    shape = (m * m) / v;
    rate = m / v;
    m0 = m;
    v0 = v;
    [m, v] = update();
    iterations++;
  }
  return { prior: priorOf(shape, rate), iterations };
}

function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / values.length;
}
