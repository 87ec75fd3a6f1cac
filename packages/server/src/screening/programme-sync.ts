import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { PROGRAMMES } from './programmes';
import { screeningProgrammes } from './screening.tables';

/**
 * Writes the programme configuration (programmes.ts) into screening_programmes at start-up, so that
 * participants reference a programme row and SQL reports can join it. Idempotent: an upsert by code.
 */
export async function syncProgrammes(db: Db): Promise<void> {
  await db
    .insert(screeningProgrammes)
    .values(PROGRAMMES.map((p) => ({ code: p.code, name: p.name, kind: p.kind, definition: p })))
    .onConflictDoUpdate({
      target: screeningProgrammes.code,
      set: {
        name: sql`excluded.name`,
        kind: sql`excluded.kind`,
        definition: sql`excluded.definition`,
        updatedAt: sql`now()`,
      },
    });
}
