import { siteGroupOfIcd10 } from '@orca/codes';
import type { RateRow, RatesResult, TopSiteRow } from '@orca/contract';
import { type CsvRow, type RatesRow, ratesTable } from '@orca/epi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';
import { casesCsv, deathsCsv, fixturePopulation, populationCsv, seedAnalytics } from './analytics-fixture';

const relative = (a: number | null, b: number) =>
  Math.abs((a ?? Number.NaN) - b) / Math.max(Math.abs(b), 1e-300);

/** Every statistic of an API row against the `orca stats rates` row, to 1e-9 relative (methods.md §5). */
function expectSameRates(api: RateRow | undefined, cli: RatesRow | undefined) {
  expect(api).toBeDefined();
  expect(cli).toBeDefined();
  if (!api || !cli) return;
  expect(api.cases.value).toBe(cli.cases);
  expect(api.population).toBe(cli.population);
  const pairs: [number | null, number][] = [
    [api.crudeRate, cli.crude_rate],
    [api.asr, cli.asr],
    [api.asrLower, cli.asr_lci],
    [api.asrUpper, cli.asr_uci],
    [api.cumRate074, cli.cum_rate_0_74],
    [api.cumRisk074, cli.cum_risk_0_74],
    [api.truncRate3564, cli.trunc_rate_35_64],
  ];
  for (const [got, want] of pairs) {
    if (want === 0) expect(got).toBe(0);
    else expect(relative(got, want)).toBeLessThan(1e-9);
  }
}

let t: TestApp;
let cases: CsvRow[];
let deaths: CsvRow[];
const population = populationCsv(fixturePopulation());
const pop = (regions: string[]) => population.filter((r) => regions.includes(r.region_code ?? ''));
const siteGroupOf = (code: string) => siteGroupOfIcd10(code) ?? null;

beforeAll(async () => {
  t = await testApp();
  await seedAnalytics(t);
  cases = await casesCsv(t);
  deaths = await deathsCsv(t);
});
afterAll(() => t.close());

const ALL_COUNTIES = ['360102', '360121', '360202'];
const base = '/api/analytics/rates?yearFrom=2020&yearTo=2023';

describe('GET /api/analytics/rates', () => {
  it('serves the same incidence by sex as orca stats rates on the CSV extract of the same data', async () => {
    const analyst = await t.as('analyst');
    const res = await analyst.get(`${base}&by=sex&standard=segi`);
    expect(res.statusCode).toBe(200);
    const body = res.json<RatesResult>();
    const cli = ratesTable({ events: cases, population: pop(ALL_COUNTIES), by: ['sex'], standard: 'segi' });
    expect(cli.excluded).toEqual([]);
    for (const sex of [1, 2]) {
      expectSameRates(
        body.rows.find((r) => r.sex === sex),
        cli.rows.find((r) => r.sex === sex),
      );
    }
    const total = ratesTable({ events: cases, population: pop(ALL_COUNTIES), standard: 'segi' });
    expectSameRates(
      body.rows.find((r) => r.key === 'total'),
      total.rows[0],
    );
    expect(body.rows.find((r) => r.key === 'total')?.cases.value).toBe(cases.length);
  });

  it('serves the same mortality by year as orca stats rates on deaths.csv, leaving out non-cancer causes', async () => {
    const analyst = await t.as('analyst');
    const body = (await analyst.get(`${base}&measure=mortality&by=year`)).json<RatesResult>();
    const cli = ratesTable({
      events: deaths,
      population: pop(ALL_COUNTIES),
      by: ['year'],
      dateField: 'death_date',
    });
    expect(cli.excluded.map((e) => e.reason)).toContain('not_c00_c97');
    for (const year of [2020, 2021, 2022, 2023]) {
      expectSameRates(
        body.rows.find((r) => r.year === year),
        cli.rows.find((r) => r.year === year),
      );
    }
  });

  it('serves a site group, with who2000, as the site row of orca stats rates --by site', async () => {
    const analyst = await t.as('analyst');
    const body = (await analyst.get(`${base}&site=G10&by=none&standard=who2000`)).json<RatesResult>();
    const cli = ratesTable({
      events: cases,
      population: pop(ALL_COUNTIES),
      by: ['site'],
      siteGroupOf,
      standard: 'who2000',
    });
    expectSameRates(
      body.rows[0],
      cli.rows.find((r) => r.site === 10),
    );
  });

  it('pools a sub-region and one sex from its own counties only', async () => {
    const analyst = await t.as('analyst');
    const body = (await analyst.get(`${base}&regionCode=360100&sex=1&by=none`)).json<RatesResult>();
    const events = cases.filter((c) => c.sex === '1');
    const cli = ratesTable({
      events: events.filter((c) => ['360102', '360121'].includes(c.region_code ?? '')),
      population: pop(['360102', '360121']).filter((r) => r.sex === '1'),
    });
    expectSameRates(body.rows[0], cli.rows[0]);
    expect(body.regionName).toBe('南昌市');
  });

  it('gives age-specific rates in 19 groups and top sites ranked by cases with shares of all cancers', async () => {
    const analyst = await t.as('analyst');
    const body = (await analyst.get(base)).json<RatesResult>();
    const both = body.ageSpecific.filter((a) => a.sex === 0);
    expect(both).toHaveLength(19);
    expect(both.reduce((s, a) => s + (a.cases.value ?? 0), 0)).toBe(cases.length);
    const top: TopSiteRow[] = body.topSites.filter((s) => s.sex === 0);
    const lung = cases.filter((c) => c.icd10?.startsWith('C34')).length;
    expect(top.find((s) => s.siteId === 10)).toMatchObject({
      cases: { value: lung },
      percent: (100 * lung) / cases.length,
    });
    expect(top.map((s) => s.rank)).toEqual([...top.map((s) => s.rank)].sort((a, b) => a - b));
  });

  it('suppresses counts and rates from fewer than 5 cases for officials but not for analysts', async () => {
    const official = await t.as('official');
    const body = (await official.get(`${base}&site=G4&by=region`)).json<RatesResult>();
    const small = body.rows.filter((r) => r.cases.suppressed);
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) {
      expect(row).toMatchObject({
        cases: { value: null },
        crudeRate: null,
        asr: null,
        asrLower: null,
        cumRate074: null,
      });
    }
    const analyst = await t.as('analyst');
    const open = (await analyst.get(`${base}&site=G4&by=region`)).json<RatesResult>();
    expect(open.rows.every((r) => !r.cases.suppressed && r.crudeRate !== null)).toBe(true);
  });

  it('limits a county registry to its county subtree and refuses a neighbour with 403', async () => {
    const registry = await t.as('registry');
    const own = (await registry.get(`${base}&by=none`)).json<RatesResult>();
    expect(own.regionCode).toBe('360102');
    expect(own.rows[0]?.cases.value).toBe(cases.filter((c) => c.region_code === '360102').length);
    const other = await registry.get(`${base}&regionCode=360121`);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String), details: [] } });
  });

  it('answers every region role and refuses hospital reporters (their scope has no population) and anonymous callers', async () => {
    for (const user of [
      'admin',
      'analyst',
      'registry',
      'registry2',
      'screening',
      'qc',
      'official',
      'auditor',
    ]) {
      const res = await (await t.as(user)).get(`${base}&by=none`);
      expect(res.statusCode, user).toBe(200);
    }
    expect((await (await t.as('reporter')).get(base)).statusCode).toBe(403);
    expect((await t.anonymous.get(base)).statusCode).toBe(401);
  });

  it('rejects bad filters with validation_failed naming the field', async () => {
    const analyst = await t.as('analyst');
    const reversed = await analyst.get('/api/analytics/rates?yearFrom=2023&yearTo=2020');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'yearFrom' }],
    });
    const group = await analyst.get(`${base}&site=G27`);
    expect(group.statusCode).toBe(400);
    expect(group.json().error.details[0]).toMatchObject({ field: 'site' });
    for (const bad of ['&site=lung', '&standard=euro', '&measure=prevalence', '&regionCode=36']) {
      expect((await analyst.get(`${base}${bad}`)).statusCode, bad).toBe(400);
    }
    expect((await analyst.get('/api/analytics/rates?yearFrom=2020')).statusCode).toBe(400);
  });
});
