import { CN_2016_SITE_GROUPS, findRegion, icd10Category, siteGroupOfIcd10 } from '@orca/codes';
import type { SurvivalGroup, SurvivalPointRow, SurvivalQuery, SurvivalResult } from '@orca/contract';
import {
  buildLifeTable,
  buildSurvivalCohort,
  type CaseRecord,
  type CohortSubject,
  ederer2,
  kaplanMeier,
  type LifeTable,
  poharPerme,
  type SurvivalCurve,
  type SurvivalPoint,
  survivalAt,
} from '@orca/epi';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import type { Db } from '../db/database';
import { badRequest } from '../http/errors';
import { analyticsRegion, assertYears, countFor, isSuppressed, sexesOf } from './analytics-scope';
import { categoriesOfSite } from './site-selection';

/** Years at which the table reads the curve. */
export const SURVIVAL_TABLE_YEARS = [1, 3, 5] as const;
/** The charted curve: monthly from 0 to 5 years. */
export const SURVIVAL_CURVE_YEARS: readonly number[] = Array.from({ length: 61 }, (_, m) => m / 12);

type Rows<T> = { rows: T[] };

/**
 * The data-contract case rows (cases.csv columns) of the accepted tumours diagnosed in the years and
 * region, with their person's sex, birth date and follow-up — the cohort `orca stats survival` would
 * read from the CSV extract of the same data.
 */
export async function survivalRecords(
  db: Db,
  root: string,
  yearFrom: number,
  yearTo: number,
): Promise<CaseRecord[]> {
  const result = (await db.execute(sql`
    select t.icd10, t.basis::text as basis, t.diagnosis_date, p.birth_date, p.sex::text as sex,
      p.vital_status::text as vital_status, p.last_contact_date, t.region_code
    from tumours t join persons p on p.id = t.person_id
    where t.status = 'accepted' and ${inRegion(sql`t.region_code`, root)}
      and t.diagnosis_date >= make_date(${yearFrom}::int, 1, 1) and t.diagnosis_date < make_date(${yearTo}::int + 1, 1, 1)`)) as unknown as Rows<
    Record<string, string | null>
  >;
  return result.rows.map((r) => {
    const record: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(r)) record[k] = v ?? undefined;
    return record;
  });
}

/** The general-population life table (region '' = the whole area), or null when none is loaded. */
export async function loadLifeTable(db: Db): Promise<LifeTable | null> {
  const result = (await db.execute(
    sql`select year::int as year, sex::int as sex, age::int as age, qx from life_tables where region_code = ''`,
  )) as unknown as Rows<{ year: number; sex: number; age: number; qx: string }>;
  if (result.rows.length === 0) return null;
  return buildLifeTable(
    result.rows.map((r) => ({ year: r.year, sex: r.sex as 1 | 2, age: r.age, qx: Number(r.qx) })),
  );
}

/** The estimator of a method, as `survivalTable` in @orca/epi chooses it. */
export function survivalCurve(
  method: NonNullable<SurvivalQuery['method']>,
  subjects: readonly CohortSubject[],
  lifeTable: LifeTable | null,
): SurvivalCurve {
  if (method === 'observed') return kaplanMeier(subjects);
  if (!lifeTable)
    throw badRequest('Relative and net survival need a life table', [
      { field: 'method', reason: 'no_life_table' },
    ]);
  return method === 'ederer2' ? ederer2(subjects, lifeTable) : poharPerme(subjects, lifeTable);
}

const point = (p: SurvivalPoint): SurvivalPointRow => ({
  years: p.timeYears,
  estimate: p.estimate,
  lower: p.lower,
  upper: p.upper,
});

/**
 * Observed (Kaplan–Meier), relative (Ederer II) or net (Pohar Perme) survival of the tumours diagnosed
 * in a region and years (methods.md §3), by sex or site group: the curve read monthly for the chart and
 * the 1-, 3-, 5-year values with 95 % intervals, computed by @orca/epi on the cohort of §3.1. Officials
 * see no group of fewer than 5 patients.
 *
 * @param ctx - the request context.
 * @param q - filters, grouping and method.
 * @returns one group per sex or site group, and the cohort exclusions.
 */
export async function analyticsSurvival(ctx: RequestContext, q: SurvivalQuery): Promise<SurvivalResult> {
  assertYears(q.yearFrom, q.yearTo);
  const categories = categoriesOfSite(q.site ?? 'ALL');
  const region = await analyticsRegion(ctx, q.regionCode);
  const method = q.method ?? 'observed';
  const by = q.by ?? 'sex';
  const sexes = sexesOf(q.sex).map(String);
  const wanted = categories === null ? null : new Set(categories);
  const records = (await survivalRecords(ctx.db, region.code, q.yearFrom, q.yearTo)).filter((r) => {
    if (!sexes.includes(r.sex ?? '')) return false;
    if (wanted === null) return true;
    const category = icd10Category(r.icd10 ?? '');
    return category !== null && wanted.has(category);
  });
  const lifeTable = method === 'observed' ? null : await loadLifeTable(ctx.db);
  if (method !== 'observed' && !lifeTable) {
    throw badRequest('Relative and net survival need a life table', [
      { field: 'method', reason: 'no_life_table' },
    ]);
  }
  const cohort = buildSurvivalCohort(records);
  const groups = new Map<string, { sex: number | null; siteId: number | null; subjects: CohortSubject[] }>();
  for (const subject of cohort.subjects) {
    const siteId = by === 'site' ? (siteGroupOfIcd10(subject.icd10_3)?.id ?? null) : null;
    if (by === 'site' && siteId === null) continue;
    const key = by === 'sex' ? String(subject.sex) : by === 'site' ? `G${siteId}` : 'all';
    let group = groups.get(key);
    if (!group) {
      group = { sex: by === 'sex' ? subject.sex : null, siteId, subjects: [] };
      groups.set(key, group);
    }
    group.subjects.push(subject);
  }
  const out: SurvivalGroup[] = [];
  const ordered = [...groups.entries()].sort(
    ([, a], [, b]) => (a.sex ?? a.siteId ?? 0) - (b.sex ?? b.siteId ?? 0),
  );
  for (const [key, group] of ordered) {
    const n = group.subjects.length;
    const info = group.siteId === null ? null : siteInfo(group.siteId);
    const hidden = isSuppressed(ctx, n);
    const curve = hidden ? null : survivalCurve(method, group.subjects, lifeTable);
    out.push({
      key,
      sex: group.sex,
      siteId: group.siteId,
      zh: info?.zh ?? null,
      en: info?.en ?? null,
      patients: countFor(ctx, n),
      curve: curve ? survivalAt(curve, SURVIVAL_CURVE_YEARS).map(point) : [],
      table: curve ? survivalAt(curve, SURVIVAL_TABLE_YEARS).map(point) : [],
    });
  }
  await ctx.audit({
    action: 'read',
    entity: 'analytics_survival',
    detail: { regionCode: region.code, regionName: findRegion(region.code)?.name ?? null, method, by },
  });
  return { regionCode: region.code, method, groups: out, excluded: cohort.excluded };
}

function siteInfo(id: number): { zh: string; en: string } | null {
  const group = CN_2016_SITE_GROUPS.groups.find((g) => g.id === id);
  return group ? { zh: group.zh, en: group.en } : null;
}
