import type {
  PageOf,
  ReviewDecisionRequest,
  ReviewPairDetail,
  ReviewPairListItem,
  ReviewPairQuery,
} from '@orca/contract';
import type { PairExplanation } from '@orca/linkage';
import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service';
import type { RequestContext } from '../context/request-context';
import type { Db } from '../db/database';
import { conflict, notFound } from '../http/errors';
import { institutions, regions } from '../institutions/institutions.tables';
import { deaths, persons, reports } from '../registry/registry.tables';
import { linkageDecisions, linkageReviewPairs } from './linkage.tables';
import {
  type DeathLinkEffect,
  linkDeathToPerson,
  type MergeEffect,
  mergePersons,
  survivorOf,
  unlinkDeath,
  unmergePersons,
} from './person-merge';
import { maskedName, presentDeathSide, presentExplanation, presentReportSide } from './review.present';

type PairRow = typeof linkageReviewPairs.$inferSelect;

const probabilityOf = (w: number) => 2 ** w / (1 + 2 ** w);

/**
 * The review queue in the caller's scope (both records of a pair in scope), strongest first; names
 * masked; the list read is audited.
 *
 * @param ctx - request context
 * @param query - filters by kind, reason, status (default open), weight band; page
 * @returns a page of pairs
 */
export async function listReviewPairs(
  ctx: RequestContext,
  query: ReviewPairQuery,
): Promise<PageOf<ReviewPairListItem>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where: SQL[] = [ctx.scoped.linkagePairs(), eq(linkageReviewPairs.status, query.status ?? 'open')];
  if (query.kind) where.push(eq(linkageReviewPairs.kind, query.kind));
  if (query.reason) where.push(eq(linkageReviewPairs.reason, query.reason));
  if (query.minWeight !== undefined) where.push(gte(linkageReviewPairs.weight, query.minWeight));
  if (query.maxWeight !== undefined) where.push(lte(linkageReviewPairs.weight, query.maxWeight));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(linkageReviewPairs)
      .where(condition)
      .orderBy(desc(linkageReviewPairs.weight), linkageReviewPairs.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ n: count() }).from(linkageReviewPairs).where(condition),
  ]);
  const reportIds = rows.flatMap((r) => (r.rightKind === 'report' ? [r.leftId, r.rightId] : [r.leftId]));
  const deathIds = rows.filter((r) => r.rightKind === 'death').map((r) => r.rightId);
  const names = new Map<string, string>();
  if (reportIds.length > 0) {
    for (const r of await ctx.db
      .select({ id: reports.id, name: reports.nameSealed })
      .from(reports)
      .where(inArray(reports.id, reportIds)))
      names.set(r.id, r.name);
  }
  if (deathIds.length > 0) {
    for (const d of await ctx.db
      .select({ id: deaths.id, name: deaths.nameSealed })
      .from(deaths)
      .where(inArray(deaths.id, deathIds)))
      names.set(d.id, d.name);
  }
  await ctx.audit({
    action: 'read',
    entity: 'linkage_review_list',
    detail: { ...query, returned: rows.length },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as ReviewPairListItem['kind'],
      reason: r.reason as ReviewPairListItem['reason'],
      status: r.status as ReviewPairListItem['status'],
      weight: r.weight,
      probability: probabilityOf(r.weight),
      leftName: maskedName(names.get(r.leftId), ctx.sealer),
      rightName: maskedName(names.get(r.rightId), ctx.sealer),
      leftRegionCode: r.leftRegionCode,
      rightRegionCode: r.rightRegionCode,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

async function pairInScope(ctx: RequestContext, id: string): Promise<PairRow> {
  const [row] = await ctx.db
    .select()
    .from(linkageReviewPairs)
    .where(and(eq(linkageReviewPairs.id, id), ctx.scoped.linkagePairs()));
  // Out of scope and absent look alike.
  if (!row) throw notFound('review pair', id);
  return row;
}

async function reportSide(db: Db, id: string) {
  const [row] = await db
    .select({ report: reports, institutionName: institutions.name, regionName: regions.name })
    .from(reports)
    .leftJoin(institutions, eq(institutions.id, reports.institutionId))
    .leftJoin(regions, eq(regions.code, reports.regionCode))
    .where(eq(reports.id, id));
  return row ?? null;
}

/**
 * One pair side by side with identified data and the weight explained field by field; the read is
 * audited with its purpose.
 *
 * @param ctx - request context
 * @param id - pair id
 * @param purpose - why the reviewer reads it
 * @returns the pair
 * @throws not_found when absent or out of scope
 */
export async function getReviewPair(
  ctx: RequestContext,
  id: string,
  purpose: string | null,
): Promise<ReviewPairDetail> {
  const pair = await pairInScope(ctx, id);
  const left = await reportSide(ctx.db, pair.leftId);
  let right: ReviewPairDetail['right'] | null = null;
  if (pair.rightKind === 'report') {
    const r = await reportSide(ctx.db, pair.rightId);
    right = r ? presentReportSide(r, ctx.sealer) : null;
  } else {
    const [d] = await ctx.db
      .select({ death: deaths, regionName: regions.name })
      .from(deaths)
      .leftJoin(regions, eq(regions.code, deaths.regionCode))
      .where(eq(deaths.id, pair.rightId));
    right = d ? presentDeathSide(d, ctx.sealer) : null;
  }
  if (!left || !right) throw notFound('review pair record', id);
  const decisions = await ctx.db
    .select()
    .from(linkageDecisions)
    .where(eq(linkageDecisions.pairKey, pair.pairKey))
    .orderBy(asc(linkageDecisions.decidedAt));
  await ctx.audit({
    action: 'read',
    entity: 'linkage_review_pair',
    entityId: id,
    purpose,
    detail: { left: pair.leftId, right: pair.rightId },
  });
  const explanation = presentExplanation(pair.explanation as PairExplanation);
  return {
    id: pair.id,
    kind: pair.kind as ReviewPairDetail['kind'],
    reason: pair.reason as ReviewPairDetail['reason'],
    status: pair.status as ReviewPairDetail['status'],
    weight: pair.weight,
    probability: explanation.probability,
    priorWeight: explanation.priorWeight,
    fields: explanation.fields,
    left: presentReportSide(left, ctx.sealer),
    right,
    note: pair.note,
    decisions: decisions.map((d) => ({
      decision: d.decision as ReviewPairDetail['decisions'][number]['decision'],
      note: d.note,
      decidedAt: d.decidedAt.toISOString(),
    })),
  };
}

async function personOfReport(tx: Db, reportId: string): Promise<string | null> {
  const [r] = await tx.select({ personId: reports.personId }).from(reports).where(eq(reports.id, reportId));
  return r?.personId ?? null;
}

async function nextDecisionTime(tx: Db, pairKey: string): Promise<Date> {
  const [last] = await tx
    .select({ at: linkageDecisions.decidedAt })
    .from(linkageDecisions)
    .where(eq(linkageDecisions.pairKey, pairKey))
    .orderBy(desc(linkageDecisions.decidedAt))
    .limit(1);
  // Decisions are ordered by time: an undo in the same millisecond still sorts after its decision.
  return new Date(Math.max(Date.now(), (last?.at.getTime() ?? 0) + 1));
}

/** Merges the persons of two reports by a reviewer's "same person". */
async function mergeByDecision(tx: Db, pair: PairRow): Promise<MergeEffect | null> {
  const a = await personOfReport(tx, pair.leftId);
  const b = await personOfReport(tx, pair.rightId);
  if (!a || !b || a === b) return null;
  const rows = await tx
    .select()
    .from(persons)
    .where(inArray(persons.id, [a, b]));
  const withCounts = await Promise.all(
    rows.map(async (p) => {
      const [c] = await tx.select({ n: count() }).from(reports).where(eq(reports.personId, p.id));
      return { ...p, reports: c?.n ?? 0 };
    }),
  );
  const [pa, pb] = withCounts;
  if (!pa || !pb) return null;
  const survivor = survivorOf(pa, pb);
  const [effect] = await mergePersons(tx, survivor, [survivor === a ? b : a]);
  return effect ?? null;
}

/**
 * A reviewer's decision on an open pair: "same person" merges the persons (dedupe) or links the death
 * (death linkage); "different persons" is remembered so that no run links or asks it again. Audited,
 * with what it changed kept for undo.
 *
 * @param ctx - request context
 * @param id - pair id
 * @param body - decision and note
 * @returns the pair after the decision
 * @throws conflict when the pair is already decided, or the death is linked elsewhere meanwhile
 */
export async function decideReviewPair(
  ctx: RequestContext,
  id: string,
  body: ReviewDecisionRequest,
): Promise<ReviewPairDetail> {
  const pair = await pairInScope(ctx, id);
  if (pair.status !== 'open') throw conflict(`review pair ${id} is already decided (${pair.status})`);
  const actor = { userId: ctx.principal.userId, username: ctx.principal.username };
  await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    let effect: MergeEffect | DeathLinkEffect | null = null;
    if (body.decision === 'linked') {
      if (pair.kind === 'dedupe') effect = await mergeByDecision(tx, pair);
      else {
        const personId = await personOfReport(tx, pair.leftId);
        effect = personId ? await linkDeathToPerson(tx, pair.rightId, personId) : null;
        if (!effect) throw conflict('the death is already linked to a person, or the person is gone');
      }
    }
    const decidedAt = await nextDecisionTime(tx, pair.pairKey);
    await tx.insert(linkageDecisions).values({
      pairKey: pair.pairKey,
      reviewPairId: pair.id,
      decision: body.decision,
      effect,
      note: body.note ?? null,
      decidedBy: ctx.principal.userId,
      decidedAt,
    });
    await tx
      .update(linkageReviewPairs)
      .set({ status: body.decision, decidedBy: ctx.principal.userId, decidedAt, note: body.note ?? null })
      .where(eq(linkageReviewPairs.id, pair.id));
    await appendAudit(tx, actor, {
      action: 'decide',
      entity: 'linkage_review_pair',
      entityId: pair.id,
      detail: {
        decision: body.decision,
        kind: pair.kind,
        left: pair.leftId,
        right: pair.rightId,
        ...(effect && 'absorbedId' in effect
          ? { survivorPersonId: effect.survivorId, absorbedPersonId: effect.absorbedId }
          : {}),
        ...(effect && 'deathId' in effect ? { deathId: effect.deathId, personId: effect.personId } : {}),
      },
    });
  });
  return getReviewPair(ctx, id, 'clerical review decision');
}

/**
 * Undoes the decision in force on a pair: a merge is split again, a death link removed, and the pair
 * is open again. The undo is a new decision row (`undone`), audited.
 *
 * @param ctx - request context
 * @param id - pair id
 * @param note - why
 * @returns the pair, open again
 * @throws conflict when the pair is open, or later changes (a further merge) depend on the decision
 */
export async function undoReviewDecision(
  ctx: RequestContext,
  id: string,
  note: string | null,
): Promise<ReviewPairDetail> {
  const pair = await pairInScope(ctx, id);
  if (pair.status === 'open') throw conflict(`review pair ${id} has no decision to undo`);
  const actor = { userId: ctx.principal.userId, username: ctx.principal.username };
  await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const [last] = await tx
      .select()
      .from(linkageDecisions)
      .where(eq(linkageDecisions.pairKey, pair.pairKey))
      .orderBy(desc(linkageDecisions.decidedAt))
      .limit(1);
    if (!last || last.decision === 'undone') throw conflict(`review pair ${id} has no decision to undo`);
    const effect = last.effect as MergeEffect | DeathLinkEffect | null;
    if (effect && 'absorbedId' in effect) {
      const [survivor] = await tx
        .select({ id: persons.id })
        .from(persons)
        .where(eq(persons.id, effect.survivorId));
      const [absorbed] = await tx
        .select({ id: persons.id })
        .from(persons)
        .where(eq(persons.id, effect.absorbedId));
      if (!survivor || absorbed) throw conflict('a later merge depends on this decision: undo that first');
      await unmergePersons(tx, effect);
    } else if (effect && 'deathId' in effect) {
      const [death] = await tx
        .select({ personId: deaths.personId })
        .from(deaths)
        .where(eq(deaths.id, effect.deathId));
      if (death?.personId !== effect.personId) throw conflict('the death has been relinked since');
      await unlinkDeath(tx, effect);
    }
    await tx.insert(linkageDecisions).values({
      pairKey: pair.pairKey,
      reviewPairId: pair.id,
      decision: 'undone',
      effect: { undid: last.id },
      note,
      decidedBy: ctx.principal.userId,
      decidedAt: await nextDecisionTime(tx, pair.pairKey),
    });
    await tx
      .update(linkageReviewPairs)
      .set({ status: 'open', decidedBy: null, decidedAt: null, note })
      .where(eq(linkageReviewPairs.id, pair.id));
    await appendAudit(tx, actor, {
      action: 'undo',
      entity: 'linkage_review_pair',
      entityId: pair.id,
      detail: { undid: last.decision, decisionId: last.id },
    });
  });
  return getReviewPair(ctx, id, 'clerical review undo');
}
