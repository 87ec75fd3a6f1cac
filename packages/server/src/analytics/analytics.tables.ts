import { char, index, integer, pgTable, primaryKey, smallint } from 'drizzle-orm/pg-core';

/**
 * The counts cube (issue #9 part 3): events by measure × county × year × sex × age group × ICD-10
 * category, built from `tumours` (incidence, by diagnosis date) and `deaths` (mortality, by death date
 * and underlying cause). Analytics queries read this table and `populations`, never the person tables,
 * so an incidence table over a province is a scan of at most a few hundred thousand small rows.
 * Kept current by `refreshCounts` (after imports, on demand, at start); it holds no identifiers.
 */
export const analyticsCounts = pgTable(
  'analytics_counts',
  {
    /** 1 incidence, 2 mortality. */
    measure: smallint('measure').notNull(),
    regionCode: char('region_code', { length: 6 }).notNull(),
    year: smallint('year').notNull(),
    sex: smallint('sex').notNull(), // GB/T 2261.1; 0/9 kept here, left out of rates
    /** 0…18 of the 19 age groups; -1 = age unknown (counted in crude rates only, methods.md §1). */
    ageGroup: smallint('age_group').notNull(),
    /** First three characters of the ICD-10 code, dot removed (`C16.9` → `C16`); codes that are not ICD-10 shaped are left out. */
    icd10Category: char('icd10_3', { length: 3 }).notNull(),
    cases: integer('cases').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.measure, t.regionCode, t.year, t.sex, t.ageGroup, t.icd10Category] }),
    // Rate queries filter by measure and year range first, then region subtree (EXPLAIN in the note).
    index('analytics_counts_year_idx').on(t.measure, t.year, t.regionCode),
  ],
);
