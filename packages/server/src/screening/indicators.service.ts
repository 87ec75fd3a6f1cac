import { completedAgeYears, maskName, maskResidentId } from '@orca/codes';
import type { DrillQuery, IndicatorsQuery, IndicatorsView, ParticipantListItem } from '@orca/contract';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import { badRequest } from '../http/errors';
import { persons, populations, tumours } from '../registry/registry.tables';
import { computeIndicators, type IndicatorResult } from './indicators';
import { programmeOf } from './programmes';
import {
  screeningAssessments,
  screeningExams,
  screeningGrids,
  screeningParticipants,
  screeningTasks,
} from './screening.tables';

/**
 * Which participants count: person-level roles by their scope; aggregate-only callers (officials)
 * by their region, since they see only suppressed counts of it.
 */
function participantCondition(ctx: RequestContext, regionCode: string | undefined): SQL {
  const base =
    ctx.scope.kind === 'none'
      ? inRegion(screeningParticipants.regionCode, ctx.principal.regionCode)
      : ctx.scoped.screeningParticipants();
  return regionCode ? (and(base, inRegion(screeningParticipants.regionCode, regionCode)) as SQL) : base;
}

async function compute(ctx: RequestContext, query: IndicatorsQuery): Promise<IndicatorResult[]> {
  const programme = programmeOf(query.programmeCode);
  if (!programme) throw badRequest('Unknown programme', [{ field: 'programmeCode', reason: 'unknown' }]);
  if (query.from > query.to)
    throw badRequest('The period ends before it starts', [{ field: 'to', reason: 'before_from' }]);
  if (query.cancer && !programme.cancers.some((c) => c.cancer === query.cancer)) {
    throw badRequest(`${query.cancer} is not screened in ${programme.code}`, [
      { field: 'cancer', reason: 'not_in_programme' },
    ]);
  }
  const participants = await ctx.db
    .select({
      id: screeningParticipants.id,
      sex: screeningParticipants.sex,
      birthDate: screeningParticipants.birthDate,
      enrolledOn: screeningParticipants.enrolledOn,
    })
    .from(screeningParticipants)
    .where(
      and(
        eq(screeningParticipants.programmeCode, programme.code),
        participantCondition(ctx, query.regionCode),
      ),
    );
  const ids = participants.map((p) => p.id);
  const year = Number(query.to.slice(0, 4));
  const popRegion =
    query.regionCode ?? (ctx.scope.kind === 'region' ? ctx.scope.regionCode : ctx.principal.regionCode);
  const population = await ctx.db
    .select({ sex: populations.sex, ageGroup: populations.ageGroup, population: populations.population })
    .from(populations)
    .where(and(eq(populations.year, year), inRegion(populations.regionCode, popRegion)));
  if (ids.length === 0) {
    return computeIndicators({
      programme,
      ...periodOf(query),
      participants: [],
      assessments: [],
      exams: [],
      tasks: [],
      tumours: [],
      population,
    });
  }
  const [assessments, exams, tasks, linked] = await Promise.all([
    ctx.db
      .select({
        participantId: screeningAssessments.participantId,
        assessedOn: screeningAssessments.assessedOn,
        highRisk: screeningAssessments.highRisk,
      })
      .from(screeningAssessments)
      .where(inArray(screeningAssessments.participantId, ids)),
    ctx.db.select().from(screeningExams).where(inArray(screeningExams.participantId, ids)),
    ctx.db
      .select({
        examId: screeningTasks.examId,
        participantId: screeningTasks.participantId,
        kind: screeningTasks.kind,
        completedOn: screeningTasks.completedOn,
      })
      .from(screeningTasks)
      .where(inArray(screeningTasks.participantId, ids)),
    // Registry tumours of the same person: matched through the resident-ID blind index, so a tumour
    // registered after enrolment is found without re-matching.
    ctx.db
      .select({
        participantId: screeningParticipants.id,
        icd10: tumours.icd10,
        diagnosisDate: tumours.diagnosisDate,
        stage: tumours.stage,
      })
      .from(screeningParticipants)
      .innerJoin(persons, eq(persons.idNumberIndex, screeningParticipants.idNumberIndex))
      .innerJoin(tumours, eq(tumours.personId, persons.id))
      .where(inArray(screeningParticipants.id, ids)),
  ]);
  return computeIndicators({
    programme,
    ...periodOf(query),
    participants,
    assessments: assessments.map((a) => ({ ...a, highRisk: a.highRisk as string[] })),
    exams,
    tasks,
    tumours: linked,
    population,
  });
}

const periodOf = (q: IndicatorsQuery) => ({
  from: q.from,
  to: q.to,
  ...(q.cancer ? { cancer: q.cancer } : {}),
});

/** Counts 1–4 are hidden from aggregate-only callers (ctx.suppressSmallCells). */
const suppress = (n: number, on: boolean) => (on && n > 0 && n < 5 ? null : n);

/**
 * Indicators by programme, region and period: numerators, denominators and proportions; small cells
 * suppressed for aggregate-only callers. The computation is audited as an aggregate read.
 */
export async function screeningIndicators(
  ctx: RequestContext,
  query: IndicatorsQuery,
): Promise<IndicatorsView> {
  const results = await compute(ctx, query);
  await ctx.audit({ action: 'read', entity: 'screening_indicators', detail: query });
  const hide = ctx.suppressSmallCells;
  return {
    programmeCode: query.programmeCode,
    from: query.from,
    to: query.to,
    values: results.map((r) => {
      const numerator = suppress(r.numerator, hide);
      const denominator = suppress(r.denominator, hide);
      return {
        indicator: r.indicator,
        numerator,
        denominator,
        proportion: numerator === null || denominator === null ? null : r.proportion,
      };
    }),
  };
}

/**
 * The participants behind one indicator's numerator or denominator, masked: the drill-down. A
 * population denominator (coverage) has no participants and returns an empty list.
 */
export async function drillIndicator(
  ctx: RequestContext,
  query: DrillQuery,
  today: string,
): Promise<ParticipantListItem[]> {
  const results = await compute(ctx, query);
  const r = results.find((x) => x.indicator === query.indicator)!;
  const ids = [...new Set(query.part === 'numerator' ? r.numeratorIds : (r.denominatorIds ?? []))];
  await ctx.audit({
    action: 'read',
    entity: 'screening_indicator_drill',
    detail: { ...query, returned: ids.length },
  });
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select({ p: screeningParticipants, g: screeningGrids })
    .from(screeningParticipants)
    .innerJoin(screeningGrids, eq(screeningGrids.id, screeningParticipants.gridId))
    .where(and(inArray(screeningParticipants.id, ids), ctx.scoped.screeningParticipants()))
    .orderBy(screeningParticipants.enrolledOn, screeningParticipants.id);
  return rows.map(({ p, g }) => ({
    id: p.id,
    programmeCode: p.programmeCode,
    name: maskName(ctx.sealer.unseal(p.nameSealed)),
    idNumber: maskResidentId(ctx.sealer.unseal(p.idNumberSealed)),
    sex: p.sex,
    ageYears: completedAgeYears(p.birthDate, today),
    regionCode: p.regionCode,
    township: g.township,
    village: g.village,
    enrolledOn: p.enrolledOn,
    registryMatched: p.personId !== null,
    highRisk: [],
    optedOut: p.optedOutOn !== null,
  }));
}
