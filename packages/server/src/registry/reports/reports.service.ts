import { randomUUID } from 'node:crypto';
import { type Confirmation, decideAcceptance, type Finding, RULESET_VERSION } from '@orca/checks';
import type {
  CheckResult,
  PageOf,
  ReportCard,
  ReportListItem,
  ReportListQuery,
  ReportStatus,
  ReportView,
  WarningConfirmation,
} from '@orca/contract';
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type AuditEvent, appendAudit } from '../../audit/audit.service';
import { createRequestContext, type RequestContext } from '../../context/request-context';
import type { Db } from '../../db/database';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../http/errors';
import { institutions } from '../../institutions/institutions.tables';
import { reports } from '../registry.tables';
import { consolidateAccepted, detachReports } from './consolidate-accepted';
import { caseRecordOf, type ParsedCard, rawOfCard, readCard, reportRowOf, todayIso } from './report-card';
import { presentReport, presentReportListItem } from './reports.present';

/** Roles that review cards: return them with a reason, or accept and consolidate them. */
export const REVIEW_ROLES = ['registry_staff', 'provincial_analyst', 'administrator'] as const;
/** Roles that may write cards: hospitals for their own institution, reviewers in their region. */
export const REPORTING_ROLES = ['hospital_reporter', ...REVIEW_ROLES] as const;

/** Options of {@link createReport}. */
export interface CreateOptions {
  /** Submit at once (draft otherwise). */
  submit?: boolean;
  /** The day the rule set checks against (default: the server's local date). */
  today?: string;
}

type ReportRow = typeof reports.$inferSelect;

/**
 * Runs the rule set on a card without saving it (the form's inline checks call this, and run the same
 * @orca/checks rule set in the browser too).
 *
 * @param card - the card as typed
 * @param today - `YYYY-MM-DD`
 * @returns the findings with the rule-set version
 */
export function checkReportCard(card: ReportCard, today = todayIso()): CheckResult {
  const read = readCard(rawOfCard(card), today);
  return { rulesetVersion: RULESET_VERSION, findings: [...read.findings], hasErrors: read.hasErrors };
}

/** Runs `work` in one transaction with a request context whose audit entries commit with the change. */
async function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) =>
    work(createRequestContext(ctx.principal, tx as unknown as Db, ctx.sealer)),
  );
}

function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

function parsedOrThrow(card: ReportCard, today: string) {
  const read = readCard(rawOfCard(card), today);
  if (!read.parsed) {
    // What the table cannot hold (no sex, an impossible date) blocks even a draft, field by field.
    throw badRequest(
      'The card cannot be saved',
      read.problems.map((p) => ({ field: p.field, reason: p.reason })),
    );
  }
  return { ...read, parsed: read.parsed };
}

async function institutionFor(
  ctx: RequestContext,
  code: string | null,
): Promise<{ id: string; code: string }> {
  const scope = ctx.scope;
  if (scope.kind === 'institution') {
    const [own] = await ctx.db
      .select({ id: institutions.id, code: institutions.code })
      .from(institutions)
      .where(eq(institutions.id, scope.institutionId));
    if (!own) throw forbidden();
    if (code && code !== own.code) throw forbidden('A hospital reports for its own institution only');
    return own;
  }
  if (scope.kind === 'none') throw forbidden();
  const where = code ? eq(institutions.code, code) : eq(institutions.id, ctx.principal.institutionId ?? '');
  if (!code && !ctx.principal.institutionId)
    throw badRequest('The reporting institution is required', [
      { field: 'institutionCode', reason: '请填写报告单位编码' },
    ]);
  const [found] = await ctx.db
    .select({ id: institutions.id, code: institutions.code })
    .from(institutions)
    .where(where);
  if (!found)
    throw badRequest('Unknown reporting institution', [
      { field: 'institutionCode', reason: `报告单位 ${code} 不存在` },
    ]);
  return found;
}

/** The card in the caller's scope, for update; out of scope and absent look alike (404). */
async function scopedRow(ctx: RequestContext, id: string, lock = false): Promise<ReportRow> {
  const query = ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.id, id), ctx.scoped.reports()));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('report', id);
  return row;
}

async function assertInScope(ctx: RequestContext, id: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.id, id), ctx.scoped.reports()));
  // A card the caller could not see afterwards (a county registry writing another county's resident).
  if (!row) throw forbidden('The patient’s county of residence is outside your region');
}

async function view(ctx: RequestContext, id: string): Promise<ReportView> {
  const [row] = await ctx.db
    .select({ report: reports, institutionCode: institutions.code, institutionName: institutions.name })
    .from(reports)
    .innerJoin(institutions, eq(institutions.id, reports.institutionId))
    .where(eq(reports.id, id));
  if (!row) throw notFound('report', id);
  return presentReport(row, ctx.sealer);
}

function audit(ctx: RequestContext, event: AuditEvent) {
  return appendAudit(ctx.db, { userId: ctx.principal.userId, username: ctx.principal.username }, event);
}

function assertNoErrors(findings: readonly Finding[], message: string) {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    throw badRequest(
      message,
      errors.map((f) => ({ field: f.field, reason: f.message.zh })),
    );
}

/**
 * Creates a report card as a draft, or submitted at once (a draft may hold errors; a submitted card
 * may not). A hospital reporter writes for its own institution; a reviewer for an institution of its
 * choice, for a resident of its region. The creation is audited in the same transaction.
 *
 * @param ctx - the caller's request context (the FHIR intake passes its client's)
 * @param card - the card as typed or received
 * @param options - `submit`, `today`
 * @returns the stored card (identified: the caller wrote it)
 * @throws AppError validation_failed (unreadable values, errors on submit), forbidden, conflict (source id taken)
 */
export async function createReport(
  ctx: RequestContext,
  card: ReportCard,
  options: CreateOptions = {},
): Promise<ReportView> {
  const today = options.today ?? todayIso();
  const withId = card.sourceId?.trim() ? card : { ...card, sourceId: `WEB-${randomUUID()}` };
  const read = parsedOrThrow(withId, today);
  const status: ReportStatus = options.submit ? 'submitted' : 'draft';
  if (options.submit) assertNoErrors(read.findings, 'The card has errors and cannot be submitted');
  const institution = await institutionFor(ctx, read.parsed.institutionCode);
  const id = randomUUID();
  try {
    await inTransaction(ctx, async (tx) => {
      await tx.db.insert(reports).values({
        ...reportRowOf(
          read.parsed,
          ctx.sealer,
          institution.id,
          status,
          { rulesetVersion: RULESET_VERSION, findings: read.findings, hasErrors: read.hasErrors },
          null,
        ),
        id,
        createdBy: ctx.principal.userId,
      });
      await assertInScope(tx, id);
      await audit(tx, {
        action: 'create',
        entity: 'report',
        entityId: id,
        detail: { status, institution: institution.code, hasErrors: read.hasErrors },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict(`Report ${read.parsed.sourceId} of institution ${institution.code} already exists`);
    throw err;
  }
  return view(ctx, id);
}

/**
 * Replaces the card's values (a draft or a returned card; reviewers may also correct a submitted one).
 * The rule set runs again and its version is stored with the new findings.
 *
 * @param ctx - the caller's request context
 * @param id - the card
 * @param card - the whole card again
 * @returns the stored card
 * @throws AppError not_found (absent or out of scope), conflict (state), validation_failed
 */
export async function updateReport(ctx: RequestContext, id: string, card: ReportCard): Promise<ReportView> {
  const today = todayIso();
  await inTransaction(ctx, async (tx) => {
    const row = await scopedRow(tx, id, true);
    const editable: readonly string[] = ctx.hasRole(...REVIEW_ROLES)
      ? ['draft', 'returned', 'submitted']
      : ['draft', 'returned'];
    if (!editable.includes(row.status)) throw conflict(`A ${row.status} report cannot be edited`);
    const read = parsedOrThrow({ ...card, sourceId: row.sourceId }, today);
    if (row.status === 'submitted') assertNoErrors(read.findings, 'A submitted card may not hold errors');
    const next = reportRowOf(
      read.parsed,
      ctx.sealer,
      row.institutionId,
      row.status as ReportStatus,
      { rulesetVersion: RULESET_VERSION, findings: read.findings, hasErrors: read.hasErrors },
      (row.extra as Record<string, string> | null) ?? null,
    );
    await tx.db
      .update(reports)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(reports.id, id));
    await assertInScope(tx, id);
    await audit(tx, {
      action: 'update',
      entity: 'report',
      entityId: id,
      detail: { status: row.status, hasErrors: read.hasErrors },
    });
  });
  return view(ctx, id);
}

async function transition(
  ctx: RequestContext,
  id: string,
  from: readonly ReportStatus[],
  to: ReportStatus,
  name: string,
  change: (tx: RequestContext, row: ReportRow) => Promise<Record<string, unknown>>,
): Promise<ReportView> {
  await inTransaction(ctx, async (tx) => {
    const row = await scopedRow(tx, id, true);
    if (!(from as readonly string[]).includes(row.status))
      throw conflict(`A ${row.status} report cannot be ${name === 'return' ? 'returned' : `${name}ed`}`);
    const detail = await change(tx, row);
    await tx.db.update(reports).set({ status: to, updatedAt: new Date() }).where(eq(reports.id, id));
    await audit(tx, {
      action: 'update',
      entity: 'report',
      entityId: id,
      detail: { transition: name, from: row.status, to, ...detail },
    });
  });
  return view(ctx, id);
}

function rowAsCard(ctx: RequestContext, row: ReportRow): { parsed: ParsedCard; findings: Finding[] } {
  // The stored values are re-read and re-checked: the rule set may have changed since the card was saved.
  const present = presentReport({ report: row, institutionCode: '', institutionName: '' }, ctx.sealer);
  const read = readCard(rawOfCard({ ...present.card, institutionCode: '' }), todayIso());
  if (!read.parsed) throw new AppError('validation_failed', 400, 'The stored card cannot be read');
  return { parsed: read.parsed, findings: read.findings };
}

/**
 * draft/returned → submitted. Blocked while the card has error findings (re-checked now).
 *
 * @param ctx - the caller's request context
 * @param id - the card
 * @returns the card
 */
export function submitReport(ctx: RequestContext, id: string): Promise<ReportView> {
  return transition(ctx, id, ['draft', 'returned'], 'submitted', 'submit', async (tx, row) => {
    const { findings } = rowAsCard(tx, row);
    assertNoErrors(findings, 'The card has errors and cannot be submitted');
    await tx.db
      .update(reports)
      .set({
        rulesetVersion: RULESET_VERSION,
        findings,
        hasErrors: false,
        returnReason: null,
      })
      .where(eq(reports.id, id));
    return {};
  });
}

/**
 * submitted → returned, with the reviewer's reason (shown to the hospital).
 *
 * @param ctx - a reviewer's request context
 * @param id - the card
 * @param reason - why it goes back
 * @returns the card
 */
export function returnReport(ctx: RequestContext, id: string, reason: string): Promise<ReportView> {
  if (!ctx.hasRole(...REVIEW_ROLES)) throw forbidden();
  if (reason.trim() === '')
    throw badRequest('A reason is required', [{ field: 'reason', reason: '请填写退回原因' }]);
  return transition(ctx, id, ['submitted'], 'returned', 'return', async (tx) => {
    await tx.db.update(reports).set({ returnReason: reason.trim() }).where(eq(reports.id, id));
    return { reason: reason.trim() };
  });
}

/**
 * submitted → accepted, consolidated into persons and tumours in the same transaction. The rule set
 * runs again: `error` findings block acceptance; every `warning` needs a confirmation with a reason
 * (`decideAcceptance`), recorded with the card and in the audit entry.
 *
 * @param ctx - a reviewer's request context (the FHIR intake's, for a trusted system)
 * @param id - the card
 * @param confirmations - the confirmed warnings
 * @returns the card, linked to its person and tumour
 * @throws AppError validation_failed with the blocking findings as details
 */
export function acceptReport(
  ctx: RequestContext,
  id: string,
  confirmations: readonly WarningConfirmation[] = [],
): Promise<ReportView> {
  if (!ctx.hasRole(...REVIEW_ROLES)) throw forbidden();
  return transition(ctx, id, ['submitted'], 'accepted', 'accept', async (tx, row) => {
    const { parsed, findings } = rowAsCard(tx, row);
    const decision = decideAcceptance(findings, confirmations as readonly Confirmation[]);
    if (!decision.accepted) {
      throw badRequest('The card cannot be accepted', [
        ...decision.errors.map((f) => ({ field: f.field, reason: f.message.zh })),
        ...decision.unconfirmed.map((f) => ({
          field: f.field,
          reason: `${f.ruleId}: 需确认并填写原因 — ${f.message.zh}`,
        })),
      ]);
    }
    const confirmed = findings
      .filter((f) => f.severity === 'warning')
      .map((f) => ({
        ruleId: f.ruleId,
        field: f.field,
        reason: confirmations.find((c) => c.ruleId === f.ruleId && c.field === f.field)!.reason,
        by: ctx.principal.username,
      }));
    // A card consolidated before (accepted, then changed by a re-import) leaves its old tumour first.
    if (row.tumourId) await detachReports(tx.db, [id]);
    await tx.db
      .update(reports)
      .set({
        rulesetVersion: RULESET_VERSION,
        findings,
        hasErrors: false,
        confirmedWarnings: confirmed,
        status: 'accepted',
      })
      .where(eq(reports.id, id));
    const [link] = await consolidateAccepted(tx.db, ctx.sealer, [
      { reportId: id, record: caseRecordOf(parsed), institutionId: row.institutionId },
    ]);
    return {
      confirmed: confirmed.map((c) => ({ ruleId: c.ruleId, field: c.field, reason: c.reason })),
      personId: link!.personId,
      tumourId: link!.tumourId,
      newPerson: link!.newPerson,
      newTumour: link!.newTumour,
    };
  });
}

/**
 * Cards in the caller's scope, newest first, identifiers masked; the list read is audited.
 *
 * @param ctx - the caller's request context
 * @param query - filters and page
 * @returns a page of masked cards
 */
export async function listReports(
  ctx: RequestContext,
  query: ReportListQuery,
): Promise<PageOf<ReportListItem>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where: SQL[] = [ctx.scoped.reports()];
  if (query.status) where.push(eq(reports.status, query.status));
  if (query.institutionCode) where.push(eq(institutions.code, query.institutionCode));
  if (query.hasErrors !== undefined) where.push(eq(reports.hasErrors, query.hasErrors));
  if (query.year)
    where.push(
      sql`${reports.diagnosisDate} >= ${`${query.year}-01-01`} and ${reports.diagnosisDate} <= ${`${query.year}-12-31`}`,
    );
  // Exact search only, through the blind indexes: identifiers are never decrypted to be scanned.
  if (query.idNumber) where.push(eq(reports.idNumberIndex, ctx.sealer.idNumberIndex(query.idNumber)));
  if (query.name) where.push(eq(reports.nameIndex, ctx.sealer.nameIndex(query.name)));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ report: reports, institutionCode: institutions.code, institutionName: institutions.name })
      .from(reports)
      .innerJoin(institutions, eq(institutions.id, reports.institutionId))
      .where(condition)
      .orderBy(desc(reports.updatedAt), reports.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db
      .select({ n: count() })
      .from(reports)
      .innerJoin(institutions, eq(institutions.id, reports.institutionId))
      .where(condition),
  ]);
  const { idNumber, name, ...filters } = query;
  await ctx.audit({
    action: 'read',
    entity: 'report_list',
    detail: { ...filters, byIdNumber: Boolean(idNumber), byName: Boolean(name), returned: rows.length },
  });
  return {
    items: rows.map((r) => presentReportListItem(r, ctx.sealer)),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/**
 * One card with identified data, audited with the purpose. Out of scope and absent look alike.
 *
 * @param ctx - the caller's request context
 * @param id - the card
 * @param purpose - why the caller reads it (PIPL purpose limitation)
 * @returns the identified card
 */
export async function getReport(
  ctx: RequestContext,
  id: string,
  purpose: string | null,
): Promise<ReportView> {
  await scopedRow(ctx, id);
  await ctx.audit({ action: 'read', entity: 'report', entityId: id, purpose });
  return view(ctx, id);
}
