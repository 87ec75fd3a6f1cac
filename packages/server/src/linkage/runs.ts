import type { LinkageThresholds } from '@orca/contract';
import { eq } from 'drizzle-orm';
import type { AuditActor } from '../audit/audit.service';
import type { Db } from '../db/database';
import { linkageRuns } from './linkage.tables';

/** What a job writes to its run row as it goes. */
export type RunPatch = Partial<typeof linkageRuns.$inferInsert>;

/** Everything a background job needs: no request object, which is gone by the time the job runs. */
export interface JobContext {
  readonly db: Db;
  readonly actor: AuditActor;
  readonly runId: string;
  readonly regionCode: string;
  readonly thresholds: LinkageThresholds;
}

/**
 * Writes progress to the run row (the web app polls it).
 *
 * @param db - database
 * @param runId - the run
 * @param patch - fields to set
 */
export async function updateRun(db: Db, runId: string, patch: RunPatch): Promise<void> {
  await db.update(linkageRuns).set(patch).where(eq(linkageRuns.id, runId));
}

/** Yields to the event loop so that polls are answered between the job's steps. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
