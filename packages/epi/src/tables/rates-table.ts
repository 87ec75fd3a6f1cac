import {
  ageGroupIndex,
  ageGroupIndexOfLabel,
  STANDARD_POPULATIONS,
  type StandardPopulationKey,
} from '@orca/codes';
import { cumulativeRate, cumulativeRisk } from '../rates/cumulative-rate';
import { directAsr } from '../rates/direct-asr';
import type { Stratum } from '../rates/stratum';
import { truncatedRate } from '../rates/truncated-rate';
import {
  type CsvRow,
  categoryReader,
  type ExcludedRow,
  eventAgeYears,
  isIsoDate,
  isMalignantCategory,
  knownSex,
  type SiteGroup,
  type SiteGroupOf,
} from './event-fields';

/** Grouping columns of `orca stats rates --by`. */
export type RatesBy = 'sex' | 'year' | 'icd10_3' | 'site' | 'region_code';

/** Input of {@link ratesTable}: data-contract rows as read from CSV, and the options of the CLI. */
export interface RatesTableInput {
  /** cases.csv or deaths.csv rows. */
  readonly events: readonly CsvRow[];
  /** population.csv rows: region_code, year, sex, age_group, population. */
  readonly population: readonly CsvRow[];
  /** Grouping columns, in output order; the others are pooled. Default none (one row). */
  readonly by?: readonly RatesBy[];
  /** Standard population for the ASR and the truncated rate, default `china2000`. */
  readonly standard?: StandardPopulationKey;
  /** Rate multiplier, default 100 000. */
  readonly per?: number;
  /** Event date column, default `diagnosis_date` (use `death_date` for mortality). */
  readonly dateField?: 'diagnosis_date' | 'death_date';
  /** ICD-10 column, default `icd10` for diagnosis_date and `cause_of_death` for death_date. */
  readonly siteField?: string;
  /** Site grouping for `by: site` (the codes package's `siteGroupOfIcd10`). */
  readonly siteGroupOf?: SiteGroupOf;
  /** Confidence level of the ASR interval, default 0.95. */
  readonly level?: number;
}

/** One output row: the grouping columns first, then the statistics (data contract). */
export interface RatesRow {
  readonly [column: string]: string | number | null;
  readonly cases: number;
  readonly population: number;
  readonly crude_rate: number;
  readonly asr: number;
  readonly asr_lci: number;
  readonly asr_uci: number;
  readonly cum_rate_0_74: number;
  readonly cum_risk_0_74: number;
  readonly trunc_rate_35_64: number;
}

/** Rows of the rates table and the input rows left out, each with its reason. */
export interface RatesTable {
  readonly rows: RatesRow[];
  readonly excluded: ExcludedRow[];
}

interface DemographicGroup {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
  readonly population: Float64Array;
}

interface Cell {
  readonly population: Float64Array;
  readonly group: DemographicGroup;
}

interface EventGroup {
  readonly demographic: DemographicGroup;
  readonly values: Readonly<Record<string, string | number>>;
  readonly counts: Float64Array;
  unknownAge: number;
}

const BY_COLUMNS: readonly RatesBy[] = ['sex', 'year', 'icd10_3', 'site', 'region_code'];

/**
 * The incidence or mortality rates table behind `orca stats rates` (methods.md §0–1).
 *
 * One pass over the events into per-group age counts (Float64Array(19) per group, a Map keyed by
 * group), then per group: crude rate N/P with unknown-age events included; the directly standardised
 * rate with the Fay–Feuer interval; cumulative rate and risk 0–74 (%); truncated rate 35–64 with the
 * chosen standard. Region, sex and year not in `by` are pooled by adding counts and person-years
 * first. Left out and reported in `excluded`: sex 0/9 or missing (`sex_unknown`), a missing or
 * invalid event date (`date_invalid`), no population row for the event's region, year and sex
 * (`no_population`), a code that is not ICD-10 (`icd10_invalid`) or not in C00–C97
 * (`not_c00_c97`), no site group (`site_unknown`), and an event in an age group whose population is 0
 * (`no_population_for_age_group`: cases without person-years are an input error, methods.md §1).
 * Population rows that cannot be read are reported too (source `population`).
 *
 * @param input - events, population and options.
 * @returns rows (grouping columns in `by` order, then cases … trunc_rate_35_64) and exclusions.
 * @throws RangeError for an unknown `by` column, `site` without `siteGroupOf`, or per ≤ 0.
 */
export function ratesTable(input: RatesTableInput): RatesTable {
  const by = input.by ?? [];
  for (const column of by) {
    if (!BY_COLUMNS.includes(column)) throw new RangeError(`ratesTable: cannot group by "${column}"`);
  }
  const siteGroupOf = input.siteGroupOf;
  if (by.includes('site') && !siteGroupOf) {
    throw new RangeError('ratesTable: grouping by site needs siteGroupOf');
  }
  const per = input.per ?? 100_000;
  if (!(per > 0)) throw new RangeError(`ratesTable: per must be > 0, got ${per}`);
  const standard = STANDARD_POPULATIONS[input.standard ?? 'china2000'];
  if (!standard) throw new RangeError(`ratesTable: unknown standard "${String(input.standard)}"`);
  const dateField = input.dateField ?? 'diagnosis_date';
  const siteField = input.siteField ?? (dateField === 'death_date' ? 'cause_of_death' : 'icd10');
  const excluded: ExcludedRow[] = [];

  const bySex = by.includes('sex');
  const byYear = by.includes('year');
  const byRegion = by.includes('region_code');
  const byCategory = by.includes('icd10_3');
  const bySite = by.includes('site');

  // Population: (region, year, sex) cells, each pointing at its pooled demographic group.
  const cells = new Map<string, Cell>();
  const demographics = new Map<string, DemographicGroup>();
  input.population.forEach((row, index) => {
    const region = row.region_code?.trim() ?? '';
    const year = row.year?.trim() ?? '';
    const sex = knownSex(row.sex);
    const ageIndex = ageGroupIndexOfLabel(row.age_group ?? '');
    const count = Number(row.population);
    let reason: string | null = null;
    if (region === '') reason = 'region_missing';
    else if (!/^\d{4}$/.test(year)) reason = 'year_invalid';
    else if (sex === null) reason = 'sex_unknown';
    else if (ageIndex < 0) reason = 'age_group_invalid';
    else if (row.population?.trim() === '' || !(count >= 0) || !Number.isFinite(count))
      reason = 'population_invalid';
    if (reason !== null || sex === null) {
      excluded.push({ source: 'population', row: index, reason: reason ?? 'sex_unknown' });
      return;
    }
    const cellKey = `${region}|${year}|${sex}`;
    let cell = cells.get(cellKey);
    if (!cell) {
      const values: Record<string, string | number> = {};
      if (bySex) values.sex = sex;
      if (byYear) values.year = Number(year);
      if (byRegion) values.region_code = region;
      const key = `${bySex ? sex : ''}|${byYear ? year : ''}|${byRegion ? region : ''}`;
      let group = demographics.get(key);
      if (!group) {
        group = { key, values, population: new Float64Array(19) };
        demographics.set(key, group);
      }
      cell = { population: new Float64Array(19), group };
      cells.set(cellKey, cell);
    }
    cell.population[ageIndex] = (cell.population[ageIndex] ?? 0) + count;
    cell.group.population[ageIndex] = (cell.group.population[ageIndex] ?? 0) + count;
  });

  // Events: one pass.
  const readCategory = categoryReader();
  const siteCache = new Map<string, SiteGroup | null>();
  const groups = new Map<string, EventGroup>();
  const events = input.events;
  for (let index = 0; index < events.length; index++) {
    const row = events[index] as CsvRow;
    const sex = knownSex(row.sex);
    if (sex === null) {
      excluded.push({ source: 'events', row: index, reason: 'sex_unknown' });
      continue;
    }
    const date = row[dateField]?.trim();
    if (!isIsoDate(date)) {
      excluded.push({ source: 'events', row: index, reason: 'date_invalid' });
      continue;
    }
    const cell = cells.get(`${row.region_code?.trim() ?? ''}|${date.slice(0, 4)}|${sex}`);
    if (!cell) {
      excluded.push({ source: 'events', row: index, reason: 'no_population' });
      continue;
    }
    const category = readCategory(row[siteField]);
    if (category === null) {
      excluded.push({ source: 'events', row: index, reason: 'icd10_invalid' });
      continue;
    }
    if (!isMalignantCategory(category)) {
      excluded.push({ source: 'events', row: index, reason: 'not_c00_c97' });
      continue;
    }
    let site: SiteGroup | null = null;
    if (bySite && siteGroupOf) {
      site = siteCache.get(category) ?? null;
      if (!siteCache.has(category)) {
        site = siteGroupOf(category);
        siteCache.set(category, site);
      }
      if (site === null) {
        excluded.push({ source: 'events', row: index, reason: 'site_unknown' });
        continue;
      }
    }
    const age = eventAgeYears(row, date);
    const ageIndex = age === null ? -1 : ageGroupIndex(age);
    if (ageIndex >= 0 && !((cell.population[ageIndex] ?? 0) > 0)) {
      excluded.push({ source: 'events', row: index, reason: 'no_population_for_age_group' });
      continue;
    }
    const demographic = cell.group;
    const key = `${demographic.key}|${byCategory ? category : ''}|${site ? site.id : ''}`;
    let group = groups.get(key);
    if (!group) {
      const values: Record<string, string | number> = {};
      if (byCategory) values.icd10_3 = category;
      if (site) {
        values.site = site.id;
        values.site_name = site.zh;
      }
      group = { demographic, values, counts: new Float64Array(19), unknownAge: 0 };
      groups.set(key, group);
    }
    if (ageIndex < 0) group.unknownAge++;
    else group.counts[ageIndex] = (group.counts[ageIndex] ?? 0) + 1;
  }

  // Without an event dimension every population group gets a row, with 0 cases if need be.
  if (!byCategory && !bySite) {
    for (const demographic of demographics.values()) {
      const key = `${demographic.key}||`;
      if (!groups.has(key)) {
        groups.set(key, { demographic, values: {}, counts: new Float64Array(19), unknownAge: 0 });
      }
    }
  }

  const weights = standard.population;
  const rows: RatesRow[] = [];
  for (const group of groups.values()) {
    const pops = group.demographic.population;
    let population = 0;
    let known = 0;
    const strata: Stratum[] = [];
    const rates: number[] = [];
    for (let i = 0; i < 19; i++) {
      const p = pops[i] ?? 0;
      const c = group.counts[i] ?? 0;
      population += p;
      known += c;
      strata.push({ cases: c, population: p, weight: weights[i] ?? 0 });
      rates.push(p > 0 ? c / p : 0);
    }
    if (!(population > 0)) continue;
    const cases = known + group.unknownAge;
    const asr = directAsr(strata, { level: input.level ?? 0.95 });
    const cum = cumulativeRate(rates, '0-74');
    const columns: Record<string, string | number | null> = {};
    const values = { ...group.demographic.values, ...group.values };
    for (const column of by) {
      columns[column] = values[column] ?? null;
      if (column === 'site') columns.site_name = values.site_name ?? null;
    }
    rows.push({
      ...columns,
      cases,
      population,
      crude_rate: (cases / population) * per,
      asr: asr.rate * per,
      asr_lci: asr.lower * per,
      asr_uci: asr.upper * per,
      cum_rate_0_74: cum,
      cum_risk_0_74: cumulativeRisk(cum),
      trunc_rate_35_64: truncatedRate(rates, weights) * per,
    });
  }
  rows.sort((a, b) => compareRows(a, b, by));
  return { rows, excluded };
}

function compareRows(a: RatesRow, b: RatesRow, by: readonly string[]): number {
  for (const column of by) {
    const x = a[column];
    const y = b[column];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
