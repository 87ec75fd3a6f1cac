import { maskName } from '@orca/codes';
import type {
  PageOf,
  PedCaseCreate,
  PedCaseListQuery,
  PedCaseView,
  PedDesignationCreate,
  PedDesignationView,
  PedFollowUpUpdate,
  PedFollowUpView,
  PedIndicators,
  PedReferralCreate,
  PedReferralStatus,
  PedReferralUpdate,
  PedReferralView,
} from '@orca/contract';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import { badRequest, conflict, notFound } from '../http/errors';
import { institutions } from '../institutions/institutions.tables';
import { pedCases, pedDesignations, pedFollowUps, pedReferrals } from './pediatric.tables';
import {
  ageInYears,
  canMoveReferral,
  type Designation,
  DISEASES,
  followUpPlan,
  isDesignated,
  MAX_CHILD_AGE_YEARS,
  median,
} from './pediatric-rules';

type CaseRow = typeof pedCases.$inferSelect;

async function hospitalByCode(ctx: RequestContext, code: string, inScopeOnly: boolean) {
  const scope = ctx.scope;
  const where: SQL[] = [eq(institutions.code, code), eq(institutions.kind, 'hospital')];
  if (inScopeOnly) {
    if (scope.kind === 'institution') where.push(eq(institutions.id, scope.institutionId));
    else if (scope.kind === 'region') where.push(inRegion(institutions.regionCode, scope.regionCode));
    else where.push(sql`false`);
  }
  const [row] = await ctx.db
    .select()
    .from(institutions)
    .where(and(...where));
  return row ?? null;
}

async function designations(ctx: RequestContext): Promise<Designation[]> {
  return ctx.db
    .select({
      institutionId: pedDesignations.institutionId,
      diseaseGroup: pedDesignations.diseaseGroup,
      role: pedDesignations.role,
      validFrom: pedDesignations.validFrom,
      validTo: pedDesignations.validTo,
    })
    .from(pedDesignations);
}

/** Lists designated hospitals and collaboration-group members (configuration; not identified data). */
export async function listDesignations(ctx: RequestContext): Promise<PedDesignationView[]> {
  const rows = await ctx.db
    .select({ d: pedDesignations, code: institutions.code, name: institutions.name })
    .from(pedDesignations)
    .innerJoin(institutions, eq(institutions.id, pedDesignations.institutionId))
    .orderBy(asc(pedDesignations.diseaseGroup), asc(institutions.code));
  return rows.map(({ d, code, name }) => ({
    id: d.id,
    hospitalCode: code,
    hospitalName: name,
    regionCode: d.regionCode,
    diseaseGroup: d.diseaseGroup as PedDesignationView['diseaseGroup'],
    role: d.role as PedDesignationView['role'],
    level: d.level,
    groupName: d.groupName,
    validFrom: d.validFrom,
    validTo: d.validTo,
  }));
}

/** Designates a hospital for a disease group (provincial commission decision, entered by QC staff). */
export async function createDesignation(
  ctx: RequestContext,
  body: PedDesignationCreate,
): Promise<PedDesignationView> {
  const hospital = await hospitalByCode(ctx, body.hospitalCode, false);
  if (!hospital) throw badRequest('unknown hospital', [{ field: 'hospitalCode', reason: 'not a hospital' }]);
  const [row] = await ctx.db
    .insert(pedDesignations)
    .values({
      institutionId: hospital.id,
      regionCode: body.regionCode,
      diseaseGroup: body.diseaseGroup,
      role: body.role,
      level: body.level,
      groupName: body.groupName ?? null,
      validFrom: body.validFrom,
      validTo: body.validTo ?? null,
    })
    .returning({ id: pedDesignations.id });
  await ctx.audit({ action: 'create', entity: 'ped_designation', entityId: row?.id ?? null, detail: body });
  const all = await listDesignations(ctx);
  return all.find((d) => d.id === row?.id) as PedDesignationView;
}

async function present(ctx: RequestContext, rows: CaseRow[], full: boolean): Promise<PedCaseView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const inst = new Map(
    (
      await ctx.db
        .select({ id: institutions.id, code: institutions.code, name: institutions.name })
        .from(institutions)
    ).map((i) => [i.id, i]),
  );
  const refs = await ctx.db
    .select()
    .from(pedReferrals)
    .where(inArray(pedReferrals.caseId, ids))
    .orderBy(asc(pedReferrals.requestedDate));
  const follow = full
    ? await ctx.db
        .select()
        .from(pedFollowUps)
        .where(inArray(pedFollowUps.caseId, ids))
        .orderBy(asc(pedFollowUps.dueDate))
    : [];
  const designated = await designations(ctx);
  return rows.map((r) => {
    const disease = DISEASES.get(r.diseaseCode);
    const group = disease?.group ?? 'solid';
    const caseRefs = refs.filter((x) => x.caseId === r.id);
    const active = caseRefs.some(
      (x) => x.status === 'requested' || x.status === 'accepted' || x.status === 'arrived',
    );
    const name = ctx.sealer.unseal(r.nameSealed);
    const referralViews: PedReferralView[] = caseRefs.map((x) => ({
      id: x.id,
      fromHospitalCode: inst.get(x.fromInstitutionId)?.code ?? '',
      toHospitalCode: inst.get(x.toInstitutionId)?.code ?? '',
      toHospitalName: inst.get(x.toInstitutionId)?.name ?? '',
      status: x.status as PedReferralStatus,
      requestedDate: x.requestedDate,
      trail: x.trail,
    }));
    return {
      id: r.id,
      sourceId: r.sourceId,
      hospitalCode: inst.get(r.institutionId)?.code ?? '',
      hospitalName: inst.get(r.institutionId)?.name ?? '',
      regionCode: r.regionCode,
      name: full ? name : maskName(name),
      sex: r.sex,
      birthDate: r.birthDate,
      ageYears: ageInYears(r.birthDate, r.diagnosisDate),
      diseaseCode: r.diseaseCode,
      diseaseGroup: group,
      diagnosisDate: r.diagnosisDate,
      managingHospitalCode: r.managingInstitutionId
        ? (inst.get(r.managingInstitutionId)?.code ?? null)
        : null,
      phase: r.phase as PedCaseView['phase'],
      needsReferral:
        r.managingInstitutionId === null &&
        !active &&
        !isDesignated(designated, r.institutionId, group, r.diagnosisDate),
      familyDoctor: r.familyDoctor,
      referrals: referralViews,
      ...(full
        ? {
            followUps: follow
              .filter((f) => f.caseId === r.id)
              .map((f) => ({
                id: f.id,
                kind: f.kind as PedFollowUpView['kind'],
                task: f.task,
                dueDate: f.dueDate,
                status: f.status as PedFollowUpView['status'],
                doneDate: f.doneDate,
                note: f.note,
              })),
          }
        : {}),
    };
  });
}

async function scopedCase(ctx: RequestContext, id: string): Promise<CaseRow> {
  const [row] = await ctx.db
    .select()
    .from(pedCases)
    .where(and(eq(pedCases.id, id), ctx.scoped.pediatricCases()));
  if (!row) throw notFound('pediatric case', id);
  return row;
}

async function startManagement(ctx: RequestContext, caseId: string, institutionId: string, start: string) {
  await ctx.db
    .update(pedCases)
    .set({ managingInstitutionId: institutionId, phase: 'in_treatment' })
    .where(eq(pedCases.id, caseId));
  await ctx.db.insert(pedFollowUps).values(followUpPlan(start).map((p) => ({ caseId, ...p })));
}

/**
 * Registers a child's case (S4). At a designated hospital the case is managed there at once and its
 * follow-up plan is made; at any other hospital it awaits referral (`needsReferral`).
 *
 * @throws validation_failed for a disease off the list or an age over 19 at diagnosis;
 *   conflict when the hospital already registered this source id.
 */
export async function registerCase(ctx: RequestContext, body: PedCaseCreate): Promise<PedCaseView> {
  const disease = DISEASES.get(body.diseaseCode);
  if (!disease)
    throw badRequest('unknown disease', [
      { field: 'diseaseCode', reason: 'not on the children’s disease list' },
    ]);
  const age = ageInYears(body.birthDate, body.diagnosisDate);
  if (age < 0 || age > MAX_CHILD_AGE_YEARS)
    throw badRequest('not a child', [
      { field: 'birthDate', reason: `age at diagnosis ${age}, outside 0–19` },
    ]);
  const hospital =
    ctx.scope.kind === 'institution'
      ? (await ctx.db.select().from(institutions).where(eq(institutions.id, ctx.scope.institutionId)))[0]
      : body.hospitalCode
        ? await hospitalByCode(ctx, body.hospitalCode, true)
        : null;
  if (!hospital)
    throw badRequest('unknown hospital', [
      { field: 'hospitalCode', reason: 'not a hospital you may report for' },
    ]);
  const exists = await ctx.db
    .select({ id: pedCases.id })
    .from(pedCases)
    .where(and(eq(pedCases.institutionId, hospital.id), eq(pedCases.sourceId, body.sourceId)));
  if (exists.length > 0) throw conflict(`case ${body.sourceId} is already registered`);
  const [row] = await ctx.db
    .insert(pedCases)
    .values({
      institutionId: hospital.id,
      sourceId: body.sourceId,
      regionCode: body.regionCode,
      nameSealed: ctx.sealer.seal(body.name),
      idNumberSealed: ctx.sealer.sealOrNull(body.idNumber),
      idNumberIndex: body.idNumber ? ctx.sealer.idNumberIndex(body.idNumber) : null,
      sex: body.sex,
      birthDate: body.birthDate,
      diseaseCode: body.diseaseCode,
      diagnosisDate: body.diagnosisDate,
      familyDoctor: body.familyDoctor ?? null,
    })
    .returning();
  const created = row as CaseRow;
  if (isDesignated(await designations(ctx), hospital.id, disease.group, body.diagnosisDate))
    await startManagement(ctx, created.id, hospital.id, body.diagnosisDate);
  await ctx.audit({ action: 'create', entity: 'ped_case', entityId: created.id });
  return getCase(ctx, created.id);
}

/** Lists children's cases in scope with masked names. */
export async function listCases(ctx: RequestContext, query: PedCaseListQuery): Promise<PageOf<PedCaseView>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where = and(
    ctx.scoped.pediatricCases(),
    query.diseaseCode ? eq(pedCases.diseaseCode, query.diseaseCode) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(pedCases)
    .where(where)
    .orderBy(desc(pedCases.diagnosisDate), asc(pedCases.sourceId));
  let items = await present(ctx, rows, false);
  if (query.needsReferral !== undefined) items = items.filter((c) => c.needsReferral === query.needsReferral);
  await ctx.audit({ action: 'read', entity: 'ped_case', detail: { query, returned: items.length } });
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}

/** One case in full, with referrals and follow-up tasks (audited read of identified data). */
export async function getCase(ctx: RequestContext, id: string): Promise<PedCaseView> {
  const row = await scopedCase(ctx, id);
  await ctx.audit({ action: 'read', entity: 'ped_case', entityId: id });
  return (await present(ctx, [row], true))[0] as PedCaseView;
}

/**
 * Refers a case to a designated hospital (S4: a non-designated hospital refers promptly).
 *
 * @throws validation_failed when the target is not designated for the disease group;
 *   conflict while another referral is active.
 */
export async function createReferral(
  ctx: RequestContext,
  caseId: string,
  body: PedReferralCreate,
): Promise<PedCaseView> {
  const row = await scopedCase(ctx, caseId);
  const group = DISEASES.get(row.diseaseCode)?.group ?? 'solid';
  const target = await hospitalByCode(ctx, body.toHospitalCode, false);
  if (!target || !isDesignated(await designations(ctx), target.id, group, body.requestedDate))
    throw badRequest('not a designated hospital', [
      { field: 'toHospitalCode', reason: `not designated for ${group} diseases on ${body.requestedDate}` },
    ]);
  const active = await ctx.db
    .select({ n: count() })
    .from(pedReferrals)
    .where(and(eq(pedReferrals.caseId, caseId), inArray(pedReferrals.status, ['requested', 'accepted'])));
  if (Number(active[0]?.n ?? 0) > 0) throw conflict('the case already has an active referral');
  await ctx.db.insert(pedReferrals).values({
    caseId,
    fromInstitutionId: row.managingInstitutionId ?? row.institutionId,
    toInstitutionId: target.id,
    requestedDate: body.requestedDate,
    trail: [
      { status: 'requested', date: body.requestedDate, by: ctx.principal.username, note: body.note ?? null },
    ],
  });
  await ctx.db.update(pedCases).set({ phase: 'referred' }).where(eq(pedCases.id, caseId));
  await ctx.audit({
    action: 'create',
    entity: 'ped_referral',
    entityId: caseId,
    detail: { to: body.toHospitalCode },
  });
  return getCase(ctx, caseId);
}

/**
 * Moves a referral on (requested → accepted → arrived, or declined / cancelled). Arrival hands the case
 * to the designated hospital and makes its follow-up plan.
 *
 * @throws conflict for a move the status trail does not allow.
 */
export async function updateReferral(
  ctx: RequestContext,
  referralId: string,
  body: PedReferralUpdate,
): Promise<PedCaseView> {
  const [ref] = await ctx.db.select().from(pedReferrals).where(eq(pedReferrals.id, referralId));
  if (!ref) throw notFound('referral', referralId);
  await scopedCase(ctx, ref.caseId);
  if (!canMoveReferral(ref.status as PedReferralStatus, body.status))
    throw conflict(`a ${ref.status} referral cannot become ${body.status}`);
  await ctx.db
    .update(pedReferrals)
    .set({
      status: body.status,
      trail: [
        ...ref.trail,
        { status: body.status, date: body.date, by: ctx.principal.username, note: body.note ?? null },
      ],
    })
    .where(eq(pedReferrals.id, referralId));
  if (body.status === 'arrived') await startManagement(ctx, ref.caseId, ref.toInstitutionId, body.date);
  if (body.status === 'declined' || body.status === 'cancelled')
    await ctx.db.update(pedCases).set({ phase: 'registered' }).where(eq(pedCases.id, ref.caseId));
  await ctx.audit({ action: 'update', entity: 'ped_referral', entityId: referralId, detail: body });
  return getCase(ctx, ref.caseId);
}

/** Marks a follow-up task done or missed (the family doctor's or the designated hospital's report). */
export async function updateFollowUp(
  ctx: RequestContext,
  id: string,
  body: PedFollowUpUpdate,
): Promise<PedCaseView> {
  const [task] = await ctx.db.select().from(pedFollowUps).where(eq(pedFollowUps.id, id));
  if (!task) throw notFound('follow-up', id);
  await scopedCase(ctx, task.caseId);
  if (body.status === 'done' && !body.doneDate)
    throw badRequest('done needs a date', [{ field: 'doneDate', reason: 'required when done' }]);
  await ctx.db
    .update(pedFollowUps)
    .set({ status: body.status, doneDate: body.doneDate ?? null, note: body.note ?? null })
    .where(eq(pedFollowUps.id, id));
  await ctx.audit({ action: 'update', entity: 'ped_follow_up', entityId: id, detail: body });
  return getCase(ctx, task.caseId);
}

/**
 * Children's case indicators for the caller's scope: cases by disease, the share managed at a
 * designated hospital, referral counts and median days to arrival, follow-up completion by today.
 */
export async function pediatricIndicators(ctx: RequestContext, today: string): Promise<PedIndicators> {
  // Officials get counts for their region (small cells hidden below); others their record scope.
  const where =
    ctx.scope.kind === 'none' && ctx.hasRole('official')
      ? inRegion(pedCases.regionCode, ctx.principal.regionCode)
      : ctx.scoped.pediatricCases();
  const rows = await ctx.db.select().from(pedCases).where(where);
  const views = await present(ctx, rows, false);
  const ids = rows.map((r) => r.id);
  const refs = ids.length
    ? await ctx.db.select().from(pedReferrals).where(inArray(pedReferrals.caseId, ids))
    : [];
  const tasks = ids.length
    ? await ctx.db.select().from(pedFollowUps).where(inArray(pedFollowUps.caseId, ids))
    : [];
  const arrivals = refs
    .filter((r) => r.status === 'arrived')
    .map((r) => {
      const arrived = r.trail.find((t) => t.status === 'arrived')?.date ?? r.requestedDate;
      return (Date.parse(arrived) - Date.parse(r.requestedDate)) / 86_400_000;
    });
  const due = tasks.filter((t) => t.dueDate <= today);
  const done = due.filter((t) => t.status === 'done').length;
  const byDisease = new Map<string, number>();
  for (const r of rows) byDisease.set(r.diseaseCode, (byDisease.get(r.diseaseCode) ?? 0) + 1);
  const atDesignated = rows.filter((r) => r.managingInstitutionId !== null).length;
  await ctx.audit({ action: 'read', entity: 'ped_indicators', detail: { today } });
  return {
    cases: rows.length,
    byDisease: [...byDisease.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([diseaseCode, n]) => ({ diseaseCode, cases: ctx.suppressSmallCells && n < 5 ? null : n })),
    atDesignatedRate: rows.length ? atDesignated / rows.length : null,
    needingReferral: views.filter((v) => v.needsReferral).length,
    referralsRequested: refs.length,
    referralsArrived: arrivals.length,
    medianDaysToArrival: median(arrivals),
    followUpsDue: due.length,
    followUpsDone: done,
    followUpCompletionRate: due.length ? done / due.length : null,
  };
}
