import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { RULESET_VERSION } from '@orca/checks';
import type { ImportKind, ImportStatus } from '@orca/contract';
import { eq } from 'drizzle-orm';
import { refreshCounts } from '../../analytics';
import { type AuditActor, appendAudit } from '../../audit/audit.service';
import type { Scope } from '../../context/scope';
import type { Sealer } from '../../crypto/sealing';
import { bulkInsert } from '../../db/bulk-insert';
import type { Database, Db } from '../../db/database';
import { analyzeTables } from '../../db/maintenance';
import { readTable, type TableRow } from '../../files/table-reader';
import { institutions, regionClosure } from '../../institutions/institutions.tables';
import { importJobs, importRejections } from '../registry.tables';
import { todayIso } from '../reports/report-card';
import { caseHandler } from './import-cases';
import { type JobProgress, setLiveProgress } from './import-job';
import { COLUMN_LABELS, type KindHandler, type Rejection } from './import-kinds';
import { deathHandler, populationHandler } from './import-others';
import { createSeenKeys } from './seen-keys';

/** Rows per batch: checked in memory, then written with a fixed number of statements. */
const BATCH = 2000;

/** What to import and as whom. */
export interface ImportFileRequest {
  kind: ImportKind;
  /** The file on disk (CSV in UTF-8/GBK, or XLSX). */
  file: string;
  /** The name to show (an upload's original name). */
  fileName?: string;
  /** Reporting institution of every row (cases); else the `institution_code` column. */
  institutionCode?: string | null;
  accept?: boolean;
  strict?: boolean;
  /** Who imports: the CLI is the system user (`userId` null, username `cli`). */
  actor: AuditActor;
  /** The caller's scope; null for the CLI's system user (every region). */
  scope: Scope | null;
  /** A job created beforehand (the upload route answers with its id at once). */
  jobId?: string;
  today?: string;
  onProgress?: (progress: JobProgress) => void;
  /** Test hook: called before each batch is written, inside the transaction (e.g. to inject a failure). */
  beforeFlush?: (tx: Db, batchNumber: number) => Promise<void>;
}

/** The outcome of an import. */
export interface ImportOutcome extends JobProgress {
  jobId: string;
  status: ImportStatus;
  message: string | null;
}

class Rollback extends Error {}

/** The file as a whole cannot be imported (a missing column, no rows, an unknown institution). */
class FileRejected extends Error {
  constructor(
    message: string,
    readonly columns: string[] = [],
  ) {
    super(message);
  }
}

async function regionsOf(db: Db, scope: Scope | null): Promise<Set<string> | null> {
  if (scope?.kind !== 'region' || scope.regionCode === '000000') return null;
  const rows = await db
    .select({ code: regionClosure.descendantCode })
    .from(regionClosure)
    .where(eq(regionClosure.ancestorCode, scope.regionCode));
  return new Set(rows.map((r) => r.code));
}

/**
 * Creates the job row of an import (status running), so the caller can answer with its id at once.
 *
 * @param db - the database
 * @param request - what is imported
 * @returns the job id
 */
export async function createImportJob(db: Db, request: Omit<ImportFileRequest, 'jobId'>): Promise<string> {
  let institutionId: string | null = null;
  if (request.institutionCode) {
    const [found] = await db
      .select({ id: institutions.id })
      .from(institutions)
      .where(eq(institutions.code, request.institutionCode));
    institutionId = found?.id ?? null;
  } else if (request.scope?.kind === 'institution') institutionId = request.scope.institutionId;
  const [job] = await db
    .insert(importJobs)
    .values({
      kind: request.kind,
      fileName: request.fileName ?? path.basename(request.file),
      institutionId,
      accept: request.accept === true,
      strict: request.strict === true,
      bytesTotal: fs.existsSync(request.file) ? fs.statSync(request.file).size : 0,
      rulesetVersion: RULESET_VERSION,
      createdBy: request.actor.userId,
    })
    .returning({ id: importJobs.id });
  return job!.id;
}

/**
 * Imports one data-contract file (cases, deaths or population) in ONE transaction: rows are streamed
 * (memory stays flat), checked (parsing + @orca/checks), and written in batches of {@link BATCH};
 * rejected rows are recorded with line, column and reason; accepted rows commit together or not at all.
 * Strict mode rolls back the whole file on any rejected row (status `rejected`). A missing required
 * column rejects the file, naming it. Never throws for bad input: the outcome says what happened.
 *
 * @param database - the database (PGlite or PostgreSQL)
 * @param sealer - seals identifiers
 * @param request - file, kind, options, actor and scope
 * @returns the outcome, also stored in the job row
 */
export async function importFile(
  database: Database,
  sealer: Sealer,
  request: ImportFileRequest,
): Promise<ImportOutcome> {
  const db = database.db;
  const jobId = request.jobId ?? (await createImportJob(db, request));
  const progress: JobProgress = {
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    rowsInserted: 0,
    rowsUpdated: 0,
    bytesRead: 0,
    bytesTotal: fs.existsSync(request.file) ? fs.statSync(request.file).size : 0,
  };
  // Rejections go to a scratch file, not memory, and reach the table after the transaction: they
  // must survive a strict-mode rollback, and a million-row file may reject many rows.
  const scratch = path.join(os.tmpdir(), `orca-rejections-${jobId}.ndjson`);
  fs.writeFileSync(scratch, '');
  const rejectedLines = new Set<number>();
  const reject = (rejections: readonly Rejection[]) => {
    if (rejections.length === 0) return;
    fs.appendFileSync(scratch, `${rejections.map((r) => JSON.stringify(r)).join('\n')}\n`);
    for (const r of rejections) rejectedLines.add(r.line);
    progress.rowsRejected = rejectedLines.size;
  };
  let status: ImportStatus = 'done';
  let message: string | null = null;
  let lastReport = 0;
  const report = async (force = false) => {
    setLiveProgress(jobId, progress);
    request.onProgress?.({ ...progress });
    // PostgreSQL: the job row is written from another connection so pollers elsewhere see it; on
    // PGlite the transaction holds the only connection and the live progress serves instead.
    if (database.engine === 'postgres' && (force || progress.rowsRead - lastReport >= 5000)) {
      lastReport = progress.rowsRead;
      await db.update(importJobs).set(progress).where(eq(importJobs.id, jobId));
    }
  };

  try {
    const today = request.today ?? todayIso();
    const allInstitutions = await db
      .select({ id: institutions.id, code: institutions.code, regionCode: institutions.regionCode })
      .from(institutions);
    const byCode = new Map(allInstitutions.map((i) => [i.code, { id: i.id, regionCode: i.regionCode }]));
    const regions = await regionsOf(db, request.scope);
    let handler: KindHandler<unknown>;
    if (request.kind === 'cases') {
      const fixed = request.institutionCode ? byCode.get(request.institutionCode) : undefined;
      if (request.institutionCode && !fixed)
        throw new FileRejected(`报告单位编码 ${request.institutionCode} 不存在`);
      const own = request.scope?.kind === 'institution' ? request.scope.institutionId : null;
      handler = caseHandler({
        jobId,
        sealer,
        today,
        accept: request.accept === true,
        institutionId: fixed?.id ?? own,
        institutions: byCode,
        regions,
        ownInstitutionId: own,
        createdBy: request.actor.userId,
        username: request.actor.username ?? 'cli',
      }) as KindHandler<unknown>;
    } else if (request.kind === 'deaths') {
      handler = deathHandler(sealer, today, regions) as KindHandler<unknown>;
    } else {
      handler = populationHandler(regions) as KindHandler<unknown>;
    }

    await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await createSeenKeys(tx);
      let batch: unknown[] = [];
      let batchNumber = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await request.beforeFlush?.(tx, batchNumber++);
        const result = await handler.flush(tx, batch);
        reject(result.rejections);
        progress.rowsInserted += result.inserted;
        progress.rowsUpdated += result.updated;
        progress.rowsAccepted += batch.length - new Set(result.rejections.map((r) => r.line)).size;
        batch = [];
        await report();
      };
      let first = true;
      const rows = readTable(request.file, {
        onBytes: (read) => {
          progress.bytesRead = read;
        },
      });
      for await (const row of rows as AsyncIterable<TableRow>) {
        if (first) {
          first = false;
          const missing = handler.requiredColumns(new Set(Object.keys(row.values)));
          if (missing.length > 0)
            throw new FileRejected(
              `缺少必需的列：${missing.map((c) => `${c}（${COLUMN_LABELS[c] ?? c}）`).join('、')} (missing required column: ${missing.join(', ')})`,
              missing,
            );
        }
        progress.rowsRead++;
        const read = handler.readRow(row);
        if ('rejections' in read) reject(read.rejections);
        else batch.push(read.item);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      if (first) throw new FileRejected('文件中没有数据行 (the file holds no data rows)');
      if (request.strict && progress.rowsRejected > 0) {
        message = `严格模式：${progress.rowsRejected} 行被拒绝，整个文件未导入 (strict mode: ${progress.rowsRejected} row(s) rejected, nothing imported)`;
        status = 'rejected';
        throw new Rollback();
      }
      await appendAudit(tx, request.actor, {
        action: 'import',
        entity: 'import_job',
        entityId: jobId,
        detail: {
          kind: request.kind,
          file: request.fileName ?? path.basename(request.file),
          accept: request.accept === true,
          strict: request.strict === true,
          ...progress,
        },
      });
    });
  } catch (err) {
    if (err instanceof FileRejected) {
      status = 'rejected';
      message = err.message;
      for (const column of err.columns)
        reject([{ line: 1, field: column, ruleId: 'column_missing', reason: err.message }]);
    } else if (!(err instanceof Rollback)) {
      status = 'failed';
      // Bad input never crashes the server: the reason is kept with the job (a CSV parse error names its line).
      message = `导入失败 (import failed): ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  if (status !== 'done') {
    progress.rowsAccepted = 0;
    progress.rowsInserted = 0;
    progress.rowsUpdated = 0;
  }
  await saveRejections(db, jobId, scratch);
  // Accepted cases, deaths and population change what analytics count: rebuild the counts cube.
  const changesCounts = request.kind !== 'cases' || request.accept === true;
  if (status === 'done' && progress.rowsAccepted > 0) {
    await analyzeTables(db, ['reports', 'persons', 'tumours', 'deaths', 'populations']);
    if (changesCounts) await refreshCounts(db);
  }
  await db
    .update(importJobs)
    .set({ ...progress, status, message, finishedAt: new Date() })
    .where(eq(importJobs.id, jobId));
  setLiveProgress(jobId, null);
  request.onProgress?.({ ...progress });
  return { jobId, status, message, ...progress };
}

async function saveRejections(db: Db, jobId: string, scratch: string): Promise<void> {
  try {
    const lines = createInterface({
      input: fs.createReadStream(scratch),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let batch: Record<string, unknown>[] = [];
    for await (const line of lines) {
      if (line === '') continue;
      batch.push({ jobId, ...(JSON.parse(line) as Rejection) });
      if (batch.length >= 5000) {
        await bulkInsert(db, importRejections, batch);
        batch = [];
      }
    }
    await bulkInsert(db, importRejections, batch);
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}
