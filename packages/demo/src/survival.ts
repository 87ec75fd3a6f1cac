import type { LifeTableLookup } from './life-table';
import type { Random } from './random';
import type { SiteSpec } from './sites';

/** Stage groups the generator writes, in the order of `SiteSpec.stageMix` (the last is unknown). */
export const STAGES = ['I', 'II', 'III', 'IV'] as const;

// Log-odds shift of the cure fraction by stage I, II, III, IV, unknown: stage moves survival a lot
// (lung: ~70 % 5-year survival in stage I, < 10 % in stage IV); unknown stage sits at the average.
const STAGE_LOG_ODDS = [1.4, 0.5, -0.7, -2.4, 0] as const;

const DAYS_PER_YEAR = 365.25;

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Cure fraction by stage index (0…4, 4 = unknown) for a site. */
export function cureFractions(site: SiteSpec): number[] {
  const { fiveYear, uncuredRate } = site.survival;
  // Mixture cure model of relative survival: R(t) = π + (1 − π)·exp(−λt), so
  // π = (R5 − e^(−5λ)) / (1 − e^(−5λ)) reproduces the site's 5-year relative survival.
  const tail = Math.exp(-5 * uncuredRate);
  const pi = Math.min(0.995, Math.max(0.001, (fiveYear - tail) / (1 - tail)));
  const mix = site.stageMix ?? [0, 0, 0, 0, 1];
  const mixTotal = mix.reduce((s, w) => s + w, 0);
  const at = (offset: number) => STAGE_LOG_ODDS.map((b) => expit(Math.log(pi / (1 - pi)) + offset + b));
  const mean = (offset: number) => at(offset).reduce((s, p, k) => s + (p * mix[k]!) / mixTotal, 0);
  // Shift all stages together on the log-odds scale until the stage mix averages back to π.
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) < pi) lo = mid;
    else hi = mid;
  }
  return at((lo + hi) / 2);
}

const cureCache = new Map<string, number[]>();

/**
 * Days from diagnosis to death from the cancer, or Infinity for a cured patient. The excess hazard
 * follows a mixture cure model per site, shifted by stage (domain data in `sites.ts`).
 *
 * @param site - the site
 * @param stageIndex - 0…3 for I…IV, 4 unknown or not staged
 * @param random - generator
 */
export function cancerDeathDays(site: SiteSpec, stageIndex: number, random: Random): number {
  let cure = cureCache.get(site.key);
  if (!cure) {
    cure = cureFractions(site);
    cureCache.set(site.key, cure);
  }
  if (random.chance(cure[stageIndex]!)) return Number.POSITIVE_INFINITY;
  // Stage IV progresses faster, stage I slower, among those not cured.
  const speed = stageIndex === 3 ? 1.6 : stageIndex === 0 ? 0.6 : 1;
  return Math.floor(random.exponential(site.survival.uncuredRate * speed) * DAYS_PER_YEAR);
}

/**
 * Days from a start date to death from other causes, drawn from the life table (qx by calendar year,
 * sex and attained age, constant within each year of follow-up), or Infinity if the person outlives
 * `horizonDays`.
 *
 * @param lifeTable - qx lookup
 * @param sex - 1 or 2
 * @param ageYears - age at the start, completed years
 * @param year - calendar year at the start
 * @param horizonDays - stop after this many days
 * @param random - generator
 */
export function backgroundDeathDays(
  lifeTable: LifeTableLookup,
  sex: 1 | 2,
  ageYears: number,
  year: number,
  horizonDays: number,
  random: Random,
): number {
  for (let k = 0; k * DAYS_PER_YEAR < horizonDays; k++) {
    const q = lifeTable.qx(year + k, sex, ageYears + k);
    if (random.chance(q)) return Math.floor((k + random.next()) * DAYS_PER_YEAR);
  }
  return Number.POSITIVE_INFINITY;
}
