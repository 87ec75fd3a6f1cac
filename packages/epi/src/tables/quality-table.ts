import {
  type CsvRow,
  categoryReader,
  type ExcludedRow,
  eventAgeYears,
  isIsoDate,
  isMalignantCategory,
  type SiteGroup,
  type SiteGroupOf,
} from './event-fields';

/** Grouping columns of `orca stats quality --by`. */
export type QualityBy = 'region_code' | 'sex' | 'year' | 'icd10_3' | 'site';

/** Input of {@link qualityTable}. */
export interface QualityTableInput {
  /** cases.csv rows. */
  readonly cases: readonly CsvRow[];
  /** deaths.csv rows, for M/I; without them deaths and mi_ratio are null. */
  readonly deaths?: readonly CsvRow[];
  /** Grouping columns in output order; default none (ALL = C00–C97, pooled). */
  readonly by?: readonly QualityBy[];
  /** Site grouping for `by: site` (the codes package's `siteGroupOfIcd10`). */
  readonly siteGroupOf?: SiteGroupOf;
}

/** One output row: grouping columns, then the indices (data contract + two extra percentages). */
export interface QualityRow {
  readonly [column: string]: string | number | null;
  readonly cases: number;
  readonly mv_pct: number | null;
  readonly dco_pct: number | null;
  readonly ub_pct: number | null;
  readonly ill_defined_pct: number | null;
  readonly unknown_age_pct: number | null;
  readonly deaths: number | null;
  readonly mi_ratio: number | null;
}

/** Rows of the quality table and the input rows left out, with reasons. */
export interface QualityTable {
  readonly rows: QualityRow[];
  readonly excluded: ExcludedRow[];
}

interface Tally {
  readonly values: Record<string, string | number>;
  cases: number;
  mv: number;
  dco: number;
  unknownBasis: number;
  illDefined: number;
  unknownAge: number;
  deaths: number;
}

// 部位不明 ill-defined and unknown primary sites (methods.md §2).
const ILL_DEFINED = new Set(['C26', 'C39', 'C48', 'C76', 'C80']);

/**
 * Registry quality indices behind `orca stats quality` (methods.md §2): per group, MV% (basis 5, 6,
 * 7), DCO% (basis 0), UB% (basis 9 or missing), ill-defined sites %, unknown age %, and
 * M/I = deaths / cases with deaths counted from deaths.csv by region, sex, calendar year of death and
 * 3-character underlying cause (ALL: C00–C97) — two independent counts, not linked. Deaths in years
 * without cases are ignored. The Chinese card's basis 3 and 8 count as 2 and 7 (data contract).
 * A group with no cases has null percentages and M/I. Cases and deaths outside C00–C97, or without a
 * valid date when grouping by year, are reported in `excluded`.
 *
 * @param input - cases, optional deaths, grouping.
 * @returns rows sorted by the grouping columns, and exclusions.
 * @throws RangeError for an unknown `by` column or `site` without `siteGroupOf`.
 */
export function qualityTable(input: QualityTableInput): QualityTable {
  const by = input.by ?? [];
  for (const column of by) {
    if (!['region_code', 'sex', 'year', 'icd10_3', 'site'].includes(column)) {
      throw new RangeError(`qualityTable: cannot group by "${column}"`);
    }
  }
  if (by.includes('site') && !input.siteGroupOf)
    throw new RangeError('qualityTable: grouping by site needs siteGroupOf');
  const excluded: ExcludedRow[] = [];
  const readCategory = categoryReader();
  const siteCache = new Map<string, SiteGroup | null>();
  const siteOf = (category: string): SiteGroup | null => {
    if (!siteCache.has(category)) siteCache.set(category, input.siteGroupOf?.(category) ?? null);
    return siteCache.get(category) ?? null;
  };
  const tallies = new Map<string, Tally>();
  const caseYears = new Set<string>();

  // Returns the group key and values of a row, or a reason to leave it out.
  const groupOf = (
    row: CsvRow,
    dateField: string,
    codeField: string,
  ):
    | { key: string; values: Record<string, string | number>; category: string; date: string | null }
    | string => {
    const category = readCategory(row[codeField]);
    if (category === null) return 'icd10_invalid';
    if (!isMalignantCategory(category)) return 'not_c00_c97';
    const dateText = row[dateField]?.trim();
    const date = isIsoDate(dateText) ? dateText : null;
    const values: Record<string, string | number> = {};
    const parts: string[] = [];
    for (const column of by) {
      let value: string | number;
      if (column === 'year') {
        if (date === null) return 'date_invalid';
        value = Number(date.slice(0, 4));
      } else if (column === 'sex') {
        const sex = row.sex?.trim() ?? '';
        value = /^\d$/.test(sex) ? Number(sex) : sex;
      } else if (column === 'region_code') {
        value = row.region_code?.trim() ?? '';
      } else if (column === 'icd10_3') {
        value = category;
      } else {
        const site = siteOf(category);
        if (site === null) return 'site_unknown';
        value = site.id;
        values.site_name = site.zh;
      }
      values[column] = value;
      parts.push(String(value));
    }
    return { key: parts.join('|'), values, category, date };
  };

  input.cases.forEach((row, index) => {
    const group = groupOf(row, 'diagnosis_date', 'icd10');
    if (typeof group === 'string') {
      excluded.push({ source: 'cases', row: index, reason: group });
      return;
    }
    if (group.date !== null) caseYears.add(group.date.slice(0, 4));
    const tally = tallyOf(tallies, group.key, group.values);
    tally.cases++;
    const basis = normaliseBasis(row.basis);
    if (basis === 5 || basis === 6 || basis === 7) tally.mv++;
    else if (basis === 0) tally.dco++;
    else if (basis === 9 || basis === null) tally.unknownBasis++;
    if (ILL_DEFINED.has(group.category)) tally.illDefined++;
    if (group.date === null || eventAgeYears(row, group.date) === null) tally.unknownAge++;
  });

  const deaths = input.deaths;
  if (deaths) {
    deaths.forEach((row, index) => {
      const date = row.death_date?.trim();
      if (!isIsoDate(date)) {
        excluded.push({ source: 'deaths', row: index, reason: 'date_invalid' });
        return;
      }
      if (!caseYears.has(date.slice(0, 4))) return; // years outside the cases' years are ignored
      const group = groupOf(row, 'death_date', 'cause_of_death');
      if (typeof group === 'string') {
        excluded.push({ source: 'deaths', row: index, reason: group });
        return;
      }
      tallyOf(tallies, group.key, group.values).deaths++;
    });
  }

  const pct = (n: number, d: number) => (d > 0 ? (100 * n) / d : null);
  const rows: QualityRow[] = [];
  for (const t of tallies.values()) {
    const columns: Record<string, string | number | null> = {};
    for (const column of by) {
      columns[column] = t.values[column] ?? null;
      if (column === 'site') columns.site_name = t.values.site_name ?? null;
    }
    rows.push({
      ...columns,
      cases: t.cases,
      mv_pct: pct(t.mv, t.cases),
      dco_pct: pct(t.dco, t.cases),
      ub_pct: pct(t.unknownBasis, t.cases),
      ill_defined_pct: pct(t.illDefined, t.cases),
      unknown_age_pct: pct(t.unknownAge, t.cases),
      deaths: deaths ? t.deaths : null,
      mi_ratio: deaths && t.cases > 0 ? t.deaths / t.cases : null,
    });
  }
  rows.sort((a, b) => {
    for (const column of by) {
      const x = a[column];
      const y = b[column];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
  return { rows, excluded };
}

function tallyOf(tallies: Map<string, Tally>, key: string, values: Record<string, string | number>): Tally {
  let tally = tallies.get(key);
  if (!tally) {
    tally = { values, cases: 0, mv: 0, dco: 0, unknownBasis: 0, illDefined: 0, unknownAge: 0, deaths: 0 };
    tallies.set(key, tally);
  }
  return tally;
}

/** IARC basis code; the Chinese card's 3 and 8 become 2 and 7 (data contract); null when missing. */
function normaliseBasis(text: string | undefined): number | null {
  const t = text?.trim();
  if (!t) return null;
  if (!/^\d$/.test(t)) return 9;
  const code = Number(t);
  return code === 3 ? 2 : code === 8 ? 7 : code;
}
