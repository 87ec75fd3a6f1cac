import {
  buildSurvivalCohort,
  type CaseRecord,
  type CohortSubject,
  type SurvivalCohort,
  type SurvivalPeriod,
} from './cohort';
import { ederer2 } from './ederer2';
import { ageStandardisedSurvival, ICSS_AGE_GROUPS, type IcssStandard, icssAgeGroupIndex } from './icss';
import { kaplanMeier } from './kaplan-meier';
import { buildLifeTable, type LifeTable, type LifeTableRow, parseLifeTableRecords } from './life-table';
import { poharPerme } from './pohar-perme';
import { type SurvivalPoint, survivalAt } from './survival-at';
import type { SurvivalCurve, SurvivalMethod } from './survival-curve';

/** Columns `orca stats survival --by` accepts. */
export type SurvivalGrouping = 'sex' | 'site' | 'icd10_3' | 'region_code';

/** Options of {@link survivalTable}. */
export interface SurvivalTableOptions {
  cases: readonly CaseRecord[];
  /** Required for `ederer2` and `pohar-perme`: a built table, typed rows or parsed life_table.csv rows. */
  lifeTable?: LifeTable | readonly LifeTableRow[] | readonly CaseRecord[];
  method: SurvivalMethod;
  /** Years since diagnosis; default 1, 3, 5. */
  times?: readonly number[];
  by?: readonly SurvivalGrouping[];
  /** Annual-report site group of a 3-character ICD-10 category (needed for `by: ['site']`). */
  siteOf?: (icd10_3: string) => string | null;
  /** Period analysis (Brenner): follow-up inside the window only, with delayed entry. */
  period?: SurvivalPeriod;
  /** Age-standardise with an International Cancer Survival Standard (ages 15+ only). */
  standard?: IcssStandard;
}

/** One output row: the grouping columns first, then `method, time_years, estimate, lci, uci`. */
export type SurvivalTableRow = Record<string, string | number | null> & {
  method: SurvivalMethod;
  time_years: number;
  estimate: number | null;
  lci: number | null;
  uci: number | null;
};

/** Result of {@link survivalTable}: rows and the cohort's exclusion counts. */
export interface SurvivalTableResult {
  rows: SurvivalTableRow[];
  excluded: SurvivalCohort['excluded'];
}

function resolveLifeTable(lifeTable: SurvivalTableOptions['lifeTable']): LifeTable | undefined {
  if (lifeTable === undefined || !Array.isArray(lifeTable)) return lifeTable as LifeTable | undefined;
  const rows = lifeTable as readonly (LifeTableRow | CaseRecord)[];
  const typed = rows.length > 0 && typeof rows[0]!['qx'] === 'number';
  return buildLifeTable(typed ? (rows as LifeTableRow[]) : parseLifeTableRecords(rows as CaseRecord[]));
}

function curveOf(
  method: SurvivalMethod,
  subjects: readonly CohortSubject[],
  lifeTable: LifeTable | undefined,
): SurvivalCurve {
  if (method === 'observed') return kaplanMeier(subjects);
  return method === 'ederer2' ? ederer2(subjects, lifeTable!) : poharPerme(subjects, lifeTable!);
}

const sortKey = (value: string | number | null): string =>
  value === null ? '\uffff' : String(value).padStart(12, ' ');

/**
 * Survival table of `orca stats survival` (data contract): build the cohort (methods.md §3.1), split it
 * by the grouping columns, estimate observed (Kaplan–Meier), Ederer II or Pohar Perme survival per
 * group and read it at the requested years (§3.6). Optionally period analysis and ICSS
 * age-standardisation.
 *
 * @param options - cases, life table, method, times, grouping, period, standard.
 * @returns one row per group and time (groups sorted, rows with an unknown site last), and the
 *   exclusion counts.
 * @throws RangeError when a life table is needed but missing, or `site` is asked without `siteOf`.
 * @example survivalTable({ cases, lifeTable, method: 'pohar-perme', by: ['sex'] }).rows
 */
export function survivalTable(options: SurvivalTableOptions): SurvivalTableResult {
  const { method, by = [], times = [1, 3, 5], standard } = options;
  const lifeTable = resolveLifeTable(options.lifeTable);
  if (method !== 'observed' && !lifeTable) throw new RangeError(`method ${method} needs a lifeTable`);
  if (by.includes('site') && !options.siteOf) throw new RangeError('grouping by site needs siteOf');
  const cohort = buildSurvivalCohort(options.cases, options.period ? { period: options.period } : {});
  const groups = new Map<
    string,
    { key: Record<string, string | number | null>; subjects: CohortSubject[] }
  >();
  for (const subject of cohort.subjects) {
    const key: Record<string, string | number | null> = {};
    for (const column of by) {
      if (column === 'sex') key[column] = subject.sex;
      else if (column === 'icd10_3') key[column] = subject.icd10_3;
      else if (column === 'site') key[column] = options.siteOf!(subject.icd10_3);
      else key[column] = subject.record[column]?.trim() || null;
    }
    const id = JSON.stringify(by.map((column) => key[column]));
    const group = groups.get(id);
    if (group) group.subjects.push(subject);
    else groups.set(id, { key, subjects: [subject] });
  }
  const ordered = [...groups.values()].sort((a, b) => {
    for (const column of by) {
      const x = sortKey(a.key[column] ?? null);
      const y = sortKey(b.key[column] ?? null);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  const rows: SurvivalTableRow[] = [];
  for (const { key, subjects } of ordered) {
    const values = standard
      ? standardisedValues(subjects, method, lifeTable, times, standard)
      : survivalAt(curveOf(method, subjects, lifeTable), times).map((point) => ({
          estimate: point.estimate,
          lower: point.lower,
          upper: point.upper,
        }));
    times.forEach((time, k) => {
      const value = values[k]!;
      rows.push({
        ...key,
        method,
        time_years: time,
        estimate: value.estimate,
        lci: value.lower,
        uci: value.upper,
      });
    });
  }
  return { rows, excluded: cohort.excluded };
}

function standardisedValues(
  subjects: readonly CohortSubject[],
  method: SurvivalMethod,
  lifeTable: LifeTable | undefined,
  times: readonly number[],
  standard: IcssStandard,
) {
  const byAge: CohortSubject[][] = ICSS_AGE_GROUPS.map(() => []);
  for (const subject of subjects) {
    const k = icssAgeGroupIndex(subject.ageYears);
    if (k !== null) byAge[k]!.push(subject);
  }
  const points: (SurvivalPoint[] | null)[] = byAge.map((group) =>
    group.length === 0 ? null : survivalAt(curveOf(method, group, lifeTable), times),
  );
  return times.map((_, t) =>
    ageStandardisedSurvival(
      points.map((p) => p?.[t] ?? null),
      standard,
      method === 'observed' ? 'log-log' : 'log',
    ),
  );
}
