import type { Count, QualityRow, QualityThresholds, TrafficLight } from '@orca/contract';

// Pure: counts in, indices out. SQL does the counting (quality.queries.ts); this file does the
// arithmetic of methods.md §2 and the traffic lights, so both can be checked by hand.

/**
 * Built-in thresholds (domain guide §2.11): MV > 66 %, DCO < 15 %, M/I 0.6–0.8 for all sites, the
 * criteria of the 2011 national chronic-disease work specification for demonstration areas.
 */
export const DEFAULT_THRESHOLDS: QualityThresholds = {
  regionCode: null,
  mvMinPct: 66,
  dcoMaxPct: 15,
  miMin: 0.6,
  miMax: 0.8,
  source:
    '2011 全国慢性病综合防控示范区工作指导方案 (secondary source; domain guide §2.11 [P]); NCC 2016 guideline bands not retrieved',
};

/** Counts of one group, as aggregated in SQL. */
export interface QualityTally {
  cases: number;
  /** Basis 5, 6 or 7 (the card's 8 is stored as 7). */
  mv: number;
  /** Basis 0. */
  dco: number;
  /** Basis 9 or missing. */
  unknownBasis: number;
  /** ICD-10 category C26, C39, C48, C76 or C80. */
  illDefined: number;
  /** No birth date, or a birth date after diagnosis (methods.md §0). */
  unknownAge: number;
  /** Deaths of the same region, year and site, or null where deaths do not apply (hospitals). */
  deaths: number | null;
  /** Days from diagnosis to report → number of cases (only delays ≥ 0). */
  delays: Map<number, number>;
}

/** An empty tally; `withDeaths` false for groupings that have no deaths (hospital). */
export function emptyTally(withDeaths: boolean): QualityTally {
  return {
    cases: 0,
    mv: 0,
    dco: 0,
    unknownBasis: 0,
    illDefined: 0,
    unknownAge: 0,
    deaths: withDeaths ? 0 : null,
    delays: new Map(),
  };
}

/** Adds `from` into `into` (pooling groups: add counts first, then compute — methods.md §0). */
export function addTally(into: QualityTally, from: QualityTally): void {
  into.cases += from.cases;
  into.mv += from.mv;
  into.dco += from.dco;
  into.unknownBasis += from.unknownBasis;
  into.illDefined += from.illDefined;
  into.unknownAge += from.unknownAge;
  if (into.deaths !== null && from.deaths !== null) into.deaths += from.deaths;
  for (const [days, n] of from.delays) into.delays.set(days, (into.delays.get(days) ?? 0) + n);
}

/**
 * Median and share within 90 days of diagnosis-to-report delays, from a histogram. The median of an
 * even count is the mean of the two middle values (R `median()`, SQL `percentile_cont(0.5)`); 90 days
 * is the usual hospital reporting deadline for a new case (within 3 months of diagnosis).
 *
 * @param delays - days → number of cases.
 * @returns median days and percentage within 90 days (≤ 90), null when no case was timed.
 */
export function timeliness(delays: ReadonlyMap<number, number>): {
  medianDays: number | null;
  within90Pct: number | null;
  timed: number;
} {
  const sorted = [...delays.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const timed = sorted.reduce((s, [, n]) => s + n, 0);
  if (timed === 0) return { medianDays: null, within90Pct: null, timed: 0 };
  const at = (rank: number): number => {
    // rank is 0-based in the sorted expansion of the histogram
    let seen = 0;
    for (const [days, n] of sorted) {
      seen += n;
      if (rank < seen) return days;
    }
    return sorted[sorted.length - 1]![0];
  };
  const medianDays = timed % 2 === 1 ? at((timed - 1) / 2) : (at(timed / 2 - 1) + at(timed / 2)) / 2;
  const within = sorted.filter(([d]) => d <= 90).reduce((s, [, n]) => s + n, 0);
  return { medianDays, within90Pct: (100 * within) / timed, timed };
}

// A light turns amber, not red, when the index misses its bound by less than a tenth of the bound:
// a registry just outside the band is flagged for review, not condemned (domain guide §2.11: flag,
// do not exclude).
const AMBER_MARGIN = 0.1;

/**
 * Traffic light for a lower bound (MV%: green above it).
 *
 * @param value - the index, null when undefined.
 * @param min - the bound.
 * @returns green above, amber within 10 % of the bound below it, red further below, none for null.
 */
export function lightAbove(value: number | null, min: number): TrafficLight {
  if (value === null) return 'none';
  if (value > min) return 'green';
  return value >= min * (1 - AMBER_MARGIN) ? 'amber' : 'red';
}

/**
 * Traffic light for an upper bound (DCO%: green below it).
 *
 * @returns green below, amber within 10 % of the bound above it, red further, none for null.
 */
export function lightBelow(value: number | null, max: number): TrafficLight {
  if (value === null) return 'none';
  if (value < max) return 'green';
  return value <= max * (1 + AMBER_MARGIN) ? 'amber' : 'red';
}

/**
 * Traffic light for a band (M/I: green inside [min, max]).
 *
 * @returns green inside, amber within 10 % outside either bound, red further, none for null.
 */
export function lightBetween(value: number | null, min: number, max: number): TrafficLight {
  if (value === null) return 'none';
  if (value >= min && value <= max) return 'green';
  return value >= min * (1 - AMBER_MARGIN) && value <= max * (1 + AMBER_MARGIN) ? 'amber' : 'red';
}

/** Cells under this many cases are hidden from officials (the registry's small-cell rule). */
export const SMALL_CELL = 5;

function count(value: number, suppress: boolean): Count {
  return suppress && value > 0 && value < SMALL_CELL
    ? { value: null, suppressed: true }
    : { value, suppressed: false };
}

/**
 * One row of the quality table (methods.md §2): MV%, DCO%, UB%, ill-defined %, unknown age %, M/I,
 * timeliness and the traffic lights. For a caller who sees aggregates only, a group under 5 cases
 * shows nothing (every percentage of a 1–4 case cell discloses the cases), and M/I is hidden when its
 * deaths are 1–4.
 *
 * @param key - group key; label - its display name.
 * @param tally - the group's counts.
 * @param thresholds - the bounds in force.
 * @param suppressSmallCells - true for officials.
 * @returns the API row.
 */
export function qualityRowOf(
  key: string,
  label: string,
  tally: QualityTally,
  thresholds: QualityThresholds,
  suppressSmallCells: boolean,
): QualityRow {
  const cases = count(tally.cases, suppressSmallCells);
  const hidden = cases.suppressed;
  const pct = (n: number) => (hidden || tally.cases === 0 ? null : (100 * n) / tally.cases);
  const deaths = tally.deaths === null ? null : count(tally.deaths, suppressSmallCells);
  const miRatio =
    hidden || tally.cases === 0 || deaths === null || deaths.suppressed || tally.deaths === null
      ? null
      : tally.deaths / tally.cases;
  const time = hidden ? { medianDays: null, within90Pct: null, timed: 0 } : timeliness(tally.delays);
  const mvPct = pct(tally.mv);
  const dcoPct = pct(tally.dco);
  return {
    key,
    label,
    cases,
    mvPct,
    dcoPct,
    ubPct: pct(tally.unknownBasis),
    illDefinedPct: pct(tally.illDefined),
    unknownAgePct: pct(tally.unknownAge),
    deaths,
    miRatio,
    timelinessMedianDays: time.medianDays,
    timelinessWithin90Pct: time.within90Pct,
    timedCases: time.timed,
    lights: {
      mv: lightAbove(mvPct, thresholds.mvMinPct),
      dco: lightBelow(dcoPct, thresholds.dcoMaxPct),
      mi: lightBetween(miRatio, thresholds.miMin, thresholds.miMax),
    },
  };
}
