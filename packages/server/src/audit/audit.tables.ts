import { bigint, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained: hash = SHA-256(prevHash ‖ canonical row). Editing or deleting a row breaks
 * the chain, which `orca audit verify` reports. `at` is stored as the exact ISO text that was hashed.
 */
export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: text('at').notNull(),
  userId: uuid('user_id'),
  username: text('username'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  purpose: text('purpose'),
  detail: jsonb('detail'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/** The chain's head, updated in the same transaction as each append, so a deleted tail is detected too. */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
