import { poissonExactCi } from '../distributions/poisson-exact-ci';

/** Person-years of the study population and the reference rate in one age group. */
export interface IndirectStratum {
  readonly population: number;
  /** Reference (standard) rate per person-year in this group. */
  readonly referenceRate: number;
}

/** Standardised incidence (or mortality) ratio with its exact interval. */
export interface StandardisedRatio {
  readonly observed: number;
  readonly expected: number;
  /** O / E (SIR or SMR); multiply by 100 for the percentage form. */
  readonly ratio: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Indirect standardisation: SIR / SMR = O / E with E = Σ pᵢ·Rᵢ, and the exact Poisson (Garwood)
 * interval for O divided by E (E treated as fixed). Breslow NE, Day NE, Statistical Methods in Cancer
 * Research vol. II, IARC 1987, §2.3; agrees with R `poisson.test(O, E)`.
 *
 * @param observed - observed events, a whole number ≥ 0.
 * @param strata - study person-years and reference rate per age group.
 * @param level - confidence level, default 0.95.
 * @returns observed, expected, ratio and interval.
 * @throws RangeError when observed is not a whole number ≥ 0 or the expected count is not > 0.
 * @example indirectStandardisation(12, [{ population: 10_000, referenceRate: 8e-4 }]).ratio // 1.5
 */
export function indirectStandardisation(
  observed: number,
  strata: readonly IndirectStratum[],
  level = 0.95,
): StandardisedRatio {
  let expected = 0;
  strata.forEach(({ population, referenceRate }, i) => {
    if (!(population >= 0) || !(referenceRate >= 0)) {
      throw new RangeError(
        `indirectStandardisation: stratum ${i} has population ${population}, reference rate ${referenceRate}`,
      );
    }
    expected += population * referenceRate;
  });
  if (!(expected > 0))
    throw new RangeError(`indirectStandardisation: expected count must be > 0, got ${expected}`);
  const { lower, upper } = poissonExactCi(observed, level);
  return { observed, expected, ratio: observed / expected, lower: lower / expected, upper: upper / expected };
}
