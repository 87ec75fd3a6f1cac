import { QC_EVENT_DATE_FIELD, type QcIntakeResult, type QcRecordKind, type QcRowIssue } from '@orca/contract';
import { and, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import { AppError } from '../http/errors';
import { institutions } from '../institutions/institutions.tables';
import { catalogueByCode } from './drug-catalogue';
import { prescriptionFlags } from './drug-rules';
import { qcRecords } from './quality.tables';
import { type ValidRecord, validateRecord } from './record-validation';
import { RESTRICTED_TECHNOLOGIES } from './restricted-tech';

/** One input row: its 1-based position (API) or file line, and its values. */
export interface IntakeRow {
  line: number;
  values: Record<string, unknown>;
}

interface Hospital {
  id: string;
  code: string;
  name: string;
  regionCode: string;
}

const DRUGS = catalogueByCode();
const TECHNOLOGIES = new Set(RESTRICTED_TECHNOLOGIES.map((t) => t.code));
const CHUNK = 500;

/** Hospitals the caller may submit for, by code: its own (hospital user) or those of its region. */
export async function submittableHospitals(ctx: RequestContext): Promise<Map<string, Hospital>> {
  const scope = ctx.scope;
  const where =
    scope.kind === 'institution'
      ? eq(institutions.id, scope.institutionId)
      : scope.kind === 'region'
        ? and(eq(institutions.kind, 'hospital'), inRegion(institutions.regionCode, scope.regionCode))
        : sql`false`;
  const rows = await ctx.db
    .select({
      id: institutions.id,
      code: institutions.code,
      name: institutions.name,
      regionCode: institutions.regionCode,
    })
    .from(institutions)
    .where(where);
  return new Map(rows.map((r) => [r.code, r]));
}

/** Rules beyond field types: catalogue membership and the prescription flags. */
function domainIssues(kind: QcRecordKind, record: ValidRecord, line: number): QcRowIssue[] {
  const v = record.values;
  if (kind === 'prescription' && !DRUGS.has(String(v.drugCode)))
    return [{ row: line, field: 'drugCode', reason: 'not in the antitumour-drug catalogue' }];
  if (
    (kind === 'restricted_tech_filing' || kind === 'restricted_tech_case') &&
    !TECHNOLOGIES.has(String(v.technologyCode))
  )
    return [{ row: line, field: 'technologyCode', reason: 'not in the restricted-technology catalogue' }];
  return [];
}

function flagsOf(kind: QcRecordKind, v: ValidRecord['values']): string[] {
  if (kind !== 'prescription') return [];
  const drug = DRUGS.get(String(v.drugCode));
  if (!drug) return [];
  return prescriptionFlags(drug, {
    prescriberTitle: v.prescriberTitle as never,
    pathologyConfirmed: v.pathologyConfirmed === true,
    targetTested: typeof v.targetTested === 'boolean' ? v.targetTested : null,
    offLabel: typeof v.offLabel === 'boolean' ? v.offLabel : null,
  });
}

function eventDateOf(kind: QcRecordKind, v: ValidRecord['values']): string | null {
  const value = v[QC_EVENT_DATE_FIELD[kind]];
  if (kind === 'hospital_profile') return typeof value === 'number' ? `${value}-01-01` : null;
  return typeof value === 'string' ? value : null;
}

/**
 * Takes in hospital quality records of one kind (domain guide §4; style §6): every row is checked and
 * bad rows are returned with line, field and reason; the good rows are committed together in one
 * transaction or not at all; `strict` rejects the whole submission when any row is bad. Re-sending a
 * record with the same (hospital, kind, source id) updates it, so submissions are idempotent.
 *
 * @param ctx - the caller: a hospital user submits for its own hospital, QC staff for their region's.
 * @param kind - the record kind.
 * @param rows - the rows, from the API body or a CSV/XLSX file.
 * @param strict - reject everything when one row is bad.
 * @returns counts of created and updated records and the rejected rows.
 */
export async function intakeRecords(
  ctx: RequestContext,
  kind: QcRecordKind,
  rows: Iterable<IntakeRow> | AsyncIterable<IntakeRow>,
  strict = false,
): Promise<QcIntakeResult> {
  const hospitals = await submittableHospitals(ctx);
  const own = ctx.scope.kind === 'institution' ? ([...hospitals.values()][0] ?? null) : null;
  const rejected: QcRowIssue[] = [];
  const accepted: (typeof qcRecords.$inferInsert)[] = [];
  const seen = new Set<string>();
  let received = 0;
  for await (const { line, values } of rows) {
    received++;
    const checked = validateRecord(kind, values, line);
    if (!checked.record) {
      rejected.push(...checked.issues);
      continue;
    }
    const record = checked.record;
    let hospital: Hospital | null;
    if (own) {
      hospital = !record.hospitalCode || record.hospitalCode === own.code ? own : null;
    } else {
      hospital = record.hospitalCode ? (hospitals.get(record.hospitalCode) ?? null) : null;
    }
    if (!hospital) {
      rejected.push({
        row: line,
        field: 'hospitalCode',
        reason: record.hospitalCode ? 'not a hospital you may report for' : 'required',
      });
      continue;
    }
    const issues = domainIssues(kind, record, line);
    if (issues.length > 0) {
      rejected.push(...issues);
      continue;
    }
    const key = `${hospital.id}\u0000${record.sourceId}`;
    if (seen.has(key)) {
      rejected.push({ row: line, field: 'sourceId', reason: 'repeated in this submission' });
      continue;
    }
    seen.add(key);
    const { patientRef, ...rest } = record.values;
    const ref = typeof patientRef === 'string' ? patientRef : null;
    accepted.push({
      institutionId: hospital.id,
      regionCode: hospital.regionCode,
      kind,
      sourceId: record.sourceId,
      eventDate: eventDateOf(kind, record.values),
      patientRefSealed: ctx.sealer.sealOrNull(ref),
      // Keyed by hospital: a medical-record number is only unique inside its hospital.
      patientRefIndex: ref ? ctx.sealer.idNumberIndex(`qc:${hospital.id}:${ref}`) : null,
      payload: rest,
      flags: flagsOf(kind, record.values),
    });
  }
  if (strict && rejected.length > 0) {
    throw new AppError('import_rejected', 422, `${rejected.length} problem(s); nothing was stored`, rejected);
  }
  let created = 0;
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < accepted.length; i += CHUNK) {
      const out = await tx
        .insert(qcRecords)
        .values(accepted.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: [qcRecords.institutionId, qcRecords.kind, qcRecords.sourceId],
          set: {
            eventDate: sql`excluded.event_date`,
            patientRefSealed: sql`excluded.patient_ref_sealed`,
            patientRefIndex: sql`excluded.patient_ref_index`,
            payload: sql`excluded.payload`,
            flags: sql`excluded.flags`,
            updatedAt: sql`now()`,
          },
        })
        // xmax is 0 for a freshly inserted tuple and non-zero for one updated by ON CONFLICT.
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      created += out.filter((r) => r.inserted === true || String(r.inserted) === 'true').length;
    }
  });
  await ctx.audit({
    action: 'import',
    entity: 'qc_record',
    detail: { kind, received, accepted: accepted.length, rejected: rejected.length },
  });
  return { kind, received, created, updated: accepted.length - created, rejected };
}
