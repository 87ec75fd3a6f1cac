import { char, doublePrecision, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Inclusion thresholds of the registry quality indices, per region (domain guide §2.11: "treat the
 * thresholds as editable defaults"). A region without a row uses its nearest ancestor's, then the
 * built-in defaults of the 2011 national work specification. `source` says where the numbers came from.
 */
export const qualityThresholds = pgTable('quality_thresholds', {
  regionCode: char('region_code', { length: 6 }).primaryKey(),
  mvMinPct: doublePrecision('mv_min_pct').notNull(),
  dcoMaxPct: doublePrecision('dco_max_pct').notNull(),
  miMin: doublePrecision('mi_min').notNull(),
  miMax: doublePrecision('mi_max').notNull(),
  source: text('source').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
