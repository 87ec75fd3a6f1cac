import { fitPoissonGlm, GlmFitError, normalQuantile } from '@orca/epi';

// Pure module (no clock, file or database): the numbers of the completeness estimate. It belongs in
// @orca/epi by the layout rules; it lives here until that package's owner takes it over.

/** Two-source capture counts: cases seen by both sources, by the first only, by the second only. */
export interface TwoSourceCounts {
  readonly both: number;
  readonly onlyFirst: number;
  readonly onlySecond: number;
}

/** An estimate of the true number of cases and of the registry's completeness, with its interval. */
export interface CompletenessEstimate {
  readonly method: 'chapman' | 'lincoln_petersen' | 'log_linear';
  /** Distinct cases seen by at least one source. */
  readonly observed: number;
  /** Estimated total, observed + unseen. */
  readonly estimated: number;
  readonly lower: number;
  readonly upper: number;
  /** observed / estimated, with the interval turned round (a larger total means lower completeness). */
  readonly completeness: number;
  readonly completenessLower: number;
  readonly completenessUpper: number;
}

function assertCount(name: string, value: number): void {
  if (!(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`capture–recapture: ${name} must be a whole number ≥ 0, got ${value}`);
  }
}

function estimate(
  method: CompletenessEstimate['method'],
  observed: number,
  estimated: number,
  lower: number,
  upper: number,
): CompletenessEstimate {
  return {
    method,
    observed,
    estimated,
    lower,
    upper,
    completeness: observed / estimated,
    completenessLower: observed / upper,
    completenessUpper: observed / lower,
  };
}

/**
 * Interval for a total N̂ = observed + f₀ built on the log of the unseen count f₀ (Chao 1987), so the
 * lower bound never falls below the cases actually seen — the symmetric Wald interval can.
 * Chao A. Estimating the population size for capture-recapture data with unequal catchability.
 * Biometrics 1987;43:783–791.
 */
function logNormalInterval(observed: number, unseen: number, variance: number, level: number) {
  if (unseen <= 0 || variance <= 0)
    return { lower: observed + Math.max(unseen, 0), upper: observed + Math.max(unseen, 0) };
  const z = normalQuantile(1 - (1 - level) / 2);
  const c = Math.exp(z * Math.sqrt(Math.log(1 + variance / unseen ** 2)));
  return { lower: observed + unseen / c, upper: observed + unseen * c };
}

/**
 * Two-source capture–recapture with Chapman's nearly unbiased estimator
 * N̂ = (n₁ + 1)(n₂ + 1)/(m + 1) − 1, Seber's variance
 * (n₁ + 1)(n₂ + 1)(n₁ − m)(n₂ − m)/((m + 1)²(m + 2)), and Chao's log-normal interval. Unlike
 * Lincoln–Petersen it is finite when the sources share no case. It assumes the two sources catch
 * cases independently and each case is equally catchable; positive dependence (a hospital that
 * reports a case also certifies the death) biases N̂ down, so completeness is over-estimated.
 * Chapman DG 1951, Univ Calif Publ Stat 1:131–160; Seber GAF, The estimation of animal abundance,
 * 2nd ed. 1982, p. 60; Brenner H, Stegmaier C, Ziegler H. Eur J Cancer 1995;31A:1281–1285 (registries).
 *
 * @param counts - cases in both sources, in the first only, in the second only.
 * @param level - interval level, default 0.95.
 * @returns the estimate, or null when no case was observed.
 * @throws RangeError for negative or fractional counts.
 * @example chapmanEstimate({ both: 60, onlyFirst: 30, onlySecond: 10 }).estimated // 104.9180…
 */
export function chapmanEstimate(counts: TwoSourceCounts, level = 0.95): CompletenessEstimate | null {
  const { both: m, onlyFirst, onlySecond } = counts;
  assertCount('both', m);
  assertCount('onlyFirst', onlyFirst);
  assertCount('onlySecond', onlySecond);
  const n1 = m + onlyFirst;
  const n2 = m + onlySecond;
  const observed = m + onlyFirst + onlySecond;
  if (observed === 0) return null;
  const estimated = ((n1 + 1) * (n2 + 1)) / (m + 1) - 1;
  const variance = ((n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m)) / ((m + 1) ** 2 * (m + 2));
  const { lower, upper } = logNormalInterval(observed, estimated - observed, variance, level);
  return estimate('chapman', observed, estimated, lower, upper);
}

/**
 * The Lincoln–Petersen estimator N̂ = n₁n₂/m with the delta-method variance n₁n₂(n₁ − m)(n₂ − m)/m³,
 * shown beside Chapman's for comparison; undefined when the sources share no case.
 *
 * @param counts - as for {@link chapmanEstimate}.
 * @param level - interval level, default 0.95.
 * @returns the estimate, or null when m = 0.
 * @throws RangeError for negative or fractional counts.
 */
export function lincolnPetersenEstimate(counts: TwoSourceCounts, level = 0.95): CompletenessEstimate | null {
  const { both: m, onlyFirst, onlySecond } = counts;
  assertCount('both', m);
  assertCount('onlyFirst', onlyFirst);
  assertCount('onlySecond', onlySecond);
  if (m === 0) return null;
  const n1 = m + onlyFirst;
  const n2 = m + onlySecond;
  const observed = m + onlyFirst + onlySecond;
  const estimated = (n1 * n2) / m;
  const variance = (n1 * n2 * (n1 - m) * (n2 - m)) / m ** 3;
  const { lower, upper } = logNormalInterval(observed, estimated - observed, variance, level);
  return estimate('lincoln_petersen', observed, estimated, lower, upper);
}

/**
 * Three-source capture histories: counts by pattern of presence in sources 1, 2, 3 ('110' = in 1 and
 * 2, not 3). The unseen pattern '000' is what the model estimates.
 */
export type ThreeSourceCounts = Readonly<
  Record<'100' | '010' | '001' | '110' | '101' | '011' | '111', number>
>;

/** A two-way interaction between sources: 12, 13 or 23. */
export type SourcePair = '12' | '13' | '23';

/** One fitted log-linear model. */
export interface LogLinearModel {
  /** The two-way interactions in the model (none = independence). */
  readonly interactions: readonly SourcePair[];
  readonly deviance: number;
  readonly dfResidual: number;
  /** AIC up to a constant shared by all models: deviance + 2 × parameters. */
  readonly aic: number;
  /** Estimated unseen cases exp(β₀) and the standard error of β₀. */
  readonly unseen: number;
  readonly interceptSe: number;
}

/** The selected log-linear estimate and every model that could be fitted. */
export interface LogLinearEstimate extends CompletenessEstimate {
  readonly selected: LogLinearModel;
  readonly models: readonly LogLinearModel[];
}

const PATTERNS = ['100', '010', '001', '110', '101', '011', '111'] as const;
const ALL_MODELS: readonly (readonly SourcePair[])[] = [
  [],
  ['12'],
  ['13'],
  ['23'],
  ['12', '13'],
  ['12', '23'],
  ['13', '23'],
  ['12', '13', '23'],
];

function fitModel(counts: ThreeSourceCounts, interactions: readonly SourcePair[]): LogLinearModel | null {
  const columns = 4 + interactions.length;
  const design = new Float64Array(PATTERNS.length * columns);
  PATTERNS.forEach((pattern, i) => {
    const x = [...pattern].map(Number);
    const row = [1, x[0]!, x[1]!, x[2]!];
    for (const pair of interactions) row.push(x[Number(pair[0]) - 1]! * x[Number(pair[1]) - 1]!);
    design.set(row, i * columns);
  });
  try {
    const fit = fitPoissonGlm({
      design,
      rows: PATTERNS.length,
      columns,
      counts: PATTERNS.map((p) => counts[p]),
      exposure: PATTERNS.map(() => 1),
      link: 'log',
    });
    const beta0 = fit.coefficients[0]!;
    const se = Math.sqrt(fit.covariance[0]!);
    // A zero cell drives an interaction to −∞: the fit "converges" with a useless, huge intercept.
    if (!Number.isFinite(beta0) || !Number.isFinite(se) || se > 50) return null;
    return {
      interactions,
      deviance: fit.deviance,
      dfResidual: fit.dfResidual,
      aic: fit.deviance + 2 * columns,
      unseen: Math.exp(beta0),
      interceptSe: se,
    };
  } catch (error) {
    if (error instanceof GlmFitError) return null;
    throw error;
  }
}

/**
 * Three-source capture–recapture by log-linear models (Fienberg 1972): a Poisson GLM on the seven
 * observed capture histories with main effects and a subset of two-way interactions, which absorb
 * dependence between pairs of sources; the unseen cell is exp(β₀). All eight hierarchical models
 * without the three-way term are fitted and the one with the lowest AIC is selected (the saturated
 * 12+13+23 model has no residual degrees of freedom and wins only when nothing simpler fits). The
 * interval is Wald on log f₀, exp(β₀ ± z·se(β₀)), plus the cases seen — narrower than a profile
 * likelihood interval when f₀ is small. The three-way interaction must be zero: that cannot be tested.
 * Fienberg SE. Biometrika 1972;59:591–603; International Working Group for Disease Monitoring and
 * Forecasting. Am J Epidemiol 1995;142:1047–1058. Agrees with R `glm(family = poisson)`.
 *
 * @param counts - the seven observed capture histories.
 * @param level - interval level, default 0.95.
 * @returns the selected estimate with all fitted models, or null when no model can be fitted.
 * @throws RangeError for negative or fractional counts.
 */
export function logLinearEstimate(counts: ThreeSourceCounts, level = 0.95): LogLinearEstimate | null {
  for (const p of PATTERNS) assertCount(p, counts[p]);
  const observed = PATTERNS.reduce((s, p) => s + counts[p], 0);
  if (observed === 0) return null;
  const models = ALL_MODELS.map((m) => fitModel(counts, m)).filter((m): m is LogLinearModel => m !== null);
  if (models.length === 0) return null;
  const selected = models.reduce((best, m) => (m.aic < best.aic - 1e-9 ? m : best));
  const z = normalQuantile(1 - (1 - level) / 2);
  const lower = observed + selected.unseen * Math.exp(-z * selected.interceptSe);
  const upper = observed + selected.unseen * Math.exp(z * selected.interceptSe);
  return {
    ...estimate('log_linear', observed, observed + selected.unseen, lower, upper),
    selected,
    models,
  };
}
