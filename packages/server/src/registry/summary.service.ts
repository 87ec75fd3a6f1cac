import { findRegion, siteGroupOfIcd10 } from '@orca/codes';
import type { Count, RegistrySummary } from '@orca/contract';
import { type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { assertRegionInScope, inRegion } from '../context/scope';
import { queryRows } from '../db/database';
import { deaths, tumours } from './registry.tables';

/** Cells under this many cases are hidden from officials and the public (re-identification risk). */
export const SMALL_CELL = 5;

export function suppress(value: number, suppressSmall: boolean): Count {
  return suppressSmall && value > 0 && value < SMALL_CELL
    ? { value: null, suppressed: true }
    : { value, suppressed: false };
}

/** Aggregates over a region the caller may see; a hospital reporter's are limited to its own reports. */
export async function registrySummary(ctx: RequestContext, regionCode?: string): Promise<RegistrySummary> {
  const root = regionCode ?? ctx.principal.regionCode;
  await assertRegionInScope(ctx.db, ctx.principal, root);
  const tumourWhere =
    ctx.scope.kind === 'institution' ? ctx.scoped.tumours() : inRegion(tumours.regionCode, root);
  const q = <T>(query: SQL) => queryRows<T>(ctx.db, query);
  const [totals] = await q<{
    tumours: number;
    persons: number;
    y0: number | null;
    y1: number | null;
    mv: number;
    dco: number;
  }>(sql`
    select count(*)::int as tumours, count(distinct ${tumours.personId})::int as persons,
      min(extract(year from ${tumours.diagnosisDate}))::int as y0, max(extract(year from ${tumours.diagnosisDate}))::int as y1,
      count(*) filter (where ${tumours.basis} in (5, 6, 7))::int as mv, count(*) filter (where ${tumours.basis} = 0)::int as dco
    from ${tumours} where ${tumourWhere}`);
  const byYear = await q<{ year: number; n: number }>(sql`
    select extract(year from ${tumours.diagnosisDate})::int as year, count(*)::int as n
    from ${tumours} where ${tumourWhere} group by 1 order by 1`);
  const byCategory = await q<{ cat: string; n: number }>(sql`
    select left(replace(${tumours.icd10}, '.', ''), 3) as cat, count(*)::int as n
    from ${tumours} where ${tumourWhere} group by 1`);
  const byRegion = await q<{ code: string; name: string; n: number }>(sql`
    select c.code, c.name, count(${tumours.id})::int as n
    from regions c
    join region_closure rc on rc.ancestor_code = c.code
    left join ${tumours} on ${tumours.regionCode} = rc.descendant_code and ${tumourWhere}
    where c.parent_code = ${root}
    group by c.code, c.name order by c.code`);
  const deathWhere = ctx.scope.kind === 'institution' ? sql`false` : inRegion(deaths.regionCode, root);
  const [deathCount] = await q<{ n: number }>(
    sql`select count(*)::int as n from ${deaths} where ${deathWhere}`,
  );

  const sites = new Map<number, { siteId: number; zh: string; en: string; n: number }>();
  for (const { cat, n } of byCategory) {
    const group = siteGroupOfIcd10(cat);
    if (!group) continue;
    const entry = sites.get(group.id) ?? { siteId: group.id, zh: group.zh, en: group.en, n: 0 };
    entry.n += n;
    sites.set(group.id, entry);
  }
  const small = ctx.suppressSmallCells;
  const total = totals?.tumours ?? 0;
  const pct = (x: number) => (total > 0 ? (100 * x) / total : null);
  await ctx.audit({ action: 'read', entity: 'registry_summary', detail: { regionCode: root } });
  return {
    regionCode: root,
    regionName: findRegion(root)?.name ?? root,
    tumours: total,
    persons: totals?.persons ?? 0,
    deaths: deathCount?.n ?? 0,
    yearFrom: totals?.y0 ?? null,
    yearTo: totals?.y1 ?? null,
    byYear: byYear.map((r) => ({ year: r.year, cases: suppress(r.n, small) })),
    topSites: [...sites.values()]
      .sort((a, b) => b.n - a.n)
      .slice(0, 10)
      .map(({ n, ...s }) => ({ ...s, cases: suppress(n, small) })),
    byRegion: byRegion.map((r) => ({ regionCode: r.code, regionName: r.name, cases: suppress(r.n, small) })),
    mvPct: pct(totals?.mv ?? 0),
    dcoPct: pct(totals?.dco ?? 0),
  };
}
