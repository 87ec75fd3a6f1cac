import {
  completedAgeYears,
  maskName,
  maskResidentId,
  normaliseResidentId,
  residentIdConsistency,
  residentIdProblem,
} from '@orca/codes';
import type {
  CreateGrid,
  EnrolRequest,
  Grid,
  PageOf,
  ParticipantDetail,
  ParticipantListItem,
  ParticipantListQuery,
  Programme,
} from '@orca/contract';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { users } from '../auth/auth.tables';
import type { RequestContext } from '../context/request-context';
import { inRegion, scopeCondition } from '../context/scope';
import { AppError, badRequest, conflict, forbidden, notFound } from '../http/errors';
import { regionClosure } from '../institutions/institutions.tables';
import { persons } from '../registry/registry.tables';
import { programmeOf } from './programmes';
import { screeningAssessments, screeningGrids, screeningParticipants } from './screening.tables';

type ParticipantRow = typeof screeningParticipants.$inferSelect;
type GridRow = typeof screeningGrids.$inferSelect;

const presentGrid = (g: GridRow): Grid => ({
  id: g.id,
  regionCode: g.regionCode,
  township: g.township,
  village: g.village,
  villageCode: g.villageCode,
  doctorName: g.doctorName,
  doctorUserId: g.doctorUserId,
});

/** Grids are not person-level data; staff see the grids of their region subtree. */
const gridScope = (ctx: RequestContext) => scopeCondition(ctx.scope, screeningGrids.regionCode, null);

/** Grids in the caller's region, by county, township and village. */
export async function listGrids(ctx: RequestContext): Promise<Grid[]> {
  const rows = await ctx.db
    .select()
    .from(screeningGrids)
    .where(gridScope(ctx))
    .orderBy(screeningGrids.regionCode, screeningGrids.township, screeningGrids.village);
  return rows.map(presentGrid);
}

/** Creates a grid (village) in the caller's region with its responsible doctor. */
export async function createGrid(ctx: RequestContext, body: CreateGrid): Promise<Grid> {
  const [allowed] = await ctx.db
    .select({ code: regionClosure.descendantCode })
    .from(regionClosure)
    .where(
      and(
        eq(regionClosure.descendantCode, body.regionCode),
        inRegion(regionClosure.descendantCode, regionOfScope(ctx)),
      ),
    );
  if (!allowed)
    throw badRequest('The region is outside your scope', [{ field: 'regionCode', reason: 'out_of_scope' }]);
  let doctorUserId: string | null = null;
  if (body.doctorUsername) {
    const [u] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, body.doctorUsername));
    if (!u) throw badRequest('Unknown doctor user', [{ field: 'doctorUsername', reason: 'unknown' }]);
    doctorUserId = u.id;
  }
  try {
    const [row] = await ctx.db
      .insert(screeningGrids)
      .values({
        regionCode: body.regionCode,
        township: body.township,
        village: body.village,
        villageCode: body.villageCode ?? null,
        doctorName: body.doctorName,
        doctorUserId,
      })
      .returning();
    await ctx.audit({ action: 'create', entity: 'screening_grid', entityId: row!.id });
    return presentGrid(row!);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('This village already has a grid');
    throw err;
  }
}

/** The region a caller may write in; callers without a region scope write nowhere. */
function regionOfScope(ctx: RequestContext): string {
  if (ctx.scope.kind !== 'region') throw forbidden('Only region staff manage screening grids');
  return ctx.scope.regionCode;
}

/** True for a PostgreSQL unique violation (23505), whichever driver raised it. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Why a person is not eligible for a programme (age band of any of its cancers, sex, residence), or
 * null when eligible. Age is completed years at enrolment.
 */
export function eligibilityProblem(
  programme: Programme,
  person: { sex: number; birthDate: string; residence: string },
  onDate: string,
): string | null {
  if (programme.residence !== 'any' && programme.residence !== person.residence) return 'residence';
  const age = completedAgeYears(person.birthDate, onDate);
  if (age === null) return 'age';
  const fits = programme.cancers.some(
    (c) => (c.sex === null || c.sex === person.sex) && age >= c.ageFrom && age <= c.ageTo,
  );
  if (fits) return null;
  return programme.cancers.some((c) => c.sex === null || c.sex === person.sex) ? 'age' : 'sex';
}

/**
 * Enrols a resident: resident ID well formed (GB 11643 check digit) and agreeing with sex and birth
 * date; eligible for the programme; one record per person and programme (blind index of the ID); the
 * grid in the caller's scope; consent date recorded; matched to the registry's person by the same ID
 * blind index. Nothing is written unless every check passes.
 */
export async function enrol(ctx: RequestContext, body: EnrolRequest): Promise<ParticipantDetail> {
  const programme = programmeOf(body.programmeCode);
  if (!programme) throw badRequest('Unknown programme', [{ field: 'programmeCode', reason: 'unknown' }]);
  const problem = residentIdProblem(body.idNumber, body.enrolledOn);
  if (problem) throw badRequest(`Invalid resident ID: ${problem}`, [{ field: 'idNumber', reason: problem }]);
  const mismatches = residentIdConsistency(body.idNumber, { sex: body.sex, birthDate: body.birthDate });
  if (mismatches.length > 0) {
    throw badRequest(
      `The resident ID disagrees with ${mismatches.join(' and ')}`,
      mismatches.map((m) => ({ field: m === 'sex' ? 'sex' : 'birthDate', reason: 'disagrees_with_id' })),
    );
  }
  if (body.consentDate > body.enrolledOn) {
    throw badRequest('Consent must be given before enrolment', [
      { field: 'consentDate', reason: 'after_enrolment' },
    ]);
  }
  const notEligible = eligibilityProblem(programme, body, body.enrolledOn);
  if (notEligible) {
    throw badRequest(`Not eligible for ${programme.code}: ${notEligible}`, [
      {
        field: notEligible === 'residence' ? 'residence' : notEligible === 'sex' ? 'sex' : 'birthDate',
        reason: 'not_eligible',
      },
    ]);
  }
  const [grid] = await ctx.db
    .select()
    .from(screeningGrids)
    .where(and(eq(screeningGrids.id, body.gridId), gridScope(ctx)));
  if (!grid) throw badRequest('Unknown grid', [{ field: 'gridId', reason: 'unknown' }]);
  const idNumber = normaliseResidentId(body.idNumber);
  const idIndex = ctx.sealer.idNumberIndex(idNumber);
  const enrolledAlready = async () => {
    const [dup] = await ctx.db
      .select({ id: screeningParticipants.id })
      .from(screeningParticipants)
      .where(
        and(
          eq(screeningParticipants.programmeCode, programme.code),
          eq(screeningParticipants.idNumberIndex, idIndex),
        ),
      );
    return dup !== undefined;
  };
  // A person enrolled twice is an error whoever holds the first record, so the check ignores scope.
  if (await enrolledAlready()) throw conflict(`This person is already enrolled in ${programme.code}`);
  const [match] = await ctx.db
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.idNumberIndex, idIndex))
    .limit(1);
  let row: ParticipantRow;
  try {
    [row] = (await ctx.db
      .insert(screeningParticipants)
      .values({
        programmeCode: programme.code,
        regionCode: grid.regionCode,
        gridId: grid.id,
        nameSealed: ctx.sealer.seal(body.name.trim()),
        nameIndex: ctx.sealer.nameIndex(body.name),
        idNumberSealed: ctx.sealer.seal(idNumber),
        idNumberIndex: idIndex,
        phoneSealed: ctx.sealer.sealOrNull(body.phone),
        sex: body.sex,
        birthDate: body.birthDate,
        residence: body.residence,
        personId: match?.id ?? null,
        consentDate: body.consentDate,
        enrolledOn: body.enrolledOn,
        createdBy: ctx.principal.userId,
      })
      .returning()) as [ParticipantRow];
  } catch (err) {
    // Two enrolments racing past the check: the unique index decides, with the same clear error.
    if (isUniqueViolation(err)) throw conflict(`This person is already enrolled in ${programme.code}`);
    throw err;
  }
  await ctx.audit({
    action: 'create',
    entity: 'screening_participant',
    entityId: row.id,
    detail: { programme: programme.code, registryMatched: match !== undefined },
  });
  return presentDetail(ctx, row, grid, []);
}

function presentListItem(
  ctx: RequestContext,
  row: ParticipantRow,
  grid: GridRow,
  highRisk: string[],
  today: string,
): ParticipantListItem {
  return {
    id: row.id,
    programmeCode: row.programmeCode,
    name: maskName(ctx.sealer.unseal(row.nameSealed)),
    idNumber: maskResidentId(ctx.sealer.unseal(row.idNumberSealed)),
    sex: row.sex,
    ageYears: completedAgeYears(row.birthDate, today),
    regionCode: row.regionCode,
    township: grid.township,
    village: grid.village,
    enrolledOn: row.enrolledOn,
    registryMatched: row.personId !== null,
    highRisk,
    optedOut: row.optedOutOn !== null,
  };
}

function presentDetail(
  ctx: RequestContext,
  row: ParticipantRow,
  grid: GridRow,
  highRisk: string[],
): ParticipantDetail {
  return {
    ...presentListItem(ctx, row, grid, highRisk, row.enrolledOn),
    name: ctx.sealer.unseal(row.nameSealed),
    idNumber: ctx.sealer.unseal(row.idNumberSealed),
    phone: ctx.sealer.unsealOrNull(row.phoneSealed),
    birthDate: row.birthDate,
    residence: row.residence,
    consentDate: row.consentDate,
    doctorName: grid.doctorName,
    registryPersonId: row.personId,
  };
}

/** High-risk cancers of each participant's latest assessment. */
async function latestHighRisk(ctx: RequestContext, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await ctx.db
    .select({ participantId: screeningAssessments.participantId, highRisk: screeningAssessments.highRisk })
    .from(screeningAssessments)
    .where(inArray(screeningAssessments.participantId, ids))
    .orderBy(screeningAssessments.assessedOn, screeningAssessments.id);
  for (const r of rows) out.set(r.participantId, r.highRisk as string[]);
  return out;
}

/** Participants in the caller's scope, identifiers masked; the list read is audited. */
export async function listParticipants(
  ctx: RequestContext,
  query: ParticipantListQuery,
  today: string,
): Promise<PageOf<ParticipantListItem>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where: SQL[] = [ctx.scoped.screeningParticipants()];
  if (query.programmeCode) where.push(eq(screeningParticipants.programmeCode, query.programmeCode));
  if (query.regionCode) where.push(inRegion(screeningParticipants.regionCode, query.regionCode));
  if (query.gridId) where.push(eq(screeningParticipants.gridId, query.gridId));
  if (query.idNumber)
    where.push(eq(screeningParticipants.idNumberIndex, ctx.sealer.idNumberIndex(query.idNumber)));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ p: screeningParticipants, g: screeningGrids })
      .from(screeningParticipants)
      .innerJoin(screeningGrids, eq(screeningGrids.id, screeningParticipants.gridId))
      .where(condition)
      .orderBy(desc(screeningParticipants.enrolledOn), screeningParticipants.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ n: count() }).from(screeningParticipants).where(condition),
  ]);
  const risks = await latestHighRisk(
    ctx,
    rows.map((r) => r.p.id),
  );
  const { idNumber, ...filters } = query;
  await ctx.audit({
    action: 'read',
    entity: 'screening_participant_list',
    detail: { ...filters, byIdNumber: Boolean(idNumber), returned: rows.length },
  });
  return {
    items: rows.map((r) => presentListItem(ctx, r.p, r.g, risks.get(r.p.id) ?? [], today)),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/** The participant row in the caller's scope, or 404 (out of scope and absent look alike). */
export async function participantInScope(
  ctx: RequestContext,
  id: string,
): Promise<{ p: ParticipantRow; g: GridRow }> {
  const [row] = await ctx.db
    .select({ p: screeningParticipants, g: screeningGrids })
    .from(screeningParticipants)
    .innerJoin(screeningGrids, eq(screeningGrids.id, screeningParticipants.gridId))
    .where(and(eq(screeningParticipants.id, id), ctx.scoped.screeningParticipants()));
  if (!row) throw notFound('screening participant', id);
  return row;
}

/** One participant with identified data: an audited read with its purpose. */
export async function getParticipant(
  ctx: RequestContext,
  id: string,
  purpose: string | null,
): Promise<ParticipantDetail> {
  const { p, g } = await participantInScope(ctx, id);
  await ctx.audit({ action: 'read', entity: 'screening_participant', entityId: id, purpose });
  const risks = await latestHighRisk(ctx, [id]);
  return presentDetail(ctx, p, g, risks.get(id) ?? []);
}

/** Records that the participant declines further invitations (opt-out), on the given date. */
export async function optOut(ctx: RequestContext, id: string, on: string): Promise<ParticipantDetail> {
  const { p, g } = await participantInScope(ctx, id);
  if (on < p.enrolledOn) {
    throw new AppError('validation_failed', 400, 'Opt-out before enrolment', [
      { field: 'on', reason: 'before_enrolment' },
    ]);
  }
  const [row] = await ctx.db
    .update(screeningParticipants)
    .set({ optedOutOn: on })
    .where(eq(screeningParticipants.id, id))
    .returning();
  await ctx.audit({
    action: 'update',
    entity: 'screening_participant',
    entityId: id,
    detail: { optedOutOn: on },
  });
  const risks = await latestHighRisk(ctx, [id]);
  return presentDetail(ctx, row ?? p, g, risks.get(id) ?? []);
}
