import type { ImportJobView, ImportKind, ImportRejectionView, ImportStatus } from '@orca/contract';
import { and, asc, desc, eq, or, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { inRegion } from '../../context/scope';
import type { Db } from '../../db/database';
import { notFound } from '../../http/errors';
import { institutions } from '../../institutions/institutions.tables';
import { importJobs, importRejections } from '../registry.tables';

type JobRow = typeof importJobs.$inferSelect;

/** Counters of a running job. */
export interface JobProgress {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsInserted: number;
  rowsUpdated: number;
  bytesRead: number;
  bytesTotal: number;
}

// Progress of the jobs running in this process. On PGlite the import's one transaction holds the only
// connection, so the job row cannot be written until it commits; the poll reads the counters here.
const live = new Map<string, JobProgress>();

/** Records a running job's counters for pollers in this process. */
export function setLiveProgress(jobId: string, progress: JobProgress | null): void {
  if (progress) live.set(jobId, { ...progress });
  else live.delete(jobId);
}

/** The job as the API shows it; a running job's counters come from the live progress when known. */
export function presentJob(row: JobRow, institutionCode: string | null): ImportJobView {
  const p = row.status === 'running' ? live.get(row.id) : undefined;
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    fileName: row.fileName,
    institutionCode,
    status: row.status as ImportStatus,
    accept: row.accept,
    strict: row.strict,
    rowsRead: p?.rowsRead ?? row.rowsRead,
    rowsAccepted: p?.rowsAccepted ?? row.rowsAccepted,
    rowsRejected: p?.rowsRejected ?? row.rowsRejected,
    rowsInserted: p?.rowsInserted ?? row.rowsInserted,
    rowsUpdated: p?.rowsUpdated ?? row.rowsUpdated,
    bytesRead: p?.bytesRead ?? row.bytesRead,
    bytesTotal: p?.bytesTotal ?? row.bytesTotal,
    message: row.message,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

// A hospital sees its own institution's jobs; region users the jobs they started and those of
// institutions in their region; national users every job.
function jobScope(ctx: RequestContext): SQL {
  const scope = ctx.scope;
  if (scope.kind === 'institution') return eq(importJobs.institutionId, scope.institutionId);
  if (scope.kind === 'none') return eq(importJobs.createdBy, ctx.principal.userId);
  return or(
    eq(importJobs.createdBy, ctx.principal.userId),
    inRegion(institutions.regionCode, scope.regionCode),
  )!;
}

function jobsJoined(db: Db) {
  return db
    .select({ job: importJobs, institutionCode: institutions.code })
    .from(importJobs)
    .leftJoin(institutions, eq(institutions.id, importJobs.institutionId));
}

/**
 * One import job in the caller's scope (404 otherwise).
 *
 * @param ctx - the caller's request context
 * @param id - the job
 * @returns the job with its progress
 */
export async function getImportJob(ctx: RequestContext, id: string): Promise<ImportJobView> {
  const [row] = await jobsJoined(ctx.db).where(and(eq(importJobs.id, id), jobScope(ctx)));
  if (!row) throw notFound('import job', id);
  return presentJob(row.job, row.institutionCode);
}

/**
 * Recent import jobs in the caller's scope, newest first.
 *
 * @param ctx - the caller's request context
 * @param page - 1-based
 * @param pageSize - rows per page
 * @returns the jobs
 */
export async function listImportJobs(ctx: RequestContext, page = 1, pageSize = 20): Promise<ImportJobView[]> {
  const rows = await jobsJoined(ctx.db)
    .where(jobScope(ctx))
    .orderBy(desc(importJobs.startedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return rows.map((r) => presentJob(r.job, r.institutionCode));
}

/**
 * A job's rejected rows, in file order (scope as for the job).
 *
 * @param ctx - the caller's request context
 * @param id - the job
 * @param limit - at most this many
 * @param offset - skip this many
 * @returns the rejections
 */
export async function listRejections(
  ctx: RequestContext,
  id: string,
  limit: number,
  offset = 0,
): Promise<ImportRejectionView[]> {
  await getImportJob(ctx, id);
  return ctx.db
    .select({
      line: importRejections.line,
      field: importRejections.field,
      ruleId: importRejections.ruleId,
      reason: importRejections.reason,
    })
    .from(importRejections)
    .where(eq(importRejections.jobId, id))
    .orderBy(asc(importRejections.line))
    .limit(limit)
    .offset(offset);
}

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading apostrophe (OWASP "CSV injection"), then the cell is quoted as RFC 4180 needs.
 *
 * @param value - the cell text
 * @returns the CSV cell
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rejected rows of a job as CSV (`line,field,rule_id,reason`, UTF-8 with BOM so Excel reads the
 * Chinese), every cell neutralised against formula injection; streamed in pages.
 *
 * @param ctx - the caller's request context
 * @param id - the job
 * @returns the CSV text chunks
 */
export async function* rejectionsCsv(ctx: RequestContext, id: string): AsyncGenerator<string> {
  await getImportJob(ctx, id);
  await ctx.audit({ action: 'export', entity: 'import_rejections', entityId: id });
  yield '\uFEFFline,field,rule_id,reason\r\n';
  const page = 5000;
  for (let offset = 0; ; offset += page) {
    const rows = await listRejections(ctx, id, page, offset);
    if (rows.length === 0) return;
    yield rows.map((r) => `${[r.line, r.field, r.ruleId, r.reason].map(csvCell).join(',')}\r\n`).join('');
    if (rows.length < page) return;
  }
}

/**
 * Every rejected row of a job, in file order, read in pages (the CLI prints them; no scope: system use).
 *
 * @param db - the database
 * @param jobId - the job
 * @returns the rejections
 */
export async function* rejectionsOfJob(db: Db, jobId: string): AsyncGenerator<ImportRejectionView> {
  const page = 5000;
  for (let offset = 0; ; offset += page) {
    const rows = await db
      .select({
        line: importRejections.line,
        field: importRejections.field,
        ruleId: importRejections.ruleId,
        reason: importRejections.reason,
      })
      .from(importRejections)
      .where(eq(importRejections.jobId, jobId))
      .orderBy(asc(importRejections.line))
      .limit(page)
      .offset(offset);
    yield* rows;
    if (rows.length < page) return;
  }
}
