/** Events and person-years in one age group. */
export interface AgeCount {
  readonly cases: number;
  readonly population: number;
}

/**
 * Age-specific rates rᵢ = cᵢ / pᵢ per person-year (methods.md §1). An empty group (pᵢ = 0, cᵢ = 0)
 * has rate 0, as it contributes 0 to every sum; cases without population are an input error.
 *
 * @param groups - cases and person-years per age group.
 * @returns one rate per group, per person-year.
 * @throws RangeError for negative counts or cases in a group with population 0.
 * @example ageSpecificRates([{ cases: 3, population: 1000 }]) // [0.003]
 */
export function ageSpecificRates(groups: readonly AgeCount[]): number[] {
  return groups.map(({ cases, population }, i) => {
    if (!(cases >= 0) || !(population >= 0)) {
      throw new RangeError(`ageSpecificRates: group ${i} has cases ${cases}, population ${population}`);
    }
    if (population === 0) {
      if (cases > 0) throw new RangeError(`ageSpecificRates: group ${i} has ${cases} cases but population 0`);
      return 0;
    }
    return cases / population;
  });
}
