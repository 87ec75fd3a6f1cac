/** The three survival methods of `orca stats survival` (data contract). */
export type SurvivalMethod = 'observed' | 'ederer2' | 'pohar-perme';

/**
 * z for a two-sided 95 % interval: Φ⁻¹(0.975) to full double precision (R `qnorm(0.975)`). methods.md
 * §3.2 writes it rounded, 1.959964; the rounding alone moves wide intervals by up to 5e-8, more than
 * the 1e-9 agreement with `survfit` that §5 asks for.
 */
export const Z_95 = 1.959963984540054;

/**
 * A survival curve at every distinct time tⱼ (deaths, censorings and, with delayed entry, entries):
 * a right-continuous step function (methods.md §3.6). Missing values (a CI that does not exist) are NaN
 * here and null once read with `survivalAt`.
 */
export interface SurvivalCurve {
  method: SurvivalMethod;
  /** tⱼ in days since diagnosis, ascending. */
  time: Float64Array;
  atRisk: Float64Array;
  deaths: Float64Array;
  /** S(tⱼ) as a proportion. */
  estimate: Float64Array;
  /** σ²(tⱼ), the variance of the cumulative (excess) hazard; ∞ once Kaplan–Meier reaches 0. */
  variance: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * Log-transformed interval S·exp(∓z·σ) of relative and net survival (methods.md §3.4–3.5), not
 * truncated at 1 because relative survival may exceed 1.
 *
 * @param estimate - S(t).
 * @param variance - σ²(t) of the cumulative excess hazard.
 * @returns [lower, upper]; NaN when S ≤ 0 or σ is not finite.
 */
export function logInterval(estimate: number, variance: number): [number, number] {
  if (!(estimate > 0) || !Number.isFinite(variance)) return [Number.NaN, Number.NaN];
  const half = Z_95 * Math.sqrt(variance);
  return [estimate * Math.exp(-half), estimate * Math.exp(half)];
}

/**
 * Log-log interval S^{exp(±z·σ/ln S)} of Kaplan–Meier (methods.md §3.2), as
 * `survival::survfit(conf.type = "log-log")`.
 *
 * @param estimate - S(t).
 * @param variance - Greenwood σ²(t) of the cumulative hazard.
 * @returns [lower, upper]; NaN when S is 0 or 1 or σ is not finite.
 */
export function logLogInterval(estimate: number, variance: number): [number, number] {
  if (!(estimate > 0 && estimate < 1) || !Number.isFinite(variance)) return [Number.NaN, Number.NaN];
  const logMinusLog = Math.log(-Math.log(estimate));
  const half = (Z_95 * Math.sqrt(variance)) / Math.log(estimate);
  const a = Math.exp(-Math.exp(logMinusLog - half));
  const b = Math.exp(-Math.exp(logMinusLog + half));
  return a < b ? [a, b] : [b, a];
}
