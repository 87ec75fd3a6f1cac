import { normalQuantile } from '../distributions/normal-quantile';

/** One age group's projected rate in one future period or year, with what its uncertainty is made of. */
export interface AgeRateProjection {
  /** Projected rate per person-year. */
  readonly rate: number;
  /** ∂rate/∂β (length = number of coefficients), or null when the rate does not come from the model. */
  readonly gradient: Float64Array | null;
  /** Variance of the rate from outside the model (e.g. an observed average carried forward), else 0. */
  readonly rateVariance: number;
  /** Projected person-years of the group. */
  readonly personYears: number;
}

/** A projected quantity with a confidence interval for its expected value and a prediction interval. */
export interface ProjectedValue {
  readonly estimate: number;
  /** Confidence interval of the expected value (parameter uncertainty only). */
  readonly lci: number;
  readonly uci: number;
  /** Prediction interval of the value that will be observed (adds Poisson variation × dispersion). */
  readonly lpi: number;
  readonly upi: number;
  /** Standard errors behind the two intervals. */
  readonly seExpected: number;
  readonly sePredicted: number;
}

/** Projected cases, crude rate and age-standardised rate of one future period or year. */
export interface ProjectedSums {
  readonly cases: ProjectedValue;
  readonly personYears: number;
  /** Per person-year. */
  readonly crudeRate: ProjectedValue;
  /** Per person-year; null when no weights were given. */
  readonly asr: ProjectedValue | null;
}

function quadraticForm(g: Float64Array, covariance: Float64Array): number {
  const p = g.length;
  let s = 0;
  for (let i = 0; i < p; i++) {
    const gi = g[i] as number;
    if (gi === 0) continue;
    let row = 0;
    for (let j = 0; j < p; j++) row += (covariance[i * p + j] as number) * (g[j] as number);
    s += gi * row;
  }
  return s;
}

/**
 * Interval on the log scale, estimate·exp(∓z·se/estimate): a delta-method interval for ln(value),
 * which keeps the bounds positive as counts and rates must be.
 */
function logScaleValue(
  estimate: number,
  varExpected: number,
  varPredicted: number,
  z: number,
): ProjectedValue {
  const seExpected = Math.sqrt(Math.max(0, varExpected));
  const sePredicted = Math.sqrt(Math.max(0, varPredicted));
  if (!(estimate > 0)) {
    return { estimate, lci: 0, uci: 0, lpi: 0, upi: 0, seExpected, sePredicted };
  }
  const fe = Math.exp((z * seExpected) / estimate);
  const fp = Math.exp((z * sePredicted) / estimate);
  return {
    estimate,
    lci: estimate / fe,
    uci: estimate * fe,
    lpi: estimate / fp,
    upi: estimate * fp,
    seExpected,
    sePredicted,
  };
}

/**
 * Sums age-specific projections into cases, crude rate and age-standardised rate with intervals.
 *
 * Delta method: for a sum S = Σ cₐ·rateₐ (cₐ = person-years for cases, standard weight for the
 * ASR) Var_expected(S) = gᵀ·Σβ·g + Σ cₐ²·Var_extra(rateₐ), g = Σ cₐ·∂rateₐ/∂β, Σβ = the coefficients'
 * covariance (already multiplied by the dispersion). The prediction variance adds the variation of
 * the counts still to be observed, taken as Poisson × dispersion: φ·Σ cases for the count and
 * φ·Σ wₐ²·rateₐ / PYₐ for the ASR. Both intervals are normal on the log scale.
 *
 * @param ages - one entry per age group, in the order of `weights`.
 * @param covariance - φ·(XᵀWX)⁻¹, row-major, matching the gradients' length.
 * @param dispersion - φ ≥ 1 applied to the future counts' Poisson variance.
 * @param weights - standard weights for the ASR (summing to 1 over all groups), or null.
 * @param level - interval level, e.g. 0.95.
 * @returns cases, person-years, crude rate and ASR (per person-year).
 */
export function projectedSums(
  ages: readonly AgeRateProjection[],
  covariance: Float64Array,
  dispersion: number,
  weights: readonly number[] | null,
  level: number,
): ProjectedSums {
  const p = Math.round(Math.sqrt(covariance.length));
  const z = normalQuantile(1 - (1 - level) / 2);
  const gCases = new Float64Array(p);
  const gAsr = new Float64Array(p);
  let cases = 0;
  let personYears = 0;
  let asr = 0;
  let extraCases = 0;
  let extraAsr = 0;
  let noiseAsr = 0;
  ages.forEach((age, a) => {
    const w = weights ? (weights[a] ?? 0) : 0;
    cases += age.rate * age.personYears;
    personYears += age.personYears;
    asr += w * age.rate;
    extraCases += age.personYears ** 2 * age.rateVariance;
    extraAsr += w * w * age.rateVariance;
    if (age.personYears > 0) noiseAsr += (w * w * age.rate) / age.personYears;
    if (age.gradient) {
      for (let j = 0; j < p; j++) {
        const d = age.gradient[j] as number;
        gCases[j] = (gCases[j] as number) + age.personYears * d;
        gAsr[j] = (gAsr[j] as number) + w * d;
      }
    }
  });
  const varCases = quadraticForm(gCases, covariance) + extraCases;
  const casesValue = logScaleValue(cases, varCases, varCases + dispersion * cases, z);
  const scale = personYears > 0 ? 1 / personYears : 0;
  const crudeRate = logScaleValue(
    cases * scale,
    varCases * scale * scale,
    (varCases + dispersion * cases) * scale * scale,
    z,
  );
  let asrValue: ProjectedValue | null = null;
  if (weights) {
    const varAsr = quadraticForm(gAsr, covariance) + extraAsr;
    asrValue = logScaleValue(asr, varAsr, varAsr + dispersion * noiseAsr, z);
  }
  return { cases: casesValue, personYears, crudeRate, asr: asrValue };
}
