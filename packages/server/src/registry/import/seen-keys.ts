import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';

/**
 * Creates the per-transaction set of keys an import has written (dropped at commit or rollback), so a
 * source id repeated anywhere in a file is found without holding every id of a million-row file in memory.
 *
 * @param tx - the import's transaction
 */
export async function createSeenKeys(tx: Db): Promise<void> {
  await tx.execute(sql`create temp table if not exists import_seen_keys (k text primary key) on commit drop`);
}

/**
 * Adds keys to the set and tells which were new.
 *
 * @param tx - the import's transaction
 * @param keys - the batch's keys (repeats within the batch are handled: the first is new, the others not)
 * @returns the keys not seen before (each once)
 */
export async function markSeen(tx: Db, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx.execute<{ k: string }>(
    sql`insert into import_seen_keys (k) select distinct unnest(${sql.param([...keys])}::text[]) on conflict do nothing returning k`,
  );
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { k: string }[] }).rows) as { k: string }[];
  return new Set(list.map((r) => r.k));
}
