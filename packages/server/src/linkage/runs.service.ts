import type { LinkageRun, LinkageThresholds, RegionThresholds, StartLinkageRun } from '@orca/contract';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import { badRequest, conflict, forbidden, notFound } from '../http/errors';
import { runDeathLinkageJob } from './deaths.job';
import { runDedupeJob } from './dedupe.job';
import { linkageRuns } from './linkage.tables';
import { type JobContext, updateRun } from './runs';
import { saveThresholds, thresholdsFor } from './thresholds';

type RunRow = typeof linkageRuns.$inferSelect;

// A run still "running" after this long was cut off by a restart: it no longer blocks a new one.
const STALE_RUN_MS = 60 * 60 * 1000;

/** A run row as the API shows it. */
export function presentRun(r: RunRow): LinkageRun {
  return {
    id: r.id,
    kind: r.kind as LinkageRun['kind'],
    mode: r.mode,
    status: r.status as LinkageRun['status'],
    regionCode: r.regionCode,
    phase: r.phase,
    progress: r.progress,
    recordsRead: r.recordsRead,
    newRecords: r.newRecords,
    candidatePairs: r.candidatePairs,
    autoLinks: r.autoLinks,
    reviewPairs: r.reviewPairs,
    personsMerged: r.personsMerged,
    deathsLinked: r.deathsLinked,
    unmatchedDeaths: r.unmatchedDeaths,
    thresholds: r.thresholds as LinkageThresholds,
    durationMs: r.durationMs,
    message: r.message,
    createdByName: r.createdByName,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** Runs in flight in this process, so tests and shutdown can wait for them. */
const inFlight = new Map<string, Promise<void>>();

/**
 * Waits for a run started in this process to finish (tests, CLI).
 *
 * @param runId - the run
 */
export async function waitForRun(runId: string): Promise<void> {
  await inFlight.get(runId);
}

/**
 * Starts a dedupe or death-linkage run over the caller's region as a background job; answers at once
 * with the run row, which the job updates as it goes. One run of a kind at a time per region.
 *
 * @param ctx - request context (region scope required)
 * @param body - kind, and `full` for an all-against-all dedupe
 * @returns the new run
 * @throws conflict when a run of this kind is already going in the region
 */
export async function startRun(ctx: RequestContext, body: StartLinkageRun): Promise<LinkageRun> {
  if (ctx.scope.kind !== 'region') throw forbidden('Linkage runs need a region scope');
  const regionCode = ctx.scope.regionCode;
  const [running] = await ctx.db
    .select({ id: linkageRuns.id })
    .from(linkageRuns)
    .where(
      and(
        eq(linkageRuns.kind, body.kind),
        eq(linkageRuns.status, 'running'),
        gt(linkageRuns.startedAt, new Date(Date.now() - STALE_RUN_MS)),
        inRegion(linkageRuns.regionCode, regionCode),
      ),
    )
    .limit(1);
  if (running) throw conflict(`a ${body.kind} run is already going (${running.id})`);
  const { thresholds } = await thresholdsFor(ctx.db, regionCode);
  const [row] = await ctx.db
    .insert(linkageRuns)
    .values({
      kind: body.kind,
      mode: body.full ? 'full' : 'incremental',
      regionCode,
      thresholds,
      createdBy: ctx.principal.userId,
      createdByName: ctx.principal.displayName,
    })
    .returning();
  const run = row!;
  await ctx.audit({ action: 'start', entity: 'linkage_run', entityId: run.id, detail: { kind: body.kind } });
  const job: JobContext = {
    db: ctx.db,
    actor: { userId: ctx.principal.userId, username: ctx.principal.username },
    runId: run.id,
    regionCode,
    thresholds,
  };
  const work =
    body.kind === 'dedupe'
      ? runDedupeJob(job, { full: body.full === true, scope: ctx.scoped.reports(), sealer: ctx.sealer })
      : runDeathLinkageJob(job, {
          reportScope: ctx.scoped.reports(),
          deathScope: ctx.scoped.deaths(),
          sealer: ctx.sealer,
        });
  const settled = work
    .catch(async (err: unknown) => {
      // The run row carries the failure for the web app; the stack goes to the server log only.
      const message = err instanceof Error ? err.message : String(err);
      await updateRun(ctx.db, run.id, { status: 'failed', message, finishedAt: new Date() }).catch(() => {});
    })
    .finally(() => inFlight.delete(run.id));
  inFlight.set(run.id, settled);
  return presentRun(run);
}

/**
 * Runs in the caller's region subtree, newest first.
 *
 * @param ctx - request context
 * @param limit - how many
 * @returns the run history
 */
export async function listRuns(ctx: RequestContext, limit = 50): Promise<LinkageRun[]> {
  if (ctx.scope.kind !== 'region') return [];
  const rows = await ctx.db
    .select()
    .from(linkageRuns)
    .where(inRegion(linkageRuns.regionCode, ctx.scope.regionCode))
    .orderBy(desc(linkageRuns.startedAt))
    .limit(limit);
  return rows.map(presentRun);
}

/**
 * One run (polled for progress).
 *
 * @param ctx - request context
 * @param id - run id
 * @returns the run
 * @throws not_found outside the caller's region
 */
export async function getRun(ctx: RequestContext, id: string): Promise<LinkageRun> {
  if (ctx.scope.kind !== 'region') throw notFound('linkage run', id);
  const [row] = await ctx.db
    .select()
    .from(linkageRuns)
    .where(and(eq(linkageRuns.id, id), inRegion(linkageRuns.regionCode, ctx.scope.regionCode)));
  if (!row) throw notFound('linkage run', id);
  return presentRun(row);
}

/**
 * Thresholds in force for the caller's region.
 *
 * @param ctx - request context
 * @returns thresholds and where they come from
 */
export async function getThresholds(ctx: RequestContext): Promise<RegionThresholds> {
  return thresholdsFor(ctx.db, ctx.principal.regionCode);
}

/**
 * Sets the caller's region's thresholds (audited).
 *
 * @param ctx - request context
 * @param thresholds - link and review bits
 * @returns the thresholds now in force
 * @throws validation_failed when review > link
 */
export async function setThresholds(
  ctx: RequestContext,
  thresholds: LinkageThresholds,
): Promise<RegionThresholds> {
  if (thresholds.review > thresholds.link) {
    throw badRequest('review threshold above link threshold', [{ field: 'review', reason: 'above_link' }]);
  }
  await saveThresholds(ctx.db, ctx.principal.regionCode, thresholds, ctx.principal.userId);
  await ctx.audit({
    action: 'update',
    entity: 'linkage_thresholds',
    entityId: ctx.principal.regionCode,
    detail: thresholds,
  });
  return thresholdsFor(ctx.db, ctx.principal.regionCode);
}
