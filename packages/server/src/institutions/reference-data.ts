import { REGIONS, regionAncestry } from '@orca/codes';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { regionClosure, regions } from './institutions.tables';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Loads the GB/T 2260 table and its closure. Idempotent (a back-fill step, not a migration), so a
 * newer code table in @orca/codes is picked up at the next start without touching existing rows.
 */
export async function loadRegions(db: Db): Promise<void> {
  const closure = REGIONS.flatMap((r) =>
    regionAncestry(r.code).map((a, depth) => ({ ancestorCode: a.code, descendantCode: r.code, depth })),
  );
  await db.transaction(async (tx) => {
    for (const batch of chunks(REGIONS, 1000)) {
      await tx
        .insert(regions)
        .values(batch.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })))
        .onConflictDoUpdate({
          target: regions.code,
          set: {
            name: sql`excluded.name`,
            level: sql`excluded.level`,
            parentCode: sql`excluded.parent_code`,
          },
        });
    }
    for (const batch of chunks(closure, 2000)) {
      await tx.insert(regionClosure).values(batch).onConflictDoNothing();
    }
  });
}
