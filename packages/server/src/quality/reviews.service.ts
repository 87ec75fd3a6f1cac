import type {
  QcReviewBatch,
  QcReviewCreate,
  QcReviewItem,
  QcReviewVerdicts,
  ReviewVerdict,
} from '@orca/contract';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { badRequest, conflict, notFound } from '../http/errors';
import { institutions } from '../institutions/institutions.tables';
import { submittableHospitals } from './intake.service';
import { qcPrescriptionReviews, qcRecords, qcReviewBatches } from './quality.tables';
import { reviewSampleSize, sampleIds } from './sampling';

async function allowedInstitutions(ctx: RequestContext) {
  const map = await submittableHospitals(ctx);
  return new Map([...map.values()].map((h) => [h.id, h]));
}

async function batchView(ctx: RequestContext, id: string, withItems: boolean): Promise<QcReviewBatch> {
  const [batch] = await ctx.db
    .select({ b: qcReviewBatches, code: institutions.code, name: institutions.name })
    .from(qcReviewBatches)
    .innerJoin(institutions, eq(institutions.id, qcReviewBatches.institutionId))
    .where(eq(qcReviewBatches.id, id));
  if (!batch || !(await allowedInstitutions(ctx)).has(batch.b.institutionId)) throw notFound('review', id);
  const items = await ctx.db
    .select({
      recordId: qcPrescriptionReviews.recordId,
      sourceId: qcRecords.sourceId,
      data: qcRecords.payload,
      flags: qcRecords.flags,
      verdict: qcPrescriptionReviews.verdict,
      note: qcPrescriptionReviews.note,
    })
    .from(qcPrescriptionReviews)
    .innerJoin(qcRecords, eq(qcRecords.id, qcPrescriptionReviews.recordId))
    .where(eq(qcPrescriptionReviews.batchId, id))
    .orderBy(asc(qcRecords.sourceId));
  const reviewed = items.filter((i) => i.verdict !== null).length;
  const rational = items.filter((i) => i.verdict === 'rational').length;
  return {
    id: batch.b.id,
    hospitalCode: batch.code,
    hospitalName: batch.name,
    month: batch.b.month,
    population: batch.b.population,
    sampleSize: items.length,
    seed: batch.b.seed,
    reviewed,
    rational,
    rationalRate: reviewed > 0 ? rational / reviewed : null,
    publishedAt: batch.b.publishedAt ? batch.b.publishedAt.toISOString() : null,
    ...(withItems
      ? { items: items.map((i) => ({ ...i, verdict: i.verdict as ReviewVerdict | null })) as QcReviewItem[] }
      : {}),
  };
}

/**
 * Opens a prescription-review round for a hospital and month: draws the minimum sample (≥ 1 % and
 * ≥ 30, see sampling.ts) from the month's antitumour prescriptions with a recorded seed.
 *
 * @param ctx - QC staff (region) or the hospital itself.
 * @param request - hospital, month and optional seed.
 * @returns the round with its items.
 * @throws conflict when the hospital already has a round for the month.
 */
export async function createReview(ctx: RequestContext, request: QcReviewCreate): Promise<QcReviewBatch> {
  const hospital = (await submittableHospitals(ctx)).get(request.hospitalCode);
  if (!hospital) throw notFound('hospital', request.hospitalCode);
  const [y, m] = request.month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const population = await ctx.db
    .select({ id: qcRecords.id })
    .from(qcRecords)
    .where(
      and(
        eq(qcRecords.institutionId, hospital.id),
        eq(qcRecords.kind, 'prescription'),
        gte(qcRecords.eventDate, `${request.month}-01`),
        lte(qcRecords.eventDate, last),
      ),
    );
  if (population.length === 0) throw badRequest(`no prescriptions of ${request.month} to review`);
  const seed = request.seed ?? (y * 100 + m) * 7919;
  const sample = sampleIds(
    population.map((p) => p.id),
    reviewSampleSize(population.length),
    seed,
  );
  const id = await ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: qcReviewBatches.id })
      .from(qcReviewBatches)
      .where(and(eq(qcReviewBatches.institutionId, hospital.id), eq(qcReviewBatches.month, request.month)));
    if (existing.length > 0)
      throw conflict(`a review of ${request.month} already exists for ${request.hospitalCode}`);
    const [batch] = await tx
      .insert(qcReviewBatches)
      .values({
        institutionId: hospital.id,
        regionCode: hospital.regionCode,
        month: request.month,
        population: population.length,
        seed,
        createdBy: ctx.principal.username,
      })
      .returning({ id: qcReviewBatches.id });
    const batchId = (batch as { id: string }).id;
    await tx.insert(qcPrescriptionReviews).values(sample.map((recordId) => ({ batchId, recordId })));
    return batchId;
  });
  await ctx.audit({ action: 'create', entity: 'qc_review', entityId: id, detail: { ...request, seed } });
  return batchView(ctx, id, true);
}

/** Lists review rounds in scope, newest month first, with their counts. */
export async function listReviews(ctx: RequestContext): Promise<QcReviewBatch[]> {
  const allowed = [...(await allowedInstitutions(ctx)).keys()];
  if (allowed.length === 0) return [];
  const rows = await ctx.db
    .select({ id: qcReviewBatches.id })
    .from(qcReviewBatches)
    .where(inArray(qcReviewBatches.institutionId, allowed))
    .orderBy(sql`${qcReviewBatches.month} desc`);
  return Promise.all(rows.map((r) => batchView(ctx, r.id, false)));
}

/** One review round with its sampled prescriptions (identified data: audited). */
export async function getReview(ctx: RequestContext, id: string): Promise<QcReviewBatch> {
  const view = await batchView(ctx, id, true);
  await ctx.audit({ action: 'read', entity: 'qc_review', entityId: id });
  return view;
}

/**
 * Records reviewer verdicts on sampled prescriptions of an unpublished round.
 *
 * @throws conflict once the round is published; validation_failed for a prescription not sampled.
 */
export async function recordVerdicts(
  ctx: RequestContext,
  id: string,
  body: QcReviewVerdicts,
): Promise<QcReviewBatch> {
  const view = await batchView(ctx, id, true);
  if (view.publishedAt) throw conflict('the review is published; verdicts are final');
  const sampled = new Set(view.items?.map((i) => i.recordId));
  const stray = body.items.filter((i) => !sampled.has(i.recordId));
  if (stray.length > 0)
    throw badRequest(
      'prescriptions not in the sample',
      stray.map((s) => ({ field: 'recordId', reason: `${s.recordId} is not in this review's sample` })),
    );
  await ctx.db.transaction(async (tx) => {
    for (const item of body.items) {
      await tx
        .update(qcPrescriptionReviews)
        .set({
          verdict: item.verdict,
          note: item.note ?? null,
          reviewedBy: ctx.principal.username,
          reviewedAt: new Date(),
        })
        .where(and(eq(qcPrescriptionReviews.batchId, id), eq(qcPrescriptionReviews.recordId, item.recordId)));
    }
  });
  await ctx.audit({
    action: 'update',
    entity: 'qc_review',
    entityId: id,
    detail: { verdicts: body.items.length },
  });
  return batchView(ctx, id, true);
}

/**
 * Publishes a fully reviewed round (公示): its results become final.
 *
 * @throws conflict when already published or when sampled prescriptions lack a verdict.
 */
export async function publishReview(ctx: RequestContext, id: string): Promise<QcReviewBatch> {
  const view = await batchView(ctx, id, false);
  if (view.publishedAt) throw conflict('the review is already published');
  if (view.reviewed < view.sampleSize)
    throw conflict(`${view.sampleSize - view.reviewed} sampled prescription(s) still need a verdict`);
  await ctx.db.update(qcReviewBatches).set({ publishedAt: new Date() }).where(eq(qcReviewBatches.id, id));
  await ctx.audit({ action: 'publish', entity: 'qc_review', entityId: id });
  return batchView(ctx, id, false);
}
