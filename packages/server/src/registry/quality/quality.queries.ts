import type { QualityGrouping } from '@orca/contract';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { institutions } from '../../institutions/institutions.tables';
import { deaths, persons, reports, tumours } from '../registry.tables';

// The long SQL of the quality indices, kept together so it can be EXPLAINed (style.md §9).

/** The 3-character ICD-10 category of a code column (`C16.9` → `C16`). */
export function categoryOf(column: SQL | unknown): SQL {
  return sql`left(replace(upper(${column}), '.', ''), 3)`;
}

/** C00–C97, the malignant chapter ("ALL", methods.md §0). */
export function isMalignant(column: SQL | unknown): SQL {
  return sql`${categoryOf(column)} between 'C00' and 'C97'`;
}

// 部位不明 ill-defined and unknown primary sites (methods.md §2).
const ILL_DEFINED = sql`('C26', 'C39', 'C48', 'C76', 'C80')`;

/** The prefecture a county lies in, through the closure table (province-direct counties included). */
function prefectureOf(regionColumn: unknown): SQL {
  return sql`(select rc.ancestor_code from region_closure rc join regions g on g.code = rc.ancestor_code
    where rc.descendant_code = ${regionColumn} and g.level = 'prefecture' limit 1)`;
}

/** Years filter on a date column; both ends inclusive, either may be absent. */
export function yearsBetween(column: unknown, from: number | null, to: number | null): SQL {
  const parts: SQL[] = [];
  if (from !== null) parts.push(sql`${column} >= ${`${from}-01-01`}`);
  if (to !== null) parts.push(sql`${column} <= ${`${to}-12-31`}`);
  return parts.length > 0 ? sql.join(parts, sql` and `) : sql`true`;
}

/** Counts of one group as SQL returns them. */
export interface CountRow {
  key: string | null;
  cases: number;
  mv: number;
  dco: number;
  ub: number;
  ill: number;
  unknown_age: number;
}

export interface DelayRow {
  key: string | null;
  delay: number;
  n: number;
}

export interface KeyCount {
  key: string | null;
  n: number;
}

function tumourKey(by: Exclude<QualityGrouping, 'hospital'>): SQL {
  switch (by) {
    case 'county':
      return sql`${tumours.regionCode}::text`;
    case 'prefecture':
      return prefectureOf(tumours.regionCode);
    case 'year':
      return sql`extract(year from ${tumours.diagnosisDate})::int::text`;
    case 'site':
      return categoryOf(tumours.icd10);
  }
}

function deathKey(by: Exclude<QualityGrouping, 'hospital'>): SQL {
  switch (by) {
    case 'county':
      return sql`${deaths.regionCode}::text`;
    case 'prefecture':
      return prefectureOf(deaths.regionCode);
    case 'year':
      return sql`extract(year from ${deaths.deathDate})::int::text`;
    case 'site':
      return categoryOf(deaths.causeOfDeath);
  }
}

/**
 * Tumour-level counts per group: C00–C97 tumours in `where`, by diagnosis year. Unknown age: no birth
 * date or one after the diagnosis date (methods.md §0).
 */
export function tumourCounts(db: Db, by: Exclude<QualityGrouping, 'hospital'>, where: SQL) {
  return queryRows<CountRow>(
    db,
    sql`select ${tumourKey(by)} as key, count(*)::int as cases,
      count(*) filter (where ${tumours.basis} in (5, 6, 7))::int as mv,
      count(*) filter (where ${tumours.basis} = 0)::int as dco,
      count(*) filter (where ${tumours.basis} = 9 or ${tumours.basis} is null)::int as ub,
      count(*) filter (where ${categoryOf(tumours.icd10)} in ${ILL_DEFINED})::int as ill,
      count(*) filter (where ${persons.birthDate} is null or ${persons.birthDate} > ${tumours.diagnosisDate})::int as unknown_age
    from ${tumours} join ${persons} on ${persons.id} = ${tumours.personId}
    where ${where} and ${isMalignant(tumours.icd10)}
    group by 1`,
  );
}

/**
 * Diagnosis-to-report delays per group: days from the tumour's diagnosis date to the earliest report
 * date of its cards; cards dated before the diagnosis (a data error the checks report) are left out.
 */
export function tumourDelays(db: Db, by: Exclude<QualityGrouping, 'hospital'>, where: SQL) {
  return queryRows<DelayRow>(
    db,
    sql`select key, delay, count(*)::int as n from (
      select ${tumourKey(by)} as key,
        (select min(r2.report_date) from reports r2 where r2.tumour_id = ${tumours.id}) - ${tumours.diagnosisDate} as delay
      from ${tumours} join ${persons} on ${persons.id} = ${tumours.personId}
      where ${where} and ${isMalignant(tumours.icd10)}) d
    where delay >= 0 group by 1, 2`,
  );
}

/** Years that have cases: deaths of other years are ignored for M/I (methods.md §2). */
export async function caseYears(db: Db, where: SQL): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    db,
    sql`select distinct extract(year from ${tumours.diagnosisDate})::int as year
      from ${tumours} join ${persons} on ${persons.id} = ${tumours.personId}
      where ${where} and ${isMalignant(tumours.icd10)}`,
  );
  return rows.map((r) => r.year);
}

/** Deaths per group for M/I: C00–C97 underlying cause, in the years that have cases. Not linked to cases. */
export function deathCounts(db: Db, by: Exclude<QualityGrouping, 'hospital'>, where: SQL, years: number[]) {
  if (years.length === 0) return Promise.resolve([] as KeyCount[]);
  return queryRows<KeyCount>(
    db,
    sql`select ${deathKey(by)} as key, count(*)::int as n from ${deaths}
    where ${where} and ${isMalignant(deaths.causeOfDeath)}
      and extract(year from ${deaths.deathDate})::int in (${sql.join(
        years.map((y) => sql`${y}`),
        sql`, `,
      )})
    group by 1`,
  );
}

/**
 * Report-level counts per reporting institution: each accepted card counts once for its hospital
 * (a tumour reported by two hospitals counts in both), unknown age = no age at diagnosis on the card.
 */
export function reportCountsByInstitution(db: Db, where: SQL) {
  return queryRows<CountRow & { name: string }>(
    db,
    sql`select ${reports.institutionId}::text as key, min(${institutions.name}) as name, count(*)::int as cases,
      count(*) filter (where ${reports.basis} in (5, 6, 7))::int as mv,
      count(*) filter (where ${reports.basis} = 0)::int as dco,
      count(*) filter (where ${reports.basis} = 9 or ${reports.basis} is null)::int as ub,
      count(*) filter (where ${categoryOf(reports.icd10)} in ${ILL_DEFINED})::int as ill,
      count(*) filter (where ${reports.ageYears} is null)::int as unknown_age
    from ${reports} join ${institutions} on ${institutions.id} = ${reports.institutionId}
    where ${where} and ${reports.status} = 'accepted' and ${isMalignant(reports.icd10)}
    group by 1`,
  );
}

/** Card-level delays (report date − diagnosis date) per reporting institution. */
export function reportDelaysByInstitution(db: Db, where: SQL) {
  return queryRows<DelayRow>(
    db,
    sql`select key, delay, count(*)::int as n from (
      select ${reports.institutionId}::text as key, ${reports.reportDate} - ${reports.diagnosisDate} as delay
      from ${reports}
      where ${where} and ${reports.status} = 'accepted' and ${isMalignant(reports.icd10)}) d
    where delay >= 0 group by 1, 2`,
  );
}
