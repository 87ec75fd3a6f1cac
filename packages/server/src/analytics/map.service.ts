import { findRegion } from '@orca/codes';
import type { MapArea, MapQuery, MapResult } from '@orca/contract';
import { type SmoothedSirRow, smoothedSirTable } from '@orca/epi';
import type { RequestContext } from '../context/request-context';
import { cubeCounts, populationCells } from './analytics.queries';
import { countFor, valueFor } from './analytics-scope';
import { type AgeCounts, countsByKey, groupRates, populationByKey } from './rate-row';
import { resolveFilter } from './rates.service';

interface AreaInput {
  code: string;
  events: AgeCounts | undefined;
  population: Float64Array;
}

/**
 * SIR per area against the pooled age-specific rates of all the areas shown (internal
 * standardisation, so Σ O = Σ E over areas with known-age events), smoothed by empirical Bayes
 * (Poisson–gamma, Clayton–Kaldor) with @orca/epi `smoothedSirTable`. Observed counts are the
 * known-age events (an SIR needs the age group). Areas with no expected events get no SIR.
 *
 * @param areas - events and person-years by age group per area.
 * @returns the smoothed rows by area code (empty when fewer than 2 areas have expected events).
 */
export function smoothedSirs(areas: readonly AreaInput[]): Map<string, SmoothedSirRow> {
  const cases = new Float64Array(19);
  const persons = new Float64Array(19);
  for (const a of areas) {
    for (let g = 0; g < 19; g++) {
      cases[g] = (cases[g] ?? 0) + (a.events?.counts[g] ?? 0);
      persons[g] = (persons[g] ?? 0) + (a.population[g] ?? 0);
    }
  }
  const reference = Array.from(cases, (c, g) => ((persons[g] ?? 0) > 0 ? c / (persons[g] ?? 1) : 0));
  const usable = areas.filter((a) => a.population.reduce((s, p, g) => s + p * (reference[g] ?? 0), 0) > 0);
  if (usable.length < 2) return new Map();
  const table = smoothedSirTable(
    usable.map((a) => ({
      area: a.code,
      cases: Array.from(a.events?.counts ?? new Float64Array(19)),
      population: Array.from(a.population),
    })),
    { referenceRates: reference },
  );
  return new Map(table.rows.map((r) => [r.area, r]));
}

/**
 * The choropleth data of a region: per county (or prefecture) below it, crude and standardised rates
 * with the Fay–Feuer interval, SIR with its exact interval and the empirical-Bayes smoothed SIR.
 * Officials see nothing computed from an area's 1–4 events — the smoothed SIR included, since it is
 * a function of them.
 *
 * @param ctx - the request context.
 * @param q - filters and the map level.
 * @returns one entry per area with person-years.
 */
export async function analyticsMap(ctx: RequestContext, q: MapQuery): Promise<MapResult> {
  const { filter, region, standard } = await resolveFilter(ctx, q);
  const level = q.level ?? 'county';
  const key = level === 'prefecture' ? 'prefecture' : 'county';
  const [counts, pops] = await Promise.all([
    cubeCounts(ctx.db, filter, key),
    populationCells(ctx.db, filter, key),
  ]);
  const events = countsByKey(counts);
  const populations = populationByKey(pops);
  const inputs: AreaInput[] = [...populations.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, population]) => ({ code, events: events.get(code), population }));
  const sirs = smoothedSirs(inputs);
  const areas: MapArea[] = [];
  for (const { code, events: e, population } of inputs) {
    const rates = groupRates(e, population, standard);
    if (!rates) continue;
    const n = rates.cases;
    const sir = sirs.get(code);
    areas.push({
      regionCode: code,
      regionName: findRegion(code)?.name ?? code,
      cases: countFor(ctx, n),
      population: rates.population,
      crudeRate: valueFor(ctx, n, rates.crudeRate),
      asr: valueFor(ctx, n, rates.asr),
      asrLower: valueFor(ctx, n, rates.asrLower),
      asrUpper: valueFor(ctx, n, rates.asrUpper),
      expected: valueFor(ctx, n, sir?.expected),
      sir: valueFor(ctx, n, sir?.sir),
      sirLower: valueFor(ctx, n, sir?.sir_lci),
      sirUpper: valueFor(ctx, n, sir?.sir_uci),
      smoothedSir: valueFor(ctx, n, sir?.smoothed_sir),
      smoothedLower: valueFor(ctx, n, sir?.smoothed_lci),
      smoothedUpper: valueFor(ctx, n, sir?.smoothed_uci),
    });
  }
  await ctx.audit({
    action: 'read',
    entity: 'analytics_map',
    detail: { regionCode: region.code, level, measure: q.measure ?? 'incidence', site: q.site ?? 'ALL' },
  });
  return { regionCode: region.code, level, areas };
}
