import { char, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/** GB/T 2260 divisions, loaded from @orca/codes; the parent link, not the code prefix, rolls up. */
export const regions = pgTable('regions', {
  code: char('code', { length: 6 }).primaryKey(),
  name: text('name').notNull(),
  level: text('level').notNull(),
  parentCode: char('parent_code', { length: 6 }),
});

/**
 * Every (ancestor, descendant) pair, the region itself included (depth 0). Scope filters join it, so
 * province-direct counties (xx90xx) and municipalities roll up correctly (domain guide §1.3).
 */
export const regionClosure = pgTable(
  'region_closure',
  {
    ancestorCode: char('ancestor_code', { length: 6 }).notNull(),
    descendantCode: char('descendant_code', { length: 6 }).notNull(),
    depth: integer('depth').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ancestorCode, t.descendantCode] }),
    index('region_closure_desc_idx').on(t.descendantCode),
  ],
);

export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable external code (unified social credit code or the registry's own). */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** Hospital grade, e.g. 三级甲等; null for other kinds. */
    grade: text('grade'),
    regionCode: char('region_code', { length: 6 }).notNull(),
  },
  (t) => [index('institutions_region_idx').on(t.regionCode)],
);
