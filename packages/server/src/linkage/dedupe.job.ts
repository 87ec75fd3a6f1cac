import { randomUUID } from 'node:crypto';
import {
  dedupe,
  explainPair,
  type FellegiSunterModel,
  type RegistryRecord,
  registryDedupeSettings,
  type ScoredPair,
} from '@orca/linkage';
import { and, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service';
import type { Sealer } from '../crypto/sealing';
import { bulkInsert } from '../db/bulk-insert';
import type { Db } from '../db/database';
import { persons, reports } from '../registry/registry.tables';
import { fallbackDedupeModel, MIN_TRAINING_RECORDS, rescalePrior, type TrainedModel } from './fallback-model';
import { linkageReviewPairs, linkageRuns, linkedReports } from './linkage.tables';
import { loadReportsForLinkage, pairKeyOf, type ReportForLinkage, validResidentId } from './linkage-records';
import { mergePersons, survivorOf } from './person-merge';
import { breathe, type JobContext, updateRun } from './runs';

/** A pair the run wants a reviewer to see. */
interface PendingReview {
  readonly pair: ScoredPair;
  readonly reason: string;
}

/** Person-level union–find that refuses to join two different valid resident IDs. */
class PersonGroups {
  private readonly parent = new Map<string, string>();
  private readonly ids = new Map<string, Set<string>>();

  constructor(records: readonly ReportForLinkage[]) {
    for (const r of records) {
      this.parent.set(r.personId, r.personId);
      const id = validResidentId(r.residentId);
      if (!id) continue;
      const set = this.ids.get(r.personId) ?? new Set<string>();
      set.add(id);
      this.ids.set(r.personId, set);
    }
  }

  find(p: string): string {
    let root = p;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let q = p;
    while (q !== root) {
      const next = this.parent.get(q)!;
      this.parent.set(q, root);
      q = next;
    }
    return root;
  }

  /** Joins two groups unless they hold different valid IDs; returns false on such a conflict. */
  union(a: string, b: string): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return true;
    const ia = this.ids.get(ra);
    const ib = this.ids.get(rb);
    if (ia && ib && ia.size > 0 && ib.size > 0) {
      // Two valid IDs are two people (MOD 11-2 catches every one-digit error and transposition).
      for (const id of ia) if (!ib.has(id)) return false;
      for (const id of ib) if (!ia.has(id)) return false;
    }
    this.parent.set(rb, ra);
    const merged = new Set([...(ia ?? []), ...(ib ?? [])]);
    if (merged.size > 0) this.ids.set(ra, merged);
    return true;
  }

  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const p of this.parent.keys()) {
      const root = this.find(p);
      const list = out.get(root) ?? [];
      list.push(p);
      out.set(root, list);
    }
    return out;
  }
}

/** The last dedupe model of this region, for incremental runs. */
async function lastModel(db: Db, regionCode: string): Promise<TrainedModel | null> {
  const [row] = await db
    .select({ model: linkageRuns.model, trainingRecords: linkageRuns.trainingRecords })
    .from(linkageRuns)
    .where(
      and(
        eq(linkageRuns.kind, 'dedupe'),
        eq(linkageRuns.status, 'done'),
        eq(linkageRuns.regionCode, regionCode),
        isNotNull(linkageRuns.model),
      ),
    )
    .orderBy(desc(linkageRuns.startedAt))
    .limit(1);
  if (!row?.model || !row.trainingRecords) return null;
  return { model: row.model as FellegiSunterModel, trainingRecords: row.trainingRecords };
}

/** Pair keys already in the queue or decided: never asked twice; a "different persons" blocks a link. */
async function knownPairs(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ key: linkageReviewPairs.pairKey, status: linkageReviewPairs.status })
    .from(linkageReviewPairs)
    .where(eq(linkageReviewPairs.kind, 'dedupe'));
  return new Map(rows.map((r) => [r.key, r.status]));
}

/** Options of {@link runDedupeJob}. */
export interface DedupeJobOptions {
  /** All against all even when earlier runs have seen the reports. */
  readonly full: boolean;
  /** Scope condition on reports (the caller's). */
  readonly scope: SQL;
  readonly sealer: Sealer;
}

/**
 * Deduplicates the reports in scope into persons (issue #4 part 4). The first run (or `full`)
 * compares all reports with all; later runs compare only the reports no run has seen — with each
 * other and, in link mode, with the existing records — reusing the region's last model. Automatic
 * links merge persons (reports kept, tumours re-consolidated, each merge audited with both person ids)
 * unless the merge would join two valid resident IDs; uncertain pairs go to the review queue.
 *
 * @param job - run row, actor, region and thresholds
 * @param options - full or incremental, scope, sealer
 */
export async function runDedupeJob(job: JobContext, options: DedupeJobOptions): Promise<void> {
  const { db, runId } = job;
  const started = Date.now();
  const all = await loadReportsForLinkage(db, options.sealer, options.scope);
  const fresh = all.filter((r) => !r.seen);
  const incremental = !options.full && fresh.length < all.length;
  const settings = registryDedupeSettings({ thresholds: job.thresholds });
  await updateRun(db, runId, {
    phase: 'linking',
    progress: 0.2,
    recordsRead: all.length,
    newRecords: fresh.length,
    mode: incremental ? 'incremental' : 'full',
  });
  await breathe();

  let model: FellegiSunterModel;
  let trainingRecords: number;
  let links: ScoredPair[];
  let reviews: PendingReview[];
  let candidatePairs: number;
  if (!incremental) {
    const trained = all.length >= MIN_TRAINING_RECORDS ? null : fallbackDedupeModel();
    const result = dedupe(
      all as RegistryRecord[],
      settings,
      trained ? { model: rescalePrior(trained, all.length) } : {},
    );
    model = result.model;
    trainingRecords = all.length;
    links = [...result.pairs];
    reviews = result.reviewPairs.map((p) => ({ pair: p, reason: p.reason }));
    candidatePairs = result.scored.count;
  } else {
    const trained = (await lastModel(db, job.regionCode)) ?? fallbackDedupeModel();
    model = rescalePrior(trained, all.length);
    trainingRecords = all.length;
    const within = fresh.length > 1 ? dedupe(fresh as RegistryRecord[], settings, { model }) : null;
    const existing = all.filter((r) => r.seen);
    const side = new Uint8Array(existing.length + fresh.length).fill(1, existing.length);
    const across = dedupe([...existing, ...fresh] as RegistryRecord[], settings, {
      model,
      pairing: { mode: 'link', side },
    });
    links = [...(within?.pairs ?? []), ...across.pairs];
    reviews = [...(within?.reviewPairs ?? []), ...across.reviewPairs].map((p) => ({
      pair: p,
      reason: p.reason,
    }));
    candidatePairs = (within?.scored.count ?? 0) + across.scored.count;
  }
  await updateRun(db, runId, { phase: 'merging', progress: 0.5, candidatePairs, model, trainingRecords });
  await breathe();

  // Person level: strongest links first, never joining two valid IDs, never against a clerical "different persons".
  const byId = new Map(all.map((r) => [r.id, r]));
  const known = await knownPairs(db);
  const groups = new PersonGroups(all);
  let autoLinks = 0;
  links.sort((a, b) => b.weight - a.weight);
  for (const pair of links) {
    const key = pairKeyOf('dedupe', pair.leftId, pair.rightId);
    if (known.get(key) === 'not_linked') continue;
    const a = byId.get(pair.leftId)!.personId;
    const b = byId.get(pair.rightId)!.personId;
    if (groups.find(a) === groups.find(b)) continue;
    if (groups.union(a, b)) autoLinks++;
    else reviews.push({ pair, reason: 'conflict' });
  }

  const merges = [...groups.groups().values()].filter((g) => g.length > 1);
  let personsMerged = 0;
  for (let g = 0; g < merges.length; g++) {
    const group = merges[g]!;
    await db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const rows = await tx
        .select({ person: persons, reports: reports.id })
        .from(persons)
        .leftJoin(reports, eq(reports.personId, persons.id))
        .where(inArray(persons.id, group));
      const counts = new Map<string, typeof persons.$inferSelect & { reports: number }>();
      for (const r of rows) {
        const c = counts.get(r.person.id) ?? { ...r.person, reports: 0 };
        if (r.reports) c.reports++;
        counts.set(r.person.id, c);
      }
      const list = [...counts.values()];
      if (list.length < 2) return;
      const survivor = list.reduce((s, p) => (survivorOf(s, p) === s.id ? s : p)).id;
      const effects = await mergePersons(
        tx,
        survivor,
        list.map((p) => p.id).filter((id) => id !== survivor),
      );
      personsMerged += effects.length;
      for (const e of effects) {
        await appendAudit(tx, job.actor, {
          action: 'merge',
          entity: 'person',
          entityId: e.survivorId,
          detail: {
            runId,
            survivorPersonId: e.survivorId,
            absorbedPersonId: e.absorbedId,
            reportIds: e.reportIds,
            deathIds: e.deathIds,
            automatic: true,
          },
        });
      }
    });
    if (g % 50 === 49) {
      await updateRun(db, runId, { progress: 0.5 + (0.4 * (g + 1)) / merges.length, personsMerged });
      await breathe();
    }
  }

  await updateRun(db, runId, { phase: 'review', progress: 0.9, personsMerged, autoLinks });
  // After the merges, a pair whose two reports now share a person has nothing left to ask.
  const nowPerson = new Map<string, string>();
  for (const r of all) nowPerson.set(r.id, groups.find(r.personId));
  const queued = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  for (const { pair, reason } of reviews) {
    const key = pairKeyOf('dedupe', pair.leftId, pair.rightId);
    if (known.has(key) || queued.has(key)) continue;
    if (nowPerson.get(pair.leftId) === nowPerson.get(pair.rightId)) continue;
    queued.add(key);
    const left = byId.get(pair.leftId)!;
    const right = byId.get(pair.rightId)!;
    rows.push({
      id: randomUUID(),
      runId,
      kind: 'dedupe',
      pairKey: key,
      leftKind: 'report',
      leftId: left.id,
      leftRegionCode: left.regionCode,
      rightKind: 'report',
      rightId: right.id,
      rightRegionCode: right.regionCode,
      weight: pair.weight,
      explanation: explainPair(model, pair),
      reason,
      status: 'open',
      createdAt: new Date(),
    });
  }
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await bulkInsert(tx, linkageReviewPairs, rows);
    const seen = (incremental ? fresh : all).map((r) => ({ reportId: r.id, runId, linkedAt: new Date() }));
    await bulkInsert(tx, linkedReports, seen, { onConflictDoNothing: true });
  });
  await appendAudit(db, job.actor, {
    action: 'run',
    entity: 'linkage_run',
    entityId: runId,
    detail: {
      kind: 'dedupe',
      incremental,
      records: all.length,
      autoLinks,
      personsMerged,
      reviewPairs: rows.length,
    },
  });
  await updateRun(db, runId, {
    status: 'done',
    phase: 'done',
    progress: 1,
    reviewPairs: rows.length,
    durationMs: Date.now() - started,
    finishedAt: new Date(),
  });
}
