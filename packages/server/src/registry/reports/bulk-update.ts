import { type SQL, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';

const CHUNK = 5000;

/**
 * Updates many rows by primary key with one statement per chunk —
 * `update t set c = v.c … from unnest($1::uuid[], $2::t2[], …) as v(…) where t.id = v.id` — the
 * counterpart of `bulkInsert`: one array parameter per column, so a batch of a few thousand changed
 * rows costs one round trip on both engines.
 *
 * @param db - the database or the open transaction
 * @param table - the Drizzle table
 * @param key - the camelCase field of the key column (e.g. `id`)
 * @param fields - the camelCase fields to set
 * @param rows - rows holding the key and every field (null is written as NULL)
 */
export async function bulkUpdate<T extends PgTable>(
  db: Db,
  table: T,
  key: string,
  fields: readonly string[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const config = getTableConfig(table);
  const columnOf = (field: string) => {
    const c = (table as unknown as Record<string, unknown>)[field];
    const found = config.columns.find((x) => x === c);
    if (!found) throw new Error(`bulkUpdate: ${config.name} has no field ${field}`);
    return found;
  };
  const all = [key, ...fields].map((f) => [f, columnOf(f)] as const);
  const names = all.map(([, c]) => `"${c.name}"`).join(', ');
  const sets = all
    .slice(1)
    .map(([, c]) => `"${c.name}" = v."${c.name}"`)
    .join(', ');
  const keyName = all[0]![1].name;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays: SQL[] = all.map(([field, column]) => {
      const values = chunk.map((r) => {
        const v = r[field];
        if (v === undefined || v === null) return null;
        if (column.getSQLType() === 'jsonb') return JSON.stringify(v);
        return v instanceof Date ? v.toISOString() : v;
      });
      // sql.param keeps each array one parameter (a bare array would expand into a list).
      return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
    });
    await db.execute(
      sql`update ${sql.raw(`"${config.name}"`)} set ${sql.raw(sets)} from unnest(${sql.join(arrays, sql`, `)}) as v(${sql.raw(names)}) where ${sql.raw(`"${config.name}"."${keyName}"`)} = v.${sql.raw(`"${keyName}"`)}`,
    );
  }
}
