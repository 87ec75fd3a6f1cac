import { STANDARD_POPULATIONS, type StandardPopulationKey } from '@orca/codes';
import { cumulativeRate, cumulativeRisk, directAsr, type Stratum, truncatedRate } from '@orca/epi';
import type { CountCell, PopulationCell } from './analytics.queries';

const PER = 100_000;

/** Age-specific events of one group: 19 known-age counts and the unknown-age count. */
export interface AgeCounts {
  readonly counts: Float64Array;
  unknownAge: number;
}

/** The statistics of one group, as `ratesTable` computes them (per 100 000; cumulative in %). */
export interface GroupRates {
  readonly cases: number;
  readonly population: number;
  readonly crudeRate: number;
  readonly asr: number;
  readonly asrLower: number;
  readonly asrUpper: number;
  readonly cumRate074: number;
  readonly cumRisk074: number;
  readonly truncRate3564: number;
  /** Per 100 000, 0 where the group has no person-years. */
  readonly ageSpecific: number[];
}

/** Cube rows → events per key: 19 age counts and the unknown-age count. */
export function countsByKey(cells: readonly CountCell[]): Map<string, AgeCounts> {
  const out = new Map<string, AgeCounts>();
  for (const { key, ageGroup, cases } of cells) {
    let entry = out.get(key);
    if (!entry) {
      entry = { counts: new Float64Array(19), unknownAge: 0 };
      out.set(key, entry);
    }
    if (ageGroup < 0) entry.unknownAge += cases;
    else entry.counts[ageGroup] = (entry.counts[ageGroup] ?? 0) + cases;
  }
  return out;
}

/** Population rows → person-years per key, 19 age groups. */
export function populationByKey(cells: readonly PopulationCell[]): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const { key, ageGroup, population } of cells) {
    let entry = out.get(key);
    if (!entry) {
      entry = new Float64Array(19);
      out.set(key, entry);
    }
    entry[ageGroup] = (entry[ageGroup] ?? 0) + Number(population);
  }
  return out;
}

/**
 * The statistics of one group from its age-specific counts and person-years — the per-group step of
 * `ratesTable` in @orca/epi (methods.md §1): crude rate with unknown-age events, the direct ASR with
 * the Fay–Feuer interval, cumulative rate and risk 0–74, truncated rate 35–64 with the chosen standard.
 *
 * @param events - counts by age group and unknown-age events (null = none).
 * @param population - person-years by age group.
 * @param standard - standard population key.
 * @returns the statistics, or null when the group has no person-years.
 */
export function groupRates(
  events: AgeCounts | undefined,
  population: Float64Array | undefined,
  standard: StandardPopulationKey,
): GroupRates | null {
  if (!population) return null;
  const weights = STANDARD_POPULATIONS[standard].population;
  let total = 0;
  let known = 0;
  const strata: Stratum[] = [];
  const rates: number[] = [];
  for (let i = 0; i < 19; i++) {
    const p = population[i] ?? 0;
    const c = events?.counts[i] ?? 0;
    total += p;
    known += c;
    strata.push({ cases: c, population: p, weight: weights[i] ?? 0 });
    rates.push(p > 0 ? c / p : 0);
  }
  if (!(total > 0)) return null;
  const cases = known + (events?.unknownAge ?? 0);
  const asr = directAsr(strata);
  const cum = cumulativeRate(rates, '0-74');
  return {
    cases,
    population: total,
    crudeRate: (cases / total) * PER,
    asr: asr.rate * PER,
    asrLower: asr.lower * PER,
    asrUpper: asr.upper * PER,
    cumRate074: cum,
    cumRisk074: cumulativeRisk(cum),
    truncRate3564: truncatedRate(rates, weights) * PER,
    ageSpecific: rates.map((r) => r * PER),
  };
}
