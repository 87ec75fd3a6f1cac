import { findRegion, siteGroupOfIcd10 } from '@orca/codes';
import type {
  QualityGrouping,
  QualityQuery,
  QualityReport,
  QualityThresholds,
  QualityThresholdsUpdate,
} from '@orca/contract';
import { type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { assertRegionInScope, inRegion } from '../../context/scope';
import { badRequest } from '../../http/errors';
import { deaths, reports, tumours } from '../registry.tables';
import {
  caseYears,
  deathCounts,
  reportCountsByInstitution,
  reportDelaysByInstitution,
  tumourCounts,
  tumourDelays,
  yearsBetween,
} from './quality.queries';
import { qualityThresholds } from './quality.tables';
import { addTally, DEFAULT_THRESHOLDS, emptyTally, type QualityTally, qualityRowOf } from './quality-indices';

/** The period of a query: `year` wins over `yearFrom`/`yearTo`. */
export function periodOf(query: { year?: number; yearFrom?: number; yearTo?: number }) {
  return {
    from: query.year ?? query.yearFrom ?? null,
    to: query.year ?? query.yearTo ?? null,
  };
}

/**
 * The region a caller asks about, checked against their scope: a region user's own subtree (national
 * users: everything); a hospital reporter gets its own institution's data whatever the region.
 */
export async function resolveRegion(ctx: RequestContext, regionCode: string | undefined): Promise<string> {
  const root = regionCode ?? ctx.principal.regionCode;
  await assertRegionInScope(ctx.db, ctx.principal, root);
  return root;
}

/** Thresholds of the nearest region at or above `regionCode` that has its own, else the defaults. */
export async function thresholdsFor(ctx: RequestContext, regionCode: string): Promise<QualityThresholds> {
  const result = await ctx.db.execute(sql`
    select q.region_code, q.mv_min_pct, q.dco_max_pct, q.mi_min, q.mi_max, q.source
    from ${qualityThresholds} q join region_closure rc on rc.ancestor_code = q.region_code
    where rc.descendant_code = ${regionCode} order by rc.depth asc limit 1`);
  const [row] = (
    result as unknown as {
      rows: {
        region_code: string;
        mv_min_pct: number;
        dco_max_pct: number;
        mi_min: number;
        mi_max: number;
        source: string;
      }[];
    }
  ).rows;
  if (!row) return DEFAULT_THRESHOLDS;
  return {
    regionCode: row.region_code,
    mvMinPct: Number(row.mv_min_pct),
    dcoMaxPct: Number(row.dco_max_pct),
    miMin: Number(row.mi_min),
    miMax: Number(row.mi_max),
    source: row.source,
  };
}

/** Stores a region's thresholds (an analyst's or administrator's decision, audited with its source). */
export async function setThresholds(
  ctx: RequestContext,
  regionCode: string,
  body: QualityThresholdsUpdate,
): Promise<QualityThresholds> {
  await resolveRegion(ctx, regionCode);
  if (body.miMin > body.miMax) {
    throw badRequest('miMin must not exceed miMax', [{ field: 'miMin', reason: 'greater than miMax' }]);
  }
  const values = { ...body, regionCode, updatedBy: ctx.principal.userId, updatedAt: new Date() };
  await ctx.db
    .insert(qualityThresholds)
    .values(values)
    .onConflictDoUpdate({ target: qualityThresholds.regionCode, set: values });
  await ctx.audit({ action: 'update', entity: 'quality_thresholds', entityId: regionCode, detail: body });
  return thresholdsFor(ctx, regionCode);
}

function labelOf(by: QualityGrouping, key: string, names: ReadonlyMap<string, string>): string {
  if (by === 'county' || by === 'prefecture') return findRegion(key)?.name ?? key;
  if (by === 'hospital') return names.get(key) ?? key;
  return key;
}

/**
 * Registry quality indices (methods.md §2, domain guide §2.11) for a region and period, grouped by
 * county, prefecture, reporting hospital, year or annual-report site, with a pooled total and the
 * traffic lights against the region's thresholds. Counting happens in SQL; the arithmetic in
 * quality-indices.ts. Officials get cells under 5 suppressed.
 *
 * @param ctx - the caller; scope decides which tumours count.
 * @param query - region, period, grouping.
 * @returns the table.
 */
export async function qualityReport(ctx: RequestContext, query: QualityQuery): Promise<QualityReport> {
  const by: QualityGrouping = query.by ?? 'county';
  const root = await resolveRegion(ctx, query.regionCode);
  const { from, to } = periodOf(query);
  const thresholds = await thresholdsFor(ctx, root);
  const institutionScoped = ctx.scope.kind === 'institution';
  const tallies = new Map<string, QualityTally>();
  const names = new Map<string, string>();
  const tallyOf = (key: string, withDeaths: boolean) => {
    let t = tallies.get(key);
    if (!t) {
      t = emptyTally(withDeaths);
      tallies.set(key, t);
    }
    return t;
  };

  if (by === 'hospital') {
    const where: SQL = sql`${institutionScoped ? ctx.scoped.reports() : inRegion(reports.regionCode, root)}
      and ${yearsBetween(reports.diagnosisDate, from, to)}`;
    for (const r of await reportCountsByInstitution(ctx.db, where)) {
      const t = tallyOf(r.key ?? '', false);
      names.set(r.key ?? '', r.name);
      Object.assign(t, {
        cases: r.cases,
        mv: r.mv,
        dco: r.dco,
        unknownBasis: r.ub,
        illDefined: r.ill,
        unknownAge: r.unknown_age,
      });
    }
    for (const d of await reportDelaysByInstitution(ctx.db, where)) {
      tallyOf(d.key ?? '', false).delays.set(d.delay, d.n);
    }
  } else {
    // A hospital reporter's quality covers the tumours it reported; it sees no deaths.
    const where: SQL = sql`${institutionScoped ? ctx.scoped.tumours() : inRegion(tumours.regionCode, root)}
      and ${yearsBetween(tumours.diagnosisDate, from, to)}`;
    // Site groups pool their categories: counts are added first, then the indices computed.
    const keyOf = (raw: string | null) => {
      const key = raw ?? '';
      if (by !== 'site') return key;
      const group = siteGroupOfIcd10(key);
      if (!group) return 'other';
      names.set(String(group.id), group.zh);
      return String(group.id);
    };
    for (const r of await tumourCounts(ctx.db, by, where)) {
      addTally(tallyOf(keyOf(r.key), !institutionScoped), {
        ...emptyTally(false),
        cases: r.cases,
        mv: r.mv,
        dco: r.dco,
        unknownBasis: r.ub,
        illDefined: r.ill,
        unknownAge: r.unknown_age,
      });
    }
    for (const d of await tumourDelays(ctx.db, by, where)) {
      const t = tallyOf(keyOf(d.key), !institutionScoped);
      t.delays.set(d.delay, (t.delays.get(d.delay) ?? 0) + d.n);
    }
    if (!institutionScoped) {
      const years = (await caseYears(ctx.db, where)).filter(
        (y) => (from === null || y >= from) && (to === null || y <= to),
      );
      const deathWhere = inRegion(deaths.regionCode, root);
      for (const d of await deathCounts(ctx.db, by, deathWhere, years)) {
        const t = tallyOf(keyOf(d.key), true);
        t.deaths = (t.deaths ?? 0) + d.n;
      }
    }
  }

  const total = emptyTally(by !== 'hospital' && !institutionScoped);
  for (const t of tallies.values()) addTally(total, t);
  const small = ctx.suppressSmallCells;
  const label = (key: string) =>
    by === 'site' ? (names.get(key) ?? (key === 'other' ? '其他' : key)) : labelOf(by, key, names);
  const rows = [...tallies.entries()]
    .sort(([a], [b]) => (by === 'site' ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0))
    .map(([key, t]) => qualityRowOf(key, label(key), t, thresholds, small));
  await ctx.audit({
    action: 'read',
    entity: 'quality_report',
    detail: { regionCode: root, by, yearFrom: from, yearTo: to },
  });
  return {
    regionCode: root,
    regionName: findRegion(root)?.name ?? root,
    by,
    yearFrom: from,
    yearTo: to,
    unit: by === 'hospital' ? 'report' : 'tumour',
    thresholds,
    rows,
    total: qualityRowOf('ALL', '合计', total, thresholds, small),
  };
}
