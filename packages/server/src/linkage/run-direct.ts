import type { LinkageKind, LinkageRun, LinkageThresholds } from '@orca/contract';
import { eq } from 'drizzle-orm';
import { inRegion } from '../context/scope';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { deaths, reports } from '../registry/registry.tables';
import { runDeathLinkageJob } from './deaths.job';
import { runDedupeJob } from './dedupe.job';
import { linkageRuns } from './linkage.tables';
import { presentRun } from './runs.service';
import { thresholdsFor } from './thresholds';

/** Options of {@link runLinkage}. */
export interface RunLinkageOptions {
  readonly kind: LinkageKind;
  /** Region subtree to link (a registry's county, or the province). */
  readonly regionCode: string;
  /** Dedupe all against all instead of the new reports only. */
  readonly full?: boolean;
  /** Override the region's thresholds for this run. */
  readonly thresholds?: LinkageThresholds;
  /** Who runs it, for the audit trail (the CLI passes the operating-system user). */
  readonly username: string;
}

/**
 * Runs a linkage job in this process and waits for it: `orca link run` on the server's database, the
 * same job the web app starts (run row, audit entries, review queue).
 *
 * @param db - database
 * @param sealer - unseals identifiers for the linker
 * @param options - kind, region, full, thresholds
 * @returns the finished run
 */
export async function runLinkage(db: Db, sealer: Sealer, options: RunLinkageOptions): Promise<LinkageRun> {
  const thresholds = options.thresholds ?? (await thresholdsFor(db, options.regionCode)).thresholds;
  const [row] = await db
    .insert(linkageRuns)
    .values({
      kind: options.kind,
      mode: options.full ? 'full' : 'incremental',
      regionCode: options.regionCode,
      thresholds,
      createdByName: options.username,
    })
    .returning();
  const job = {
    db,
    actor: { userId: null, username: options.username },
    runId: row!.id,
    regionCode: options.regionCode,
    thresholds,
  };
  try {
    if (options.kind === 'dedupe') {
      await runDedupeJob(job, {
        full: options.full === true,
        scope: inRegion(reports.regionCode, options.regionCode),
        sealer,
      });
    } else {
      await runDeathLinkageJob(job, {
        reportScope: inRegion(reports.regionCode, options.regionCode),
        deathScope: inRegion(deaths.regionCode, options.regionCode),
        sealer,
      });
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db
      .update(linkageRuns)
      .set({ status: 'failed', message, finishedAt: new Date() })
      .where(eq(linkageRuns.id, job.runId));
    throw err;
  }
  const [done] = await db.select().from(linkageRuns).where(eq(linkageRuns.id, job.runId));
  return presentRun(done!);
}
