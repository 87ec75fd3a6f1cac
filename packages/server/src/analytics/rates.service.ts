import { AGE_GROUPS, CN_2016_SITE_GROUPS, findRegion, type StandardPopulationKey } from '@orca/codes';
import type { AgeSpecificRow, RateRow, RatesQuery, RatesResult, TopSiteRow } from '@orca/contract';
import { rankSites } from '@orca/epi';
import type { RequestContext } from '../context/request-context';
import { type CubeFilter, type CubeKey, cubeCounts, populationCells } from './analytics.queries';
import { analyticsRegion, assertYears, countFor, measureCode, sexesOf, valueFor } from './analytics-scope';
import { type AgeCounts, countsByKey, type GroupRates, groupRates, populationByKey } from './rate-row';
import { categoriesOfSite, OTHER_SITE_GROUP, siteGroupIdOf } from './site-selection';

const KEY_OF_BY: Record<NonNullable<RatesQuery['by']>, CubeKey> = {
  none: 'total',
  sex: 'sex',
  year: 'year',
  region: 'child',
};

/** The filter of an analytics query, validated and resolved against the caller's scope. */
export async function resolveFilter(
  ctx: RequestContext,
  q: RatesQuery,
): Promise<{ filter: CubeFilter; region: { code: string; name: string }; standard: StandardPopulationKey }> {
  assertYears(q.yearFrom, q.yearTo);
  const categories = categoriesOfSite(q.site ?? 'ALL');
  const region = await analyticsRegion(ctx, q.regionCode);
  return {
    region,
    standard: q.standard ?? 'china2000',
    filter: {
      measure: measureCode(q.measure),
      root: region.code,
      yearFrom: q.yearFrom,
      yearTo: q.yearTo,
      sexes: sexesOf(q.sex),
      categories,
    },
  };
}

/** Adds age counts (pooling, methods.md §0). */
export function addCounts(into: AgeCounts, from: AgeCounts | undefined): AgeCounts {
  if (!from) return into;
  for (let i = 0; i < 19; i++) into.counts[i] = (into.counts[i] ?? 0) + (from.counts[i] ?? 0);
  into.unknownAge += from.unknownAge;
  return into;
}

const emptyCounts = (): AgeCounts => ({ counts: new Float64Array(19), unknownAge: 0 });

function addPopulation(into: Float64Array, from: Float64Array | undefined): Float64Array {
  if (from) for (let i = 0; i < 19; i++) into[i] = (into[i] ?? 0) + (from[i] ?? 0);
  return into;
}

/** A rates row as the contract carries it, with small-cell suppression applied. */
export function presentRates(
  ctx: RequestContext,
  rates: GroupRates,
  id: Pick<RateRow, 'key' | 'sex' | 'year' | 'regionCode' | 'regionName'>,
): RateRow {
  const n = rates.cases;
  return {
    ...id,
    cases: countFor(ctx, n),
    population: rates.population,
    crudeRate: valueFor(ctx, n, rates.crudeRate),
    asr: valueFor(ctx, n, rates.asr),
    asrLower: valueFor(ctx, n, rates.asrLower),
    asrUpper: valueFor(ctx, n, rates.asrUpper),
    cumRate074: valueFor(ctx, n, rates.cumRate074),
    cumRisk074: valueFor(ctx, n, rates.cumRisk074),
    truncRate3564: valueFor(ctx, n, rates.truncRate3564),
  };
}

/**
 * Incidence or mortality rates over a region subtree (issue #5 part 6): events from the counts cube
 * and person-years from `populations`, aggregated in SQL; every statistic computed by @orca/epi, as
 * `orca stats rates` computes it on the CSV extract of the same data. Rows by sex, year or child
 * region plus a total; age-specific rates by sex; the top-10 site groups by sex.
 *
 * @param ctx - the request context (scope, suppression, audit).
 * @param q - the explorer's filters.
 * @returns the rates table, age-specific rates and top sites.
 */
export async function analyticsRates(ctx: RequestContext, q: RatesQuery): Promise<RatesResult> {
  const { filter, region, standard } = await resolveFilter(ctx, q);
  const by = q.by ?? 'sex';
  const key = KEY_OF_BY[by];
  const [counts, pops, sexCounts, sexPops, siteCounts] = await Promise.all([
    cubeCounts(ctx.db, filter, key),
    populationCells(ctx.db, filter, key),
    key === 'sex' ? null : cubeCounts(ctx.db, filter, 'sex'),
    key === 'sex' ? null : populationCells(ctx.db, filter, 'sex'),
    cubeCounts(ctx.db, { ...filter, categories: null }, 'sexCategory'),
  ]);
  const eventsByKey = countsByKey(counts);
  const popByKey = populationByKey(pops);
  const eventsBySex = sexCounts ? countsByKey(sexCounts) : eventsByKey;
  const popBySex = sexPops ? populationByKey(sexPops) : popByKey;

  const total = { events: emptyCounts(), population: new Float64Array(19) };
  for (const e of eventsBySex.values()) addCounts(total.events, e);
  for (const p of popBySex.values()) addPopulation(total.population, p);

  const rows: RateRow[] = [];
  if (by !== 'none') {
    const keys = [...popByKey.keys()].sort((a, b) =>
      by === 'region' ? a.localeCompare(b) : Number(a) - Number(b),
    );
    for (const k of keys) {
      const rates = groupRates(eventsByKey.get(k), popByKey.get(k), standard);
      if (!rates) continue;
      rows.push(
        presentRates(ctx, rates, {
          key: k,
          sex: by === 'sex' ? Number(k) : null,
          year: by === 'year' ? Number(k) : null,
          regionCode: by === 'region' ? k : null,
          regionName: by === 'region' ? (findRegion(k)?.name ?? k) : null,
        }),
      );
    }
  }
  const totalRates = groupRates(total.events, total.population, standard);
  if (totalRates) {
    rows.push(
      presentRates(ctx, totalRates, {
        key: 'total',
        sex: null,
        year: null,
        regionCode: null,
        regionName: null,
      }),
    );
  }

  const ageSpecific: AgeSpecificRow[] = [];
  const sexGroups: [number, AgeCounts | undefined, Float64Array | undefined][] = [
    ...filter.sexes.map((s): [number, AgeCounts | undefined, Float64Array | undefined] => [
      s,
      eventsBySex.get(String(s)),
      popBySex.get(String(s)),
    ]),
  ];
  if (filter.sexes.length > 1) sexGroups.push([0, total.events, total.population]);
  for (const [sex, events, population] of sexGroups) {
    AGE_GROUPS.forEach((group, i) => {
      const c = events?.counts[i] ?? 0;
      const p = population?.[i] ?? 0;
      ageSpecific.push({
        sex,
        ageGroup: i,
        label: group.label,
        cases: countFor(ctx, c),
        population: p,
        rate: p > 0 ? valueFor(ctx, c, (c / p) * 100_000) : null,
      });
    });
  }

  await ctx.audit({
    action: 'read',
    entity: 'analytics_rates',
    detail: { regionCode: region.code, measure: q.measure ?? 'incidence', site: q.site ?? 'ALL', by },
  });
  return {
    regionCode: region.code,
    regionName: region.name,
    measure: q.measure ?? 'incidence',
    site: q.site ?? 'ALL',
    standard,
    yearFrom: q.yearFrom,
    yearTo: q.yearTo,
    rows,
    ageSpecific,
    topSites: topSites(ctx, countsByKey(siteCounts), popBySex, filter.sexes, standard),
  };
}

/**
 * Top-10 annual-report site groups per sex and for both sexes: counts from the cube by sex and
 * category, summed into groups; ranks by `rankSites` (ties share a rank) among the 25 specific groups;
 * percent of all C00–C97 events of that sex; crude rate and ASR of each group.
 */
function topSites(
  ctx: RequestContext,
  bySexCategory: Map<string, AgeCounts>,
  popBySex: Map<string, Float64Array>,
  sexes: readonly number[],
  standard: StandardPopulationKey,
): TopSiteRow[] {
  const groups = new Map<string, AgeCounts>(); // `${sex}:${groupId}`
  for (const [k, events] of bySexCategory) {
    const [sex, category] = k.split(':') as [string, string];
    const id = siteGroupIdOf(category);
    if (id === null) continue;
    for (const s of [sex, '0']) {
      const gk = `${s}:${id}`;
      groups.set(gk, addCounts(groups.get(gk) ?? emptyCounts(), events));
    }
  }
  const both = new Float64Array(19);
  for (const s of sexes) addPopulation(both, popBySex.get(String(s)));
  const out: TopSiteRow[] = [];
  const targets = sexes.length > 1 ? [...sexes, 0] : [...sexes];
  for (const sex of targets) {
    const population = sex === 0 ? both : popBySex.get(String(sex));
    const ofSex = CN_2016_SITE_GROUPS.groups.map((g) => ({ group: g, events: groups.get(`${sex}:${g.id}`) }));
    const casesOf = (e: AgeCounts | undefined) =>
      e ? e.unknownAge + e.counts.reduce((a, b) => a + b, 0) : 0;
    const all = ofSex.reduce((s, g) => s + casesOf(g.events), 0);
    const ranked = rankSites(
      ofSex
        .filter((g) => g.group.id !== OTHER_SITE_GROUP && casesOf(g.events) > 0)
        .map((g) => ({ key: g, count: casesOf(g.events) })),
      10,
    );
    for (const { key, count, rank } of ranked) {
      const rates = groupRates(key.events, population, standard);
      out.push({
        sex,
        rank,
        siteId: key.group.id,
        zh: key.group.zh,
        en: key.group.en,
        cases: countFor(ctx, count),
        percent: all > 0 ? valueFor(ctx, count, (100 * count) / all) : null,
        crudeRate: valueFor(ctx, count, rates?.crudeRate),
        asr: valueFor(ctx, count, rates?.asr),
      });
    }
  }
  return out;
}
