/** Events and person-years in one age group, with the standard population's weight for it. */
export interface Stratum {
  /** Events (cases or deaths) of known age in the group, a whole number ≥ 0. */
  readonly cases: number;
  /** Person-years at risk, ≥ 0; 0 only together with 0 cases (an empty stratum). */
  readonly population: number;
  /** Standard population Sᵢ (or weight wᵢ); only the ratios between strata matter. */
  readonly weight: number;
}

/** A rate per person-year with its confidence interval; scale to per 100 000 at the edge. */
export interface RateWithCi {
  readonly rate: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Checks strata the way methods.md §1 requires: cases ≥ 0, population ≥ 0, weight ≥ 0, and no
 * cases in a stratum without population (an input error, not a data condition).
 *
 * @param strata - the age strata.
 * @param caller - the calling function's name, for the message.
 * @throws RangeError naming the stratum and value.
 */
export function assertStrata(strata: readonly Stratum[], caller: string): void {
  if (strata.length === 0) throw new RangeError(`${caller}: no strata`);
  strata.forEach(({ cases, population, weight }, i) => {
    if (!(cases >= 0) || !Number.isFinite(cases)) {
      throw new RangeError(`${caller}: stratum ${i} has cases ${cases}; need a number ≥ 0`);
    }
    if (!(population >= 0) || !Number.isFinite(population)) {
      throw new RangeError(`${caller}: stratum ${i} has population ${population}; need a number ≥ 0`);
    }
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new RangeError(`${caller}: stratum ${i} has weight ${weight}; need a number ≥ 0`);
    }
    if (population === 0 && cases > 0) {
      throw new RangeError(`${caller}: stratum ${i} has ${cases} cases but population 0`);
    }
  });
}
