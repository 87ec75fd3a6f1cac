import type { PageOf, QcRecordKind, QcRecordListQuery, QcRecordView } from '@orca/contract';
import { and, asc, count, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { institutions } from '../institutions/institutions.tables';
import { qcRecords } from './quality.tables';

/**
 * Lists quality records in the caller's scope (region subtree, or a hospital user's own hospital),
 * newest first; the patient reference never leaves the server.
 *
 * @param ctx - the caller.
 * @param query - kind, hospital, period (event date, inclusive), flag, page.
 * @returns a page of records.
 */
export async function listRecords(
  ctx: RequestContext,
  query: QcRecordListQuery,
): Promise<PageOf<QcRecordView>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const conditions: SQL[] = [ctx.scoped.qualityRecords()];
  if (query.kind) conditions.push(eq(qcRecords.kind, query.kind));
  if (query.hospitalCode) conditions.push(eq(institutions.code, query.hospitalCode));
  if (query.from) conditions.push(gte(qcRecords.eventDate, query.from));
  if (query.to) conditions.push(lte(qcRecords.eventDate, query.to));
  if (query.flag) conditions.push(sql`${qcRecords.flags} @> ${JSON.stringify([query.flag])}::jsonb`);
  const where = and(...conditions);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(qcRecords)
    .innerJoin(institutions, eq(institutions.id, qcRecords.institutionId))
    .where(where);
  const rows = await ctx.db
    .select({
      id: qcRecords.id,
      kind: qcRecords.kind,
      sourceId: qcRecords.sourceId,
      hospitalCode: institutions.code,
      hospitalName: institutions.name,
      eventDate: qcRecords.eventDate,
      payload: qcRecords.payload,
      flags: qcRecords.flags,
    })
    .from(qcRecords)
    .innerJoin(institutions, eq(institutions.id, qcRecords.institutionId))
    .where(where)
    .orderBy(sql`${qcRecords.eventDate} desc nulls last`, asc(qcRecords.sourceId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  await ctx.audit({ action: 'read', entity: 'qc_record', detail: { query, returned: rows.length } });
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as QcRecordKind,
      sourceId: r.sourceId,
      hospitalCode: r.hospitalCode,
      hospitalName: r.hospitalName,
      eventDate: r.eventDate,
      data: r.payload,
      flags: r.flags,
    })),
    total: Number(total?.n ?? 0),
    page,
    pageSize,
  };
}
