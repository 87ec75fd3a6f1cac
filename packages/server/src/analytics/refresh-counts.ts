import { icd10Category } from '@orca/codes';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/database';

/** Which part of the cube to rebuild; omitted = everything. */
export interface RefreshScope {
  /** Region codes of any level: their whole subtrees are rebuilt. */
  readonly regions?: readonly string[];
  /** Calendar years of the event (diagnosis or death). */
  readonly years?: readonly number[];
}

/** What a refresh wrote. */
export interface RefreshReport {
  readonly cells: number;
  readonly incidence: number;
  readonly mortality: number;
}

export const MEASURE_INCIDENCE = 1;
export const MEASURE_MORTALITY = 2;

type Rows<T> = { rows: T[] };
const rowsOf = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as Rows<T>).rows;

/**
 * Age group 0…18 of completed years between birth and event (methods.md §0: the year difference
 * minus one before the birthday, compared as MMDD so 29 February ages on 1 March), or -1 when the
 * birth date is missing or after the event — the same rule as `completedAgeYears` in @orca/codes.
 */
function ageGroupOf(birth: SQL, event: SQL): SQL {
  const age = sql`(extract(year from ${event})::int - extract(year from ${birth})::int - case when to_char(${event}, 'MMDD') < to_char(${birth}, 'MMDD') then 1 else 0 end)`;
  return sql`case when ${birth} is null or ${birth} > ${event} then -1 when ${age} = 0 then 0 when ${age} < 5 then 1 else least(18, ${age} / 5 + 1) end`;
}

function regionFilter(column: SQL, regions: readonly string[] | undefined): SQL {
  if (!regions) return sql`true`;
  return sql`${column} in (select descendant_code from region_closure where ancestor_code = any(${sql.param([...regions])}::text[]))`;
}

function yearFilter(date: SQL, years: readonly number[] | undefined): SQL {
  if (!years) return sql`true`;
  return sql`extract(year from ${date})::int = any(${sql.param([...years])}::int[])`;
}

/**
 * The raw code → 3-character category map, computed in JS with the very `icd10Category` that
 * `orca stats rates` uses, so the cube and the CSV path cannot disagree on a code such as `c16.900`.
 * Registries repeat a few hundred distinct codes, so this is a small list.
 */
async function categoryMap(db: Db, codes: SQL): Promise<{ raw: string[]; category: string[] }> {
  const distinct = await rowsOf<{ code: string }>(db, codes);
  const raw: string[] = [];
  const category: string[] = [];
  for (const { code } of distinct) {
    const c = icd10Category(code);
    if (c === null) continue;
    raw.push(code);
    category.push(c);
  }
  return { raw, category };
}

/**
 * Rebuilds the counts cube `analytics_counts` for the given regions and years (or all of it) from
 * `tumours` (accepted; incidence by diagnosis date, code `icd10`, residence at diagnosis) and
 * `deaths` (mortality by death date, underlying cause), in one transaction: delete the slice, then
 * aggregate it again in SQL. Call it after an import with the regions and years the import touched,
 * at start-up after the demo load, and from `POST /api/analytics/refresh`.
 *
 * @param db - the database (or a transaction).
 * @param scope - regions (subtrees) and years to rebuild; omitted = the whole cube.
 * @returns the number of cube cells written and the events they count.
 */
export async function refreshCounts(db: Db, scope: RefreshScope = {}): Promise<RefreshReport> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await tx.execute(
      sql`delete from analytics_counts where ${regionFilter(sql`region_code`, scope.regions)} and ${
        scope.years ? sql`year = any(${sql.param([...scope.years])}::int[])` : sql`true`
      }`,
    );
    const tumourWhere = sql`t.status = 'accepted' and ${regionFilter(sql`t.region_code`, scope.regions)} and ${yearFilter(sql`t.diagnosis_date`, scope.years)}`;
    const incidenceCodes = await categoryMap(
      tx,
      sql`select distinct t.icd10 as code from tumours t where ${tumourWhere}`,
    );
    await tx.execute(sql`
      insert into analytics_counts (measure, region_code, year, sex, age_group, icd10_3, cases)
      select ${MEASURE_INCIDENCE}, t.region_code, extract(year from t.diagnosis_date)::int, p.sex,
        ${ageGroupOf(sql`p.birth_date`, sql`t.diagnosis_date`)}, m.category, count(*)::int
      from tumours t
      join persons p on p.id = t.person_id
      join unnest(${sql.param(incidenceCodes.raw)}::text[], ${sql.param(incidenceCodes.category)}::text[]) as m(raw, category)
        on m.raw = t.icd10
      where ${tumourWhere}
      group by 2, 3, 4, 5, 6`);
    const deathWhere = sql`d.cause_of_death is not null and ${regionFilter(sql`d.region_code`, scope.regions)} and ${yearFilter(sql`d.death_date`, scope.years)}`;
    const mortalityCodes = await categoryMap(
      tx,
      sql`select distinct d.cause_of_death as code from deaths d where ${deathWhere}`,
    );
    await tx.execute(sql`
      insert into analytics_counts (measure, region_code, year, sex, age_group, icd10_3, cases)
      select ${MEASURE_MORTALITY}, d.region_code, extract(year from d.death_date)::int, d.sex,
        ${ageGroupOf(sql`d.birth_date`, sql`d.death_date`)}, m.category, count(*)::int
      from deaths d
      join unnest(${sql.param(mortalityCodes.raw)}::text[], ${sql.param(mortalityCodes.category)}::text[]) as m(raw, category)
        on m.raw = d.cause_of_death
      where ${deathWhere}
      group by 2, 3, 4, 5, 6`);
    // Fresh planner statistics: after a bulk rebuild the estimates are stale (rows=1), and the
    // planner then picks nested loops that made a province-wide rates query take seconds.
    await tx.execute(sql`analyze analytics_counts`);
    await tx.execute(sql`analyze populations`);
    const [written] = await rowsOf<{ cells: number; incidence: number | null; mortality: number | null }>(
      tx,
      sql`select count(*)::int as cells,
        sum(cases) filter (where measure = ${MEASURE_INCIDENCE})::int as incidence,
        sum(cases) filter (where measure = ${MEASURE_MORTALITY})::int as mortality
      from analytics_counts where ${regionFilter(sql`region_code`, scope.regions)} and ${
        scope.years ? sql`year = any(${sql.param([...scope.years])}::int[])` : sql`true`
      }`,
    );
    return {
      cells: written?.cells ?? 0,
      incidence: written?.incidence ?? 0,
      mortality: written?.mortality ?? 0,
    };
  });
}
