/**
 * Crude rate N / P per person-year, N including events of unknown age (methods.md §1).
 *
 * @param events - all events of the group, a number ≥ 0.
 * @param population - person-years, > 0.
 * @returns the rate per person-year (× 10⁵ for per 100 000).
 * @throws RangeError when events < 0 or population ≤ 0.
 * @example crudeRate(25, 500_000) * 1e5 // 5
 */
export function crudeRate(events: number, population: number): number {
  if (!(events >= 0)) throw new RangeError(`crudeRate: events must be ≥ 0, got ${events}`);
  if (!(population > 0)) throw new RangeError(`crudeRate: population must be > 0, got ${population}`);
  return events / population;
}
