import type { AnalyticsFilter, JoinpointResult, TrendPointRow, TrendResult } from '@orca/contract';
import { trendTable } from '@orca/epi';
import type { RequestContext } from '../context/request-context';
import { cubeCounts, populationCells } from './analytics.queries';
import { countFor, valueFor } from './analytics-scope';
import { countsByKey, groupRates, populationByKey } from './rate-row';
import { resolveFilter } from './rates.service';

/** Largest number of joinpoints the API searches (issue #5 part 6: at most 2, BIC for speed). */
export const TREND_MAX_JOINPOINTS = 2;

const notFitted = (reason: string): JoinpointResult => ({
  status: 'not_fitted',
  reason,
  k: 0,
  joinpoints: [],
  segments: [],
  aapc: null,
  aapcLower: null,
  aapcUpper: null,
  fitted: [],
});

/**
 * Joinpoint fit of a yearly series of events and person-years (methods.md §4) with @orca/epi
 * `trendTable`: k ≤ 2 chosen by BIC (the permutation test's 4 499 refits per test are too slow for
 * an interactive API; `orca stats trend` offers it). A year with no events has no logarithm, so such
 * a series is not fitted (`zero_count`) rather than fitted on a series with holes.
 *
 * @param points - year, events and person-years, ascending years.
 * @returns the fit (APC per segment, AAPC, fitted rates per 100 000) or why there is none.
 */
export function joinpointOfSeries(
  points: readonly { year: number; cases: number; population: number }[],
): JoinpointResult {
  if (points.length < 3) return notFitted('too_few_years');
  if (points.some((p) => p.cases <= 0)) return notFitted('zero_count');
  const { rows } = trendTable({
    series: points.map((p) => ({
      year: String(p.year),
      count: String(p.cases),
      population: String(p.population),
    })),
    maxJoinpoints: TREND_MAX_JOINPOINTS,
    method: 'bic',
    groupBy: [],
  });
  const row = rows[0];
  if (row?.status !== 'fitted') return notFitted('too_few_years');
  return {
    status: 'fitted',
    reason: null,
    k: row.k,
    joinpoints: row.joinpoints,
    segments: row.segments.map((s) => ({
      startYear: s.start_year,
      endYear: s.end_year,
      apc: s.apc,
      apcLower: s.apc_lci,
      apcUpper: s.apc_uci,
    })),
    aapc: row.aapc,
    aapcLower: row.aapc_lci,
    aapcUpper: row.aapc_uci,
    fitted: row.fitted.map((f) => ({ year: f.year, rate: f.rate, fittedRate: f.fitted_rate })),
  };
}

/**
 * Yearly rates of one site, sex and region (cube + populations) with crude rate and ASR per year,
 * and the joinpoint fit of the crude rate.
 *
 * @param ctx - the request context.
 * @param q - filters; the years are the series.
 * @returns the series and the fit.
 */
export async function analyticsTrend(ctx: RequestContext, q: AnalyticsFilter): Promise<TrendResult> {
  const { filter, region, standard } = await resolveFilter(ctx, q);
  const [counts, pops] = await Promise.all([
    cubeCounts(ctx.db, filter, 'year'),
    populationCells(ctx.db, filter, 'year'),
  ]);
  const events = countsByKey(counts);
  const populations = populationByKey(pops);
  const series: TrendPointRow[] = [];
  const points: { year: number; cases: number; population: number }[] = [];
  for (let year = filter.yearFrom; year <= filter.yearTo; year++) {
    const rates = groupRates(events.get(String(year)), populations.get(String(year)), standard);
    if (!rates) continue;
    points.push({ year, cases: rates.cases, population: rates.population });
    series.push({
      year,
      cases: countFor(ctx, rates.cases),
      population: rates.population,
      crudeRate: valueFor(ctx, rates.cases, rates.crudeRate),
      asr: valueFor(ctx, rates.cases, rates.asr),
      asrLower: valueFor(ctx, rates.cases, rates.asrLower),
      asrUpper: valueFor(ctx, rates.cases, rates.asrUpper),
    });
  }
  // A fit through suppressed years would let an official read the hidden counts back off the curve.
  const hidden = series.some((p) => p.cases.suppressed);
  const joinpoint = hidden ? notFitted('suppressed') : joinpointOfSeries(points);
  await ctx.audit({
    action: 'read',
    entity: 'analytics_trend',
    detail: { regionCode: region.code, measure: q.measure ?? 'incidence', site: q.site ?? 'ALL' },
  });
  return { regionCode: region.code, series, joinpoint };
}
