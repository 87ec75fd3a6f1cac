import { randomUUID } from 'node:crypto';
import {
  deathLinkageSettings,
  explainPair,
  type FellegiSunterModel,
  linkDeaths,
  type RegistryRecord,
} from '@orca/linkage';
import { eq, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service';
import type { Sealer } from '../crypto/sealing';
import { bulkInsert } from '../db/bulk-insert';
import type { Db } from '../db/database';
import { queryRows } from '../db/database';
import { fallbackDeathModel, MIN_TRAINING_RECORDS, rescalePrior } from './fallback-model';
import { linkageReviewPairs } from './linkage.tables';
import { loadReportsForLinkage, loadUnlinkedDeaths, pairKeyOf } from './linkage-records';
import { breathe, type JobContext, updateRun } from './runs';

const LINK_CHUNK = 2_000;

/** Options of {@link runDeathLinkageJob}. */
export interface DeathJobOptions {
  /** Scope conditions of the caller on reports and deaths. */
  readonly reportScope: SQL;
  readonly deathScope: SQL;
  readonly sealer: Sealer;
}

/**
 * Links the unlinked deaths in scope to persons through their reports (issue #4 part 5): a link sets
 * the death's person and the person's vital status, death date and cause (death is final), audited;
 * ambiguous and grey-zone deaths go to review; the unmatched are counted (cancer ones are DCO
 * candidates, listed by `listDcoCandidates`). A clerical "different persons" is never overruled.
 *
 * @param job - run row, actor, region and thresholds
 * @param options - scopes and sealer
 */
export async function runDeathLinkageJob(job: JobContext, options: DeathJobOptions): Promise<void> {
  const { db, runId } = job;
  const started = Date.now();
  const reportRecords = await loadReportsForLinkage(db, options.sealer, options.reportScope);
  const deathRecords = await loadUnlinkedDeaths(db, options.sealer, options.deathScope);
  await updateRun(db, runId, {
    phase: 'linking',
    progress: 0.2,
    recordsRead: reportRecords.length + deathRecords.length,
    newRecords: deathRecords.length,
  });
  await breathe();
  const settings = deathLinkageSettings({ thresholds: job.thresholds });
  const size = reportRecords.length + deathRecords.length;
  const personOf = new Map(reportRecords.map((r) => [r.id, r.personId]));
  const options_ = size >= MIN_TRAINING_RECORDS ? {} : { model: rescalePrior(fallbackDeathModel(), size) };
  const result =
    deathRecords.length === 0
      ? null
      : linkDeaths(
          reportRecords as RegistryRecord[],
          (r) => personOf.get(r.id)!,
          deathRecords as RegistryRecord[],
          settings,
          options_,
        );
  const model: FellegiSunterModel | null = result?.model ?? null;
  await updateRun(db, runId, {
    phase: 'applying',
    progress: 0.5,
    ...(model ? { model, trainingRecords: size } : {}),
  });
  await breathe();

  // A clerical "different persons" between a death and any report of a person keeps them apart.
  const decided = await db
    .select({
      key: linkageReviewPairs.pairKey,
      status: linkageReviewPairs.status,
      leftId: linkageReviewPairs.leftId,
      rightId: linkageReviewPairs.rightId,
    })
    .from(linkageReviewPairs)
    .where(eq(linkageReviewPairs.kind, 'deaths'));
  const known = new Map(decided.map((d) => [d.key, d.status]));
  const refused = new Set(
    decided
      .filter((d) => d.status === 'not_linked')
      .map((d) => `${d.rightId}|${personOf.get(d.leftId) ?? ''}`),
  );
  let deathsLinked = 0;
  const links = (result?.links ?? []).filter((l) => !refused.has(`${l.deathId}|${l.personId}`));
  // Set-based, a chunk per transaction with one audit entry listing its links: one statement per
  // link would take minutes on a province's deaths.
  for (let start = 0; start < links.length; start += LINK_CHUNK) {
    const chunk = links.slice(start, start + LINK_CHUNK);
    await db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const deathIds = chunk.map((l) => l.deathId);
      const linked = await queryRows<{ id: string }>(
        tx as unknown as Db,
        sql`update deaths d set person_id = v.person_id
            from unnest(${sql.param(deathIds)}::uuid[], ${sql.param(chunk.map((l) => l.personId))}::uuid[]) as v(death_id, person_id)
            where d.id = v.death_id and d.person_id is null
            returning d.id::text as id`,
      );
      const done = new Set(linked.map((r) => r.id));
      // Death is final: the certificate's date and cause replace the follow-up's.
      await tx.execute(
        sql`update persons p set vital_status = 2, death_date = d.death_date, cause_of_death = d.cause_of_death,
              last_contact_date = greatest(coalesce(p.last_contact_date, d.death_date), d.death_date), updated_at = now()
            from deaths d where d.id = any(${sql.param([...done])}::uuid[]) and d.person_id = p.id`,
      );
      deathsLinked += done.size;
      await appendAudit(tx, job.actor, {
        action: 'link',
        entity: 'death',
        detail: {
          runId,
          automatic: true,
          links: chunk
            .filter((l) => done.has(l.deathId))
            .map((l) => ({
              deathId: l.deathId,
              personId: l.personId,
              reportId: l.pair.leftId,
              weight: l.pair.weight,
            })),
        },
      });
    });
    await updateRun(db, runId, {
      progress: 0.5 + (0.4 * Math.min(links.length, start + LINK_CHUNK)) / links.length,
      deathsLinked,
    });
    await breathe();
  }

  const regionOf = new Map<string, string>([
    ...reportRecords.map((r) => [r.id, r.regionCode] as [string, string]),
    ...deathRecords.map((d) => [d.id, d.regionCode] as [string, string]),
  ]);
  const rows: Record<string, unknown>[] = [];
  const queued = new Set<string>();
  for (const r of result?.reviewPairs ?? []) {
    const key = pairKeyOf('deaths', r.pair.leftId, r.deathId);
    if (known.has(key) || queued.has(key) || refused.has(`${r.deathId}|${r.personId}`)) continue;
    queued.add(key);
    rows.push({
      id: randomUUID(),
      runId,
      kind: 'deaths',
      pairKey: key,
      leftKind: 'report',
      leftId: r.pair.leftId,
      leftRegionCode: regionOf.get(r.pair.leftId)!,
      rightKind: 'death',
      rightId: r.deathId,
      rightRegionCode: regionOf.get(r.deathId)!,
      weight: r.pair.weight,
      explanation: explainPair(model!, r.pair),
      reason: r.reason,
      status: 'open',
      createdAt: new Date(),
    });
  }
  await bulkInsert(db, linkageReviewPairs, rows);
  const unmatched = result?.unmatchedDeaths.length ?? 0;
  await appendAudit(db, job.actor, {
    action: 'run',
    entity: 'linkage_run',
    entityId: runId,
    detail: {
      kind: 'deaths',
      deaths: deathRecords.length,
      deathsLinked,
      reviewPairs: rows.length,
      unmatched,
    },
  });
  await updateRun(db, runId, {
    status: 'done',
    phase: 'done',
    progress: 1,
    deathsLinked,
    reviewPairs: rows.length,
    unmatchedDeaths: unmatched,
    autoLinks: links.length,
    durationMs: Date.now() - started,
    finishedAt: new Date(),
  });
}
