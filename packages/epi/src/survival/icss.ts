import type { SurvivalPoint } from './survival-at';
import { Z_95 } from './survival-curve';

/** The three International Cancer Survival Standards (Corazziari, Quinn, Capocaccia 2004). */
export type IcssStandard = 'icss1' | 'icss2' | 'icss3';

/** ICSS age groups at diagnosis, in completed years; patients under 15 are outside the standard. */
export const ICSS_AGE_GROUPS = ['15-44', '45-54', '55-64', '65-74', '75+'] as const;

/**
 * ICSS weights per age group (sum 1). 1: incidence rising with age (most sites); 2: broadly constant
 * with age (e.g. nasopharynx, melanoma, cervix, thyroid, brain, bone, soft tissue); 3: mainly young
 * adults (testis, Hodgkin lymphoma, acute lymphatic leukaemia). Corazziari I, Quinn M, Capocaccia R.
 * Eur J Cancer 2004;40:2307–2316, table 1; as SEER's "Standard populations for survival".
 */
export const ICSS_WEIGHTS: Readonly<Record<IcssStandard, readonly number[]>> = {
  icss1: [0.07, 0.12, 0.23, 0.29, 0.29],
  icss2: [0.28, 0.17, 0.21, 0.2, 0.14],
  icss3: [0.6, 0.1, 0.1, 0.1, 0.1],
};

/**
 * Index of the ICSS age group of an age at diagnosis.
 *
 * @param ageYears - completed years at diagnosis.
 * @returns 0…4, or null under 15.
 */
export function icssAgeGroupIndex(ageYears: number): number | null {
  if (ageYears < 15) return null;
  if (ageYears < 45) return 0;
  if (ageYears >= 75) return 4;
  return 1 + Math.floor((ageYears - 45) / 10);
}

/** An age-standardised survival value with its 95 % interval; nulls where not estimable. */
export interface StandardisedSurvival {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * Age-standardised survival Σ wₖ Sₖ(t) with Var = Σ wₖ² Var(Sₖ(t)) (Corazziari et al. 2004). The
 * interval uses the method's own transform through the delta method: log-log for observed survival
 * (σ = SE/(S·|ln S|)), log for relative and net survival (σ = SE/S). Not estimable (null) when any
 * age group has no estimate at t, e.g. an empty group or t beyond its follow-up; age groups are never
 * merged or re-weighted silently.
 *
 * @param points - the five age groups' values at one time, in {@link ICSS_AGE_GROUPS} order.
 * @param standard - which ICSS.
 * @param interval - 'log-log' (observed) or 'log' (Ederer II, Pohar Perme).
 * @returns the standardised value.
 * @throws RangeError unless exactly five points are given.
 */
export function ageStandardisedSurvival(
  points: readonly (SurvivalPoint | null)[],
  standard: IcssStandard,
  interval: 'log' | 'log-log',
): StandardisedSurvival {
  const weights = ICSS_WEIGHTS[standard];
  if (points.length !== weights.length)
    throw new RangeError(`expected ${weights.length} age groups, got ${points.length}`);
  let estimate = 0;
  let variance = 0;
  for (const [k, point] of points.entries()) {
    if (!point || point.estimate === null) return { estimate: null, lower: null, upper: null };
    const weight = weights[k]!;
    estimate += weight * point.estimate;
    if (point.estimateVariance === null) variance = Number.NaN;
    else variance += weight * weight * point.estimateVariance;
  }
  const se = Math.sqrt(variance);
  if (!(se > 0) || !(estimate > 0)) return { estimate, lower: null, upper: null };
  if (interval === 'log') {
    return {
      estimate,
      lower: estimate * Math.exp((-Z_95 * se) / estimate),
      upper: estimate * Math.exp((Z_95 * se) / estimate),
    };
  }
  if (!(estimate < 1)) return { estimate, lower: null, upper: null };
  const sigma = se / (estimate * Math.abs(Math.log(estimate)));
  const logMinusLog = Math.log(-Math.log(estimate));
  const a = Math.exp(-Math.exp(logMinusLog + Z_95 * sigma));
  const b = Math.exp(-Math.exp(logMinusLog - Z_95 * sigma));
  return { estimate, lower: Math.min(a, b), upper: Math.max(a, b) };
}
