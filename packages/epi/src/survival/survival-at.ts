import { DAYS_PER_YEAR } from './life-table';
import type { SurvivalCurve } from './survival-curve';

/** A survival curve read at one time; null where not estimable. */
export interface SurvivalPoint {
  timeYears: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /**
   * Var(S(t)) = S²σ², for age standardisation: 0 before t₁ and where Kaplan–Meier reached 0 (the limit
   * of S²σ²), null where the estimate is null.
   */
  estimateVariance: number | null;
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/**
 * Read a curve at times given in years of 365.241 days (methods.md §3.6): the value at the largest
 * tⱼ ≤ t* (right-continuous step over all distinct times); before t₁ estimate 1 with a null interval;
 * beyond the last time t_m not estimable (null), never the last value carried forward.
 *
 * @param curve - from `kaplanMeier`, `ederer2` or `poharPerme`.
 * @param timesYears - e.g. [1, 3, 5].
 * @returns one point per requested time, in the same order.
 * @example survivalAt(kaplanMeier(cohort), [1, 3, 5])
 */
export function survivalAt(curve: SurvivalCurve, timesYears: readonly number[]): SurvivalPoint[] {
  const { time } = curve;
  const last = time.length > 0 ? time[time.length - 1]! : Number.NEGATIVE_INFINITY;
  return timesYears.map((timeYears) => {
    const t = timeYears * DAYS_PER_YEAR;
    if (t > last) return { timeYears, estimate: null, lower: null, upper: null, estimateVariance: null };
    // Largest j with tⱼ ≤ t (upper bound − 1).
    let low = 0;
    let high = time.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (time[middle]! <= t) low = middle + 1;
      else high = middle;
    }
    const j = low - 1;
    if (j < 0) return { timeYears, estimate: 1, lower: null, upper: null, estimateVariance: 0 };
    const estimate = curve.estimate[j]!;
    const lower = orNull(curve.lower[j]!);
    const variance = curve.variance[j]!;
    return {
      timeYears,
      estimate,
      lower,
      upper: orNull(curve.upper[j]!),
      estimateVariance: estimate === 0 ? 0 : estimate * estimate * variance,
    };
  });
}
