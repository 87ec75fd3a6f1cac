import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Small platform-wide facts (e.g. when the demo province was loaded). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
