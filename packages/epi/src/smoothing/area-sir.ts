import { poissonExactCi } from '../distributions/poisson-exact-ci';

/** Cases and person-years of one area by age group (any fixed set of groups, the same for every area). */
export interface AreaAgeCounts {
  readonly area: string;
  readonly cases: readonly number[];
  readonly population: readonly number[];
}

/** Indirectly standardised ratio of one area with its exact interval. */
export interface AreaSir {
  readonly area: string;
  readonly observed: number;
  /** E = Σ_g P_g·R_g from the reference rates. */
  readonly expected: number;
  /** O / E. */
  readonly sir: number;
  readonly lower: number;
  readonly upper: number;
}

/** Options of {@link areaSirs}. */
export interface AreaSirOptions {
  /**
   * Reference rate per person-year for each age group. Default: internal standardisation, the pooled
   * rates of all the areas given (Σ cases / Σ person-years per group), so that Σ O = Σ E.
   */
  readonly referenceRates?: readonly number[];
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

/**
 * Standardised incidence ratio per area: O / E with E = Σ_g P_{ag}·R_g from reference age-specific
 * rates, and the exact Poisson (Garwood) interval for O divided by E, E taken as fixed (Breslow &
 * Day, Statistical Methods in Cancer Research vol. II, IARC 1987, §2.3). Agrees with R
 * `poisson.test(O, E)$conf.int` (fixtures/r/smoothing-eb.R).
 *
 * @param areas - cases and person-years by age group per area.
 * @param options - reference rates (default internal) and level.
 * @returns one SIR per area, in input order.
 * @throws RangeError naming the area when group counts differ, a count or population is negative or
 *   not finite, cases are not whole numbers, or the expected count is not > 0.
 * @example areaSirs(areas)[0].sir
 */
export function areaSirs(areas: readonly AreaAgeCounts[], options: AreaSirOptions = {}): AreaSir[] {
  const level = options.level ?? 0.95;
  const groups = areas[0]?.population.length ?? 0;
  for (const { area, cases, population } of areas) {
    if (cases.length !== groups || population.length !== groups) {
      throw new RangeError(
        `areaSirs: area ${area} has ${cases.length} case and ${population.length} population groups, expected ${groups}`,
      );
    }
    cases.forEach((c, g) => {
      if (!Number.isInteger(c) || c < 0)
        throw new RangeError(`areaSirs: area ${area} group ${g} has ${c} cases`);
    });
    population.forEach((p, g) => {
      if (!(p >= 0) || !Number.isFinite(p))
        throw new RangeError(`areaSirs: area ${area} group ${g} has population ${p}`);
    });
  }
  const rates = options.referenceRates ?? internalRates(areas, groups);
  if (rates.length !== groups) {
    throw new RangeError(`areaSirs: ${rates.length} reference rates for ${groups} age groups`);
  }
  rates.forEach((r, g) => {
    if (!(r >= 0) || !Number.isFinite(r)) throw new RangeError(`areaSirs: reference rate ${g} is ${r}`);
  });
  return areas.map(({ area, cases, population }) => {
    let observed = 0;
    let expected = 0;
    for (let g = 0; g < groups; g++) {
      observed += cases[g]!;
      expected += population[g]! * rates[g]!;
    }
    if (!(expected > 0)) throw new RangeError(`areaSirs: area ${area} has expected count ${expected}`);
    const { lower, upper } = poissonExactCi(observed, level);
    return {
      area,
      observed,
      expected,
      sir: observed / expected,
      lower: lower / expected,
      upper: upper / expected,
    };
  });
}

function internalRates(areas: readonly AreaAgeCounts[], groups: number): number[] {
  const cases = new Array<number>(groups).fill(0);
  const population = new Array<number>(groups).fill(0);
  for (const area of areas) {
    for (let g = 0; g < groups; g++) {
      cases[g] = cases[g]! + area.cases[g]!;
      population[g] = population[g]! + area.population[g]!;
    }
  }
  // A group nobody lives in contributes nothing to any area's E.
  return cases.map((c, g) => (population[g]! > 0 ? c / population[g]! : 0));
}
