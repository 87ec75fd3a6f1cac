import { AGE_GROUPS, ageGroupIndex, ageGroupIndexOfLabel, completedAgeYears } from '@orca/codes';
import type { MapResult, SurvivalResult, TrendResult } from '@orca/contract';
import { type CsvRow, ratesTable, smoothedSirTable, survivalTable, trendTable } from '@orca/epi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';
import {
  casesCsv,
  fixtureLifeTable,
  fixturePopulation,
  populationCsv,
  seedAnalytics,
} from './analytics-fixture';
import { joinpointOfSeries } from './trend.service';

const relative = (a: number | null | undefined, b: number) =>
  Math.abs((a ?? Number.NaN) - b) / Math.max(Math.abs(b), 1e-300);

let t: TestApp;
let cases: CsvRow[];
const population = populationCsv(fixturePopulation());

beforeAll(async () => {
  t = await testApp();
  await seedAnalytics(t);
  cases = await casesCsv(t);
});
afterAll(() => t.close());

describe('GET /api/analytics/trend', () => {
  it('gives yearly rates equal to orca stats rates --by year and the joinpoint fit of trendTable', async () => {
    const body = (
      await (await t.as('analyst')).get('/api/analytics/trend?yearFrom=2020&yearTo=2023')
    ).json<TrendResult>();
    const cli = ratesTable({ events: cases, population, by: ['year'] });
    expect(body.series.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023]);
    for (const point of body.series) {
      const row = cli.rows.find((r) => r.year === point.year)!;
      expect(point.cases.value).toBe(row.cases);
      expect(relative(point.asr, row.asr)).toBeLessThan(1e-9);
    }
    const fit = trendTable({
      series: cli.rows.map((r) => ({
        year: String(r.year),
        count: String(r.cases),
        population: String(r.population),
      })),
      maxJoinpoints: 2,
      method: 'bic',
      groupBy: [],
    }).rows[0]!;
    expect(body.joinpoint.status).toBe('fitted');
    expect(body.joinpoint.k).toBe(fit.k);
    expect(relative(body.joinpoint.aapc, fit.aapc!)).toBeLessThan(1e-9);
    expect(body.joinpoint.fitted).toHaveLength(4);
  });

  it('does not fit a series with a year without events, nor one an official would see suppressed', async () => {
    expect(
      joinpointOfSeries([
        { year: 2020, cases: 3, population: 1e5 },
        { year: 2021, cases: 0, population: 1e5 },
        { year: 2022, cases: 4, population: 1e5 },
      ]).reason,
    ).toBe('zero_count');
    expect(joinpointOfSeries([{ year: 2020, cases: 3, population: 1e5 }]).reason).toBe('too_few_years');
    const body = (
      await (await t.as('official')).get('/api/analytics/trend?yearFrom=2020&yearTo=2023&site=G4')
    ).json<TrendResult>();
    expect(body.series.some((p) => p.cases.suppressed && p.asr === null)).toBe(true);
    expect(body.joinpoint).toMatchObject({ status: 'not_fitted', reason: 'suppressed' });
  });
});

describe('GET /api/analytics/map', () => {
  it('gives per-county rates and the empirical-Bayes smoothed SIR of smoothedSirTable on the same counts', async () => {
    const body = (
      await (await t.as('analyst')).get('/api/analytics/map?yearFrom=2020&yearTo=2023&level=county')
    ).json<MapResult>();
    expect(body.areas.map((a) => a.regionCode)).toEqual(['360102', '360121', '360202']);
    const byCounty = ratesTable({ events: cases, population, by: ['region_code'] });
    const areas = ['360102', '360121', '360202'].map((area) => {
      const counts = new Array<number>(19).fill(0);
      for (const c of cases.filter((x) => x.region_code === area)) {
        const age = completedAgeYears(c.birth_date!, c.diagnosis_date!);
        if (age !== null) counts[ageGroupIndex(age)]! += 1;
      }
      const persons = new Array<number>(19).fill(0);
      for (const p of population.filter((x) => x.region_code === area))
        persons[ageGroupIndexOfLabel(p.age_group!)]! += Number(p.population);
      return { area, cases: counts, population: persons };
    });
    const smoothed = smoothedSirTable(areas);
    for (const area of body.areas) {
      const cli = byCounty.rows.find((r) => r.region_code === area.regionCode)!;
      expect(relative(area.asr, cli.asr)).toBeLessThan(1e-9);
      const sir = smoothed.rows.find((r) => r.area === area.regionCode)!;
      expect(relative(area.sir, sir.sir)).toBeLessThan(1e-9);
      expect(relative(area.smoothedSir, sir.smoothed_sir)).toBeLessThan(1e-9);
    }
    expect(AGE_GROUPS).toHaveLength(19);
  });

  it('groups counties into prefectures', async () => {
    const body = (
      await (await t.as('analyst')).get('/api/analytics/map?yearFrom=2020&yearTo=2023&level=prefecture')
    ).json<MapResult>();
    expect(body.areas.map((a) => a.regionCode)).toEqual(['360100', '360200']);
    expect(body.areas.reduce((s, a) => s + (a.cases.value ?? 0), 0)).toBe(cases.length);
  });
});

describe('GET /api/analytics/survival', () => {
  it('gives the 1-, 3- and 5-year observed survival by sex of survivalTable on the CSV extract', async () => {
    const body = (
      await (await t.as('analyst')).get('/api/analytics/survival?yearFrom=2020&yearTo=2023&by=sex')
    ).json<SurvivalResult>();
    const cli = survivalTable({ cases, method: 'observed', by: ['sex'] });
    for (const group of body.groups) {
      group.table.forEach((p) => {
        const row = cli.rows.find((r) => r.sex === group.sex && r.time_years === p.years)!;
        expect(p.estimate).toBe(row.estimate);
        expect(p.lower).toBe(row.lci);
      });
      expect(group.curve).toHaveLength(61);
      expect(group.curve[0]?.estimate).toBe(1);
    }
    expect(body.excluded).toEqual(survivalTable({ cases, method: 'observed' }).excluded);
  });

  it('gives Pohar Perme net survival with the life table, as survivalTable does', async () => {
    const body = (
      await (
        await t.as('analyst')
      ).get('/api/analytics/survival?yearFrom=2020&yearTo=2023&by=none&method=pohar-perme')
    ).json<SurvivalResult>();
    const cli = survivalTable({
      cases,
      method: 'pohar-perme',
      lifeTable: fixtureLifeTable().map((r) => ({ ...r, sex: r.sex as 1 | 2 })),
    });
    expect(body.groups).toHaveLength(1);
    body.groups[0]!.table.forEach((p, i) => {
      const want = cli.rows[i]!.estimate;
      if (want === null) expect(p.estimate).toBeNull();
      else expect(relative(p.estimate, want)).toBeLessThan(1e-12);
    });
  });

  it('hides survival groups of fewer than 5 patients from officials and refuses hospital reporters', async () => {
    const body = (
      await (await t.as('official')).get('/api/analytics/survival?yearFrom=2020&yearTo=2023&by=site')
    ).json<SurvivalResult>();
    const small = body.groups.filter((g) => g.patients.suppressed);
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((g) => g.curve.length === 0 && g.table.length === 0)).toBe(true);
    expect(
      (await (await t.as('reporter')).get('/api/analytics/survival?yearFrom=2020&yearTo=2023')).statusCode,
    ).toBe(403);
  });
});
