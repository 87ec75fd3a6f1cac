import { type SQL, sql } from 'drizzle-orm';
import { inRegion } from '../context/scope';
import type { Db } from '../db/database';

/** The slice of the cube and of `populations` one analytics query reads. */
export interface CubeFilter {
  /** 1 incidence, 2 mortality (analytics.tables.ts). */
  readonly measure: number;
  /** Region subtree. */
  readonly root: string;
  readonly yearFrom: number;
  readonly yearTo: number;
  /** 1 and/or 2; sex 0/9 has no population and never enters a rate (methods.md §0). */
  readonly sexes: readonly number[];
  /** ICD-10 categories to count, or null for every category C00–C97 (ALL). */
  readonly categories: readonly string[] | null;
}

/** What a result row is keyed by. */
export type CubeKey =
  | 'total'
  | 'sex'
  | 'year'
  | 'child'
  | 'county'
  | 'prefecture'
  | 'category'
  | 'sexCategory';

/** Events of one key and age group (-1 = unknown age). */
export interface CountCell {
  key: string;
  ageGroup: number;
  cases: number;
}

/** Person-years of one key and age group. */
export interface PopulationCell {
  key: string;
  ageGroup: number;
  population: number;
}

type Rows<T> = { rows: T[] };
const rowsOf = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as Rows<T>).rows;

/** The key column and the joins it needs, for table alias `x` (cube or populations). */
function keyOf(key: CubeKey, root: string): { column: SQL; join: SQL } {
  const none = sql``;
  switch (key) {
    case 'total':
      return { column: sql`'total'`, join: none };
    case 'sex':
      return { column: sql`x.sex::text`, join: none };
    case 'year':
      return { column: sql`x.year::text`, join: none };
    case 'category':
      return { column: sql`x.icd10_3::text`, join: none };
    case 'sexCategory':
      return { column: sql`x.sex::text || ':' || x.icd10_3`, join: none };
    case 'county':
      return { column: sql`x.region_code::text`, join: none };
    case 'child':
      // Roll up by the parent link (region_closure), never by code prefix (domain guide §1.3).
      return {
        column: sql`r.code::text`,
        join: sql`join region_closure rc on rc.descendant_code = x.region_code join regions r on r.code = rc.ancestor_code and r.parent_code = ${root}`,
      };
    case 'prefecture':
      return {
        column: sql`r.code::text`,
        join: sql`join region_closure rc on rc.descendant_code = x.region_code join regions r on r.code = rc.ancestor_code and r.level = 'prefecture'`,
      };
  }
}

function sliceWhere(filter: CubeFilter): SQL {
  return sql`x.year between ${filter.yearFrom} and ${filter.yearTo}
    and x.sex = any(${sql.param([...filter.sexes])}::int[])
    and ${inRegion(sql`x.region_code`, filter.root)}`;
}

/**
 * Event counts by key and age group from the cube. As `orca stats rates` does with a CSV extract,
 * events whose county, year and sex have no population row are left out, and so are events in an
 * age group with no person-years (methods.md §0–1); unknown-age events need only the cell.
 *
 * @param db - the database.
 * @param filter - measure, region subtree, years, sexes, categories.
 * @param key - the grouping of the result.
 * @returns one row per key and age group with events.
 */
export function cubeCounts(db: Db, filter: CubeFilter, key: CubeKey): Promise<CountCell[]> {
  const k = keyOf(key, filter.root);
  const categories =
    filter.categories === null
      ? sql`x.icd10_3 between 'C00' and 'C97'`
      : sql`x.icd10_3 = any(${sql.param([...filter.categories])}::text[])`;
  return rowsOf<CountCell>(
    db,
    sql`select ${k.column} as key, x.age_group::int as "ageGroup", sum(x.cases)::int as cases
      from analytics_counts x ${k.join}
      left join populations pc on pc.region_code = x.region_code and pc.year = x.year and pc.sex = x.sex
        and pc.age_group = x.age_group
      where x.measure = ${filter.measure} and ${sliceWhere(filter)} and ${categories}
        -- A join, not a per-row EXISTS: a hash join over the slice (EXPLAIN at 100 000 tumours);
        -- only the few unknown-age rows look up their cell.
        and case when x.age_group >= 0 then coalesce(pc.population, 0) > 0
          else exists (select 1 from populations p where p.region_code = x.region_code and p.year = x.year and p.sex = x.sex) end
      group by 1, 2`,
  );
}

/**
 * Person-years by key and age group over the same slice (pooled by adding, methods.md §0).
 *
 * @param db - the database.
 * @param filter - region subtree, years, sexes (measure and categories do not apply).
 * @param key - the grouping of the result; not `category`.
 * @returns one row per key and age group.
 */
export function populationCells(db: Db, filter: CubeFilter, key: CubeKey): Promise<PopulationCell[]> {
  const k = keyOf(key, filter.root);
  return rowsOf<PopulationCell>(
    db,
    sql`select ${k.column} as key, x.age_group::int as "ageGroup", sum(x.population)::float8 as population
      from populations x ${k.join}
      where ${sliceWhere(filter)}
      group by 1, 2`,
  );
}
