import type { PageOf, TumourDetail, TumourListItem, TumourListQuery } from '@orca/contract';
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import { notFound } from '../http/errors';
import { institutions, regions } from '../institutions/institutions.tables';
import { persons, tumours } from './registry.tables';
import { presentTumourDetail, presentTumourListItem } from './tumours.present';

function joined(ctx: RequestContext) {
  return ctx.db
    .select({
      tumour: tumours,
      person: persons,
      regionName: regions.name,
      institutionName: institutions.name,
    })
    .from(tumours)
    .innerJoin(persons, eq(persons.id, tumours.personId))
    .leftJoin(regions, eq(regions.code, tumours.regionCode))
    .leftJoin(institutions, eq(institutions.id, tumours.institutionId));
}

/** Tumours in the caller's scope, newest first, identifiers masked; the list read is audited. */
export async function listTumours(
  ctx: RequestContext,
  query: TumourListQuery,
): Promise<PageOf<TumourListItem>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where: SQL[] = [ctx.scoped.tumours()];
  if (query.regionCode) where.push(inRegion(tumours.regionCode, query.regionCode));
  if (query.icd10)
    where.push(sql`${tumours.icd10} like ${`${query.icd10.toUpperCase().replace(/[%_]/g, '')}%`}`);
  if (query.year) {
    where.push(
      sql`${tumours.diagnosisDate} >= ${`${query.year}-01-01`} and ${tumours.diagnosisDate} <= ${`${query.year}-12-31`}`,
    );
  }
  if (query.sex !== undefined) where.push(eq(persons.sex, query.sex));
  // Exact search only, through the blind indexes: identifiers are never decrypted to be scanned.
  if (query.idNumber) where.push(eq(persons.idNumberIndex, ctx.sealer.idNumberIndex(query.idNumber)));
  if (query.name) where.push(eq(persons.nameIndex, ctx.sealer.nameIndex(query.name)));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    joined(ctx)
      .where(condition)
      .orderBy(desc(tumours.diagnosisDate), tumours.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db
      .select({ n: count() })
      .from(tumours)
      .innerJoin(persons, eq(persons.id, tumours.personId))
      .where(condition),
  ]);
  const { idNumber, name, ...filters } = query;
  await ctx.audit({
    action: 'read',
    entity: 'tumour_list',
    // The search terms are identifiers themselves: record that one was used, not its value.
    detail: { ...filters, byIdNumber: Boolean(idNumber), byName: Boolean(name), returned: rows.length },
  });
  return {
    items: rows.map((r) => presentTumourListItem(r, ctx.sealer)),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/** One tumour with identified data. Out of scope and absent look alike: a county user must not learn that it exists. */
export async function getTumour(
  ctx: RequestContext,
  id: string,
  purpose: string | null,
): Promise<TumourDetail> {
  const [row] = await joined(ctx).where(and(eq(tumours.id, id), ctx.scoped.tumours()));
  if (!row) throw notFound('tumour', id);
  await ctx.audit({
    action: 'read',
    entity: 'tumour',
    entityId: id,
    purpose,
    detail: { personId: row.person.id },
  });
  return presentTumourDetail(row, ctx.sealer);
}
