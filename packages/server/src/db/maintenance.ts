import { sql } from 'drizzle-orm';
import type { Database, Db } from './database';

/**
 * Refreshes the planner's statistics. PostgreSQL's autovacuum does this on its own some time after a
 * bulk change; the embedded PGlite has no autovacuum at all, and without statistics the planner takes
 * a 100 000-row table for a dozen rows and picks quadratic joins (measured: a quality query that never
 * finished ran in 2 s after ANALYZE). So every bulk load ends with this.
 */
export async function analyzeTables(db: Db, tables?: readonly string[]): Promise<void> {
  if (!tables || tables.length === 0) {
    await db.execute(sql`analyze`);
    return;
  }
  for (const table of tables) await db.execute(sql.raw(`analyze "${table.replaceAll('"', '')}"`));
}

const TEN_MINUTES = 10 * 60_000;

/** On PGlite, statistics are refreshed in the background every ten minutes (no autovacuum there). */
export function scheduleAnalyze(database: Database, onError: (err: unknown) => void): () => void {
  if (database.engine !== 'pglite') return () => {};
  const timer = setInterval(() => {
    analyzeTables(database.db).catch(onError);
  }, TEN_MINUTES);
  timer.unref();
  return () => clearInterval(timer);
}
