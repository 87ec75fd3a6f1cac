import { type AreaAgeCounts, type AreaSirOptions, areaSirs } from './area-sir';
import { type EmpiricalBayesOptions, empiricalBayesSmoothing, type GammaPrior } from './empirical-bayes';

/** One area of the smoothed map, data-contract style names. */
export interface SmoothedSirRow {
  readonly area: string;
  readonly observed: number;
  readonly expected: number;
  readonly sir: number;
  readonly sir_lci: number;
  readonly sir_uci: number;
  readonly smoothed_sir: number;
  readonly smoothed_lci: number;
  readonly smoothed_uci: number;
}

/** The smoothed map with the prior it used. */
export interface SmoothedSirTable {
  readonly method: EmpiricalBayesOptions['method'];
  readonly prior: GammaPrior;
  readonly iterations: number;
  readonly rows: SmoothedSirRow[];
}

/**
 * Small-area map in one call: {@link areaSirs} (O/E from reference age-specific rates, exact Poisson
 * interval) and then {@link empiricalBayesSmoothing} of those O and E (Poisson–gamma posterior mean
 * and gamma quantile interval), one row per area in input order.
 *
 * @param areas - cases and person-years by age group per area (at least 2 areas).
 * @param options - reference rates, smoothing method, level (shared by both intervals), iterations.
 * @returns rows with raw and smoothed SIR and their intervals, and the prior.
 * @throws RangeError as {@link areaSirs} and {@link empiricalBayesSmoothing}.
 */
export function smoothedSirTable(
  areas: readonly AreaAgeCounts[],
  options: AreaSirOptions & EmpiricalBayesOptions = {},
): SmoothedSirTable {
  const sirs = areaSirs(areas, options);
  const smoothing = empiricalBayesSmoothing(sirs, options);
  return {
    method: smoothing.method,
    prior: smoothing.prior,
    iterations: smoothing.iterations,
    rows: sirs.map((s, i) => {
      const smoothed = smoothing.areas[i]!;
      return {
        area: s.area,
        observed: s.observed,
        expected: s.expected,
        sir: s.sir,
        sir_lci: s.lower,
        sir_uci: s.upper,
        smoothed_sir: smoothed.smoothedSir,
        smoothed_lci: smoothed.lower,
        smoothed_uci: smoothed.upper,
      };
    }),
  };
}
