import type {
  QcFindingUpdate,
  QcFindingView,
  QcInspectionCoverage,
  QcInspectionCreate,
  QcInspectionView,
} from '@orca/contract';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { badRequest, notFound } from '../http/errors';
import { submittableHospitals } from './intake.service';
import { qcInspectionFindings, qcInspections } from './quality.tables';

async function hospitalsById(ctx: RequestContext) {
  return new Map([...(await submittableHospitals(ctx)).values()].map((h) => [h.id, h]));
}

function findingView(f: typeof qcInspectionFindings.$inferSelect, today: string): QcFindingView {
  return {
    id: f.id,
    description: f.description,
    severity: f.severity,
    dueDate: f.dueDate,
    status: f.status as QcFindingView['status'],
    closedDate: f.closedDate,
    followUp: f.followUp,
    overdue: f.status !== 'closed' && f.dueDate < today,
  };
}

/**
 * Inspections of the hospitals in scope with their findings, newest first.
 *
 * @param ctx - QC staff (region) or a hospital user (own hospital).
 * @param today - the day overdue rectifications are judged on.
 */
export async function listInspections(ctx: RequestContext, today: string): Promise<QcInspectionView[]> {
  const hospitals = await hospitalsById(ctx);
  if (hospitals.size === 0) return [];
  const rows = await ctx.db
    .select()
    .from(qcInspections)
    .where(inArray(qcInspections.institutionId, [...hospitals.keys()]))
    .orderBy(asc(qcInspections.inspectionDate));
  const findings = rows.length
    ? await ctx.db
        .select()
        .from(qcInspectionFindings)
        .where(
          inArray(
            qcInspectionFindings.inspectionId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(qcInspectionFindings.dueDate))
    : [];
  return rows.reverse().map((r) => ({
    id: r.id,
    hospitalCode: hospitals.get(r.institutionId)?.code ?? '',
    hospitalName: hospitals.get(r.institutionId)?.name ?? '',
    year: r.year,
    inspectionDate: r.inspectionDate,
    inspectors: r.inspectors,
    summary: r.summary,
    findings: findings.filter((f) => f.inspectionId === r.id).map((f) => findingView(f, today)),
  }));
}

/** Records an annual inspection with its findings (QC staff). */
export async function createInspection(
  ctx: RequestContext,
  body: QcInspectionCreate,
  today: string,
): Promise<QcInspectionView> {
  const hospital = (await submittableHospitals(ctx)).get(body.hospitalCode);
  if (!hospital) throw notFound('hospital', body.hospitalCode);
  const bad = body.findings.findIndex((f) => f.dueDate < body.inspectionDate);
  if (bad >= 0)
    throw badRequest('due date before the inspection', [
      { row: bad + 1, field: 'dueDate', reason: 'before the inspection date' },
    ]);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(qcInspections)
      .values({
        institutionId: hospital.id,
        regionCode: hospital.regionCode,
        year: body.year,
        inspectionDate: body.inspectionDate,
        inspectors: body.inspectors,
        summary: body.summary ?? null,
      })
      .returning({ id: qcInspections.id });
    const inspectionId = (row as { id: string }).id;
    if (body.findings.length > 0)
      await tx.insert(qcInspectionFindings).values(body.findings.map((f) => ({ inspectionId, ...f })));
    return inspectionId;
  });
  await ctx.audit({
    action: 'create',
    entity: 'qc_inspection',
    entityId: id,
    detail: { hospital: body.hospitalCode },
  });
  return (await listInspections(ctx, today)).find((i) => i.id === id) as QcInspectionView;
}

/**
 * Follows up a finding's rectification; closing needs the date it was fixed.
 *
 * @throws not_found outside scope; validation_failed when closing without a date.
 */
export async function updateFinding(
  ctx: RequestContext,
  id: string,
  body: QcFindingUpdate,
  today: string,
): Promise<QcFindingView> {
  const [row] = await ctx.db
    .select({ f: qcInspectionFindings, institutionId: qcInspections.institutionId })
    .from(qcInspectionFindings)
    .innerJoin(qcInspections, eq(qcInspections.id, qcInspectionFindings.inspectionId))
    .where(eq(qcInspectionFindings.id, id));
  if (!row || !(await hospitalsById(ctx)).has(row.institutionId)) throw notFound('finding', id);
  if (body.status === 'closed' && !body.closedDate)
    throw badRequest('closing needs a date', [{ field: 'closedDate', reason: 'required when closed' }]);
  const [updated] = await ctx.db
    .update(qcInspectionFindings)
    .set({
      status: body.status,
      closedDate: body.status === 'closed' ? (body.closedDate ?? null) : null,
      followUp: body.followUp ?? row.f.followUp,
    })
    .where(and(eq(qcInspectionFindings.id, id)))
    .returning();
  await ctx.audit({ action: 'update', entity: 'qc_inspection_finding', entityId: id, detail: body });
  return findingView(updated as typeof qcInspectionFindings.$inferSelect, today);
}

/** Which hospitals of the scope were inspected in a year, with open and overdue findings. */
export async function inspectionCoverage(
  ctx: RequestContext,
  year: number,
  today: string,
): Promise<QcInspectionCoverage> {
  const hospitals = await submittableHospitals(ctx);
  const inspections = await listInspections(ctx, today);
  return {
    year,
    hospitals: [...hospitals.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((h) => {
        const own = inspections.filter((i) => i.hospitalCode === h.code);
        const open = own.flatMap((i) => i.findings).filter((f) => f.status !== 'closed');
        return {
          hospitalCode: h.code,
          hospitalName: h.name,
          inspected: own.some((i) => i.year === year),
          openFindings: open.length,
          overdueFindings: open.filter((f) => f.overdue).length,
        };
      }),
  };
}
