import { randomUUID } from 'node:crypto';
import { maskName } from '@orca/codes';
import type { DcoCandidate, DcoResult, PageOf, PageQuery } from '@orca/contract';
import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/audit.service';
import type { RequestContext } from '../context/request-context';
import type { Db } from '../db/database';
import { conflict, notFound } from '../http/errors';
import { institutions, regionClosure } from '../institutions/institutions.tables';
import type { CaseRecord } from '../registry/records';
import { deaths, reports } from '../registry/registry.tables';
import { sealedReportRow } from '../registry/report-rows';
import { consolidateAccepted } from '../registry/reports';
import { linkageReviewPairs } from './linkage.tables';
import { linkDeathToPerson } from './person-merge';

/** Malignant neoplasms C00–C97 (ICD-10 chapter II without the in-situ, benign and uncertain D codes). */
export function isCancerCause(icd10: string | null): boolean {
  const m = icd10
    ?.trim()
    .toUpperCase()
    .match(/^C(\d{2})/);
  return m !== null && m !== undefined && Number(m[1]) <= 97;
}

const cancerCause = sql`${deaths.causeOfDeath} ~ '^C([0-8][0-9]|9[0-7])'`;

/**
 * Unlinked deaths from cancer (C00–C97) in scope: death-certificate-only candidates for trace-back
 * (domain guide: 死亡补发病). Names masked; the list read is audited.
 *
 * @param ctx - request context
 * @param query - page
 * @returns a page of candidates, oldest death first
 */
export async function listDcoCandidates(
  ctx: RequestContext,
  query: PageQuery,
): Promise<PageOf<DcoCandidate>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const condition = and(ctx.scoped.deaths(), isNull(deaths.personId), cancerCause) as SQL;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        death: deaths,
        inReview: sql<boolean>`exists (select 1 from ${linkageReviewPairs} p where p.right_id = ${deaths.id} and p.status = 'open')`,
      })
      .from(deaths)
      .where(condition)
      .orderBy(asc(deaths.deathDate), asc(deaths.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ n: count() }).from(deaths).where(condition),
  ]);
  await ctx.audit({ action: 'read', entity: 'dco_candidate_list', detail: { page, returned: rows.length } });
  return {
    items: rows.map(({ death: d, inReview }) => ({
      deathId: d.id,
      sourceId: d.sourceId,
      name: maskName(ctx.sealer.unseal(d.nameSealed)),
      sex: d.sex,
      birthDate: d.birthDate,
      regionCode: d.regionCode,
      deathDate: d.deathDate,
      causeOfDeath: d.causeOfDeath ?? '',
      inReview: Boolean(inReview),
    })),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/** The registry that records a DCO case: the caller's institution, else the nearest registry above the death's county. */
async function recordingInstitution(
  db: Db,
  callerInstitution: string | null,
  regionCode: string,
): Promise<string | null> {
  if (callerInstitution) return callerInstitution;
  const [row] = await db
    .select({ id: institutions.id })
    .from(institutions)
    .innerJoin(regionClosure, eq(regionClosure.ancestorCode, institutions.regionCode))
    .where(and(eq(regionClosure.descendantCode, regionCode), eq(institutions.kind, 'registry')))
    .orderBy(asc(regionClosure.depth))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Registers a death-certificate-only case after trace-back found no report (issue #4 part 5): a report
 * with basis 0 and incidence date = death date, accepted and consolidated into a person and tumour by
 * the report-card service, and the death linked to that person. Audited with the trace-back note.
 *
 * @param ctx - request context
 * @param deathId - the death
 * @param traceBackNote - what the trace-back did
 * @returns the ids created
 * @throws not_found out of scope; conflict when linked already or not a cancer death
 */
export async function createDco(
  ctx: RequestContext,
  deathId: string,
  traceBackNote: string,
): Promise<DcoResult> {
  const [death] = await ctx.db
    .select()
    .from(deaths)
    .where(and(eq(deaths.id, deathId), ctx.scoped.deaths()));
  if (!death) throw notFound('death', deathId);
  if (death.personId) throw conflict(`death ${deathId} is already linked to a person`);
  if (!isCancerCause(death.causeOfDeath)) throw conflict(`death ${deathId} is not a cancer death (C00–C97)`);
  const institutionId = await recordingInstitution(ctx.db, ctx.principal.institutionId, death.regionCode);
  if (!institutionId) throw conflict(`no registry records cases for region ${death.regionCode}`);
  const cause = death.causeOfDeath!.trim().toUpperCase();
  const record: CaseRecord = {
    sourceId: `DCO-${death.sourceId}`,
    name: ctx.sealer.unseal(death.nameSealed),
    sex: death.sex,
    birthDate: death.birthDate,
    idNumber: ctx.sealer.unsealOrNull(death.idNumberSealed),
    regionCode: death.regionCode,
    diagnosisDate: death.deathDate, // DCO: incidence date = date of death (IARC)
    icd10: cause,
    topography: null,
    morphology: null,
    basis: 0, // death certificate only
    vitalStatus: 2,
    lastContactDate: death.deathDate,
    causeOfDeath: cause,
  };
  const actor = { userId: ctx.principal.userId, username: ctx.principal.username };
  return ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const reportId = randomUUID();
    const row = sealedReportRow(record, ctx.sealer, institutionId, 'accepted');
    await tx.insert(reports).values({ ...row, id: reportId, createdBy: ctx.principal.userId });
    const [link] = await consolidateAccepted(tx, ctx.sealer, [{ reportId, record, institutionId }]);
    if (!link) throw new Error('consolidation returned no link');
    const effect = await linkDeathToPerson(tx, deathId, link.personId);
    if (!effect) throw conflict(`death ${deathId} is already linked to a person`);
    await appendAudit(tx, actor, {
      action: 'create',
      entity: 'dco_case',
      entityId: reportId,
      purpose: traceBackNote,
      detail: { deathId, personId: link.personId, tumourId: link.tumourId, basis: 0 },
    });
    return { deathId, personId: link.personId, reportId, tumourId: link.tumourId };
  });
}
