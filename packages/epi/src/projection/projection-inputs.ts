import { ageGroupIndex, ageGroupIndexOfLabel } from '@orca/codes';
import {
  type CsvRow,
  categoryReader,
  eventAgeYears,
  isIsoDate,
  isMalignantCategory,
  knownSex,
} from '../tables/event-fields';

/** An input row left out of a projection, with a stable snake_case reason. */
export interface ProjectionExclusion {
  readonly source: 'events' | 'population' | 'future_population';
  /** 0-based index of the row in its input array. */
  readonly row: number;
  readonly reason: string;
}

/**
 * population.csv rows pooled over regions into sex → year → 19 person-years, recording the
 * (region, year, sex) cells that exist so that events can be checked against them.
 *
 * @param rows - population.csv rows: region_code, year, sex, age_group, population.
 * @param source - name used in `excluded`.
 * @param excluded - receives unreadable rows.
 * @returns the pooled tables and the set of `region|year|sex` keys present.
 */
export function readPopulationRows(
  rows: readonly CsvRow[],
  source: 'population' | 'future_population',
  excluded: ProjectionExclusion[],
): { bySex: Map<1 | 2, Map<number, Float64Array>>; cells: Set<string> } {
  const bySex = new Map<1 | 2, Map<number, Float64Array>>([
    [1, new Map()],
    [2, new Map()],
  ]);
  const cells = new Set<string>();
  rows.forEach((row, index) => {
    const region = row.region_code?.trim() ?? '';
    const yearText = row.year?.trim() ?? '';
    const sex = knownSex(row.sex);
    const age = ageGroupIndexOfLabel(row.age_group ?? '');
    const value = Number(row.population);
    let reason: string | null = null;
    if (region === '') reason = 'region_missing';
    else if (!/^\d{4}$/.test(yearText)) reason = 'year_invalid';
    else if (sex === null) reason = 'sex_unknown';
    else if (age < 0) reason = 'age_group_invalid';
    else if (row.population?.trim() === '' || !(value >= 0) || !Number.isFinite(value))
      reason = 'population_invalid';
    if (reason !== null || sex === null) {
      excluded.push({ source, row: index, reason: reason ?? 'sex_unknown' });
      return;
    }
    const year = Number(yearText);
    const years = bySex.get(sex) as Map<number, Float64Array>;
    let ages = years.get(year);
    if (!ages) {
      ages = new Float64Array(19);
      years.set(year, ages);
    }
    ages[age] = (ages[age] as number) + value;
    cells.add(`${region}|${year}|${sex}`);
  });
  return { bySex, cells };
}

/** Which events to count, as in `orca stats rates`. */
export interface EventSelection {
  readonly dateField: 'diagnosis_date' | 'death_date';
  readonly siteField: string;
  /** 3-character ICD-10 categories to keep; null = all of C00–C97. */
  readonly sites: ReadonlySet<string> | null;
}

/**
 * Counts events by sex, year and age group. Left out, with the reason: sex 0/9 (`sex_unknown`), bad
 * date (`date_invalid`), no population cell for region/year/sex (`no_population`), non-ICD-10 code
 * (`icd10_invalid`), outside C00–C97 (`not_c00_c97`), not a selected site (`site_not_selected`), and
 * unknown age (`age_unknown`: an age-specific model cannot place it; the projection therefore
 * covers events of known age only).
 *
 * @param rows - cases.csv or deaths.csv rows.
 * @param cells - the `region|year|sex` keys of population.csv.
 * @param selection - date and site columns and the sites kept.
 * @param excluded - receives left-out rows.
 * @returns sex → year → 19 counts.
 */
export function countEvents(
  rows: readonly CsvRow[],
  cells: ReadonlySet<string>,
  selection: EventSelection,
  excluded: ProjectionExclusion[],
): Map<1 | 2, Map<number, Float64Array>> {
  const bySex = new Map<1 | 2, Map<number, Float64Array>>([
    [1, new Map()],
    [2, new Map()],
  ]);
  const readCategory = categoryReader();
  rows.forEach((row, index) => {
    const exclude = (reason: string): void => {
      excluded.push({ source: 'events', row: index, reason });
    };
    const sex = knownSex(row.sex);
    if (sex === null) {
      exclude('sex_unknown');
      return;
    }
    const date = row[selection.dateField]?.trim();
    if (!isIsoDate(date)) {
      exclude('date_invalid');
      return;
    }
    const year = Number(date.slice(0, 4));
    if (!cells.has(`${row.region_code?.trim() ?? ''}|${year}|${sex}`)) {
      exclude('no_population');
      return;
    }
    const category = readCategory(row[selection.siteField]);
    if (category === null) {
      exclude('icd10_invalid');
      return;
    }
    if (!isMalignantCategory(category)) {
      exclude('not_c00_c97');
      return;
    }
    if (selection.sites && !selection.sites.has(category)) {
      exclude('site_not_selected');
      return;
    }
    const age = eventAgeYears(row, date);
    if (age === null) {
      exclude('age_unknown');
      return;
    }
    const years = bySex.get(sex) as Map<number, Float64Array>;
    let counts = years.get(year);
    if (!counts) {
      counts = new Float64Array(19);
      years.set(year, counts);
    }
    const group = ageGroupIndex(age);
    counts[group] = (counts[group] as number) + 1;
  });
  return bySex;
}
