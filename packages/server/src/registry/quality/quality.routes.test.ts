import type { CompletenessReport, QualityReport, QualityRow } from '@orca/contract';
import { qualityTable } from '@orca/epi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../testing/test-app';

// The mini province (testing/mini-province.ts), by hand: case k has basis [7,7,2,5,0,1][k % 6] and
// diagnosis year 2020 + k % 4; every birth date is valid and every site specific (no C26/C39/C48/C76/C80).
//   360102, k = 0…7:     bases 7 7 2 5 0 1 7 7 → MV 5/8 = 62.5 %, DCO 1/8 = 12.5 %
//   360121, k = 100…107: bases 0 1 7 7 2 5 0 1 → MV 3/8 = 37.5 %, DCO 2/8 = 25 %
//   360202, k = 200…203: bases 2 5 0 1         → MV 1/4 = 25 %,   DCO 1/4 = 25 %
//   all 20:                                      MV 9/20 = 45 %,  DCO 4/20 = 20 %
// Deaths: D1 360102 2023 C34, D2 360121 2023 C16 → M/I 1/8, 1/8, 0/4; all 2/20 = 0.1.
let t: TestApp;
// A second copy for the tests that change data (report dates, thresholds, a death link): they touch
// different things, so they share it.
let t2: TestApp;
beforeAll(async () => {
  [t, t2] = await Promise.all([testApp(), testApp()]);
});
afterAll(() => Promise.all([t.close(), t2.close()]));

async function quality(username: string, query: string): Promise<QualityReport> {
  const res = await (await t.as(username)).get(`/api/registry/quality?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const row = (report: QualityReport, key: string): QualityRow => report.rows.find((r) => r.key === key)!;

describe('GET /api/registry/quality', () => {
  it('gives the hand-computed indices per county registry with traffic lights', async () => {
    const report = await quality('analyst', 'regionCode=360000&by=county');
    expect(report.unit).toBe('tumour');
    expect(report.rows.map((r) => r.key)).toEqual(['360102', '360121', '360202']);
    const dongHu = row(report, '360102');
    expect(dongHu).toMatchObject({
      label: '东湖区',
      cases: { value: 8, suppressed: false },
      mvPct: 62.5,
      dcoPct: 12.5,
      ubPct: 0,
      illDefinedPct: 0,
      unknownAgePct: 0,
      deaths: { value: 1, suppressed: false },
      miRatio: 0.125,
      timelinessMedianDays: 0, // the seed dates every card on its diagnosis day
      timelinessWithin90Pct: 100,
      timedCases: 8,
      // 62.5 misses 66 by less than a tenth (59.4) → amber; 12.5 < 15 → green; 0.125 ≪ 0.6 → red.
      lights: { mv: 'amber', dco: 'green', mi: 'red' },
    });
    expect(row(report, '360121')).toMatchObject({ mvPct: 37.5, dcoPct: 25, miRatio: 0.125 });
    expect(row(report, '360121').lights).toEqual({ mv: 'red', dco: 'red', mi: 'red' });
    expect(row(report, '360202')).toMatchObject({ mvPct: 25, dcoPct: 25, miRatio: 0 });
    expect(report.total).toMatchObject({ cases: { value: 20 }, mvPct: 45, dcoPct: 20, miRatio: 0.1 });
    expect(report.thresholds).toMatchObject({ regionCode: null, mvMinPct: 66, dcoMaxPct: 15, miMin: 0.6 });
  });

  it('groups by year with deaths counted by year of death, and filters a single year', async () => {
    const byYear = await quality('analyst', 'by=year');
    expect(byYear.rows.map((r) => r.key)).toEqual(['2020', '2021', '2022', '2023']);
    // 2023: k = 3, 7, 103, 107, 203 → bases 5, 7, 7, 1, 1 → MV 3/5; both deaths are 2023 → M/I 2/5.
    expect(row(byYear, '2023')).toMatchObject({ cases: { value: 5 }, mvPct: 60, miRatio: 0.4 });
    const y2023 = await quality('analyst', 'year=2023&by=county');
    expect(y2023.total).toMatchObject({ cases: { value: 5 }, mvPct: 60, deaths: { value: 2 } });
    expect(y2023).toMatchObject({ yearFrom: 2023, yearTo: 2023 });
  });

  it('groups by prefecture through the region tree and by annual-report site', async () => {
    const pref = await quality('analyst', 'by=prefecture');
    expect(pref.rows.map((r) => [r.key, r.cases.value])).toEqual([
      ['360100', 16],
      ['360200', 4],
    ]);
    // 南昌市 pools 360102 and 360121: MV (5 + 3)/16 = 50 %.
    expect(row(pref, '360100').mvPct).toBe(50);
    const site = await quality('analyst', 'by=site');
    const cases = site.rows.reduce((s, r) => s + (r.cases.value ?? 0), 0);
    expect(cases).toBe(20);
    // The lung group holds the C34.1 cases: i % 6 = 0 → k = 0, 6, 100, 106, 200 → 5 cases; D1 is C34.
    const lung = site.rows.find((r) => r.label.includes('肺'))!;
    expect(lung).toMatchObject({ cases: { value: 5 }, deaths: { value: 1 }, miRatio: 0.2 });
  });

  it('computes indices per reporting hospital from its accepted cards, without M/I', async () => {
    const report = await quality('analyst', 'by=hospital');
    expect(report.unit).toBe('report');
    expect(report.rows.map((r) => [r.label, r.cases.value, r.mvPct])).toEqual(
      expect.arrayContaining([
        ['东湖区人民医院', 8, 62.5],
        ['南昌县人民医院', 8, 37.5],
        ['昌江区人民医院', 4, 25],
      ]),
    );
    expect(report.rows.every((r) => r.deaths === null && r.miRatio === null)).toBe(true);
  });

  it('measures timeliness as the median days from diagnosis to the first report and the share within 90 days', async () => {
    // Delays 5, 10, 40, 95, (none), −3 (before diagnosis: left out), 200, 60 → timed 5, 10, 40, 60, 95, 200.
    const delays: [number, number | null][] = [
      [0, 5],
      [1, 10],
      [2, 40],
      [3, 95],
      [4, null],
      [5, -3],
      [6, 200],
      [7, 60],
    ];
    for (const [k, d] of delays) {
      await t2.database.query(
        `update reports set report_date = ${d === null ? 'null' : `diagnosis_date + ${d}`} where source_id = $1`,
        [`H360102-${k}`],
      );
    }
    const res = await (await t2.as('registry')).get('/api/registry/quality?by=county');
    const dongHu = (res.json() as QualityReport).rows[0]!;
    // median of 6 = (40 + 60)/2 = 50; within 90: 5, 10, 40, 60 → 4/6.
    expect(dongHu).toMatchObject({ timedCases: 6, timelinessMedianDays: 50 });
    expect(dongHu.timelinessWithin90Pct).toBeCloseTo(400 / 6, 10);
  });

  it('limits a county registry to its county and refuses a region outside it', async () => {
    const own = await quality('registry', 'by=county');
    expect(own.rows.map((r) => r.key)).toEqual(['360102']);
    const res = await (await t.as('registry')).get('/api/registry/quality?regionCode=360121');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it.each([
    ['admin', ['360102', '360121', '360202']],
    ['analyst', ['360102', '360121', '360202']],
    ['qc', ['360102', '360121', '360202']],
    ['official', ['360102', '360121', '360202']],
    ['registry', ['360102']],
    ['registry2', ['360121']],
  ])('groups for %s the counties of its region only', async (username, counties) => {
    const report = await quality(username, 'by=county');
    expect(report.rows.map((r) => r.key)).toEqual(counties);
  });

  it('limits a hospital reporter to the tumours it reported, with no deaths', async () => {
    const report = await quality('reporter', 'by=county');
    expect(report.rows.map((r) => [r.key, r.cases.value])).toEqual([['360102', 8]]);
    expect(report.total.deaths).toBeNull();
  });

  it('hides cells under 5 cases from officials, and their M/I', async () => {
    const report = await quality('official', 'by=county');
    expect(row(report, '360202')).toMatchObject({
      cases: { value: null, suppressed: true },
      mvPct: null,
      dcoPct: null,
      miRatio: null,
      lights: { mv: 'none', dco: 'none', mi: 'none' },
    });
    // 360102 has 8 cases but 1 death: the indices show, the death count and M/I do not.
    expect(row(report, '360102')).toMatchObject({
      mvPct: 62.5,
      deaths: { value: null, suppressed: true },
      miRatio: null,
    });
    expect(report.total.cases.value).toBe(20);
  });

  it('agrees with @orca/epi qualityTable run on the same tumours and deaths', async () => {
    const cases = await t.database.query<Record<string, string | undefined>>(
      `select t.region_code, p.sex::text, p.birth_date::text, t.diagnosis_date::text, t.icd10, t.basis::text
       from tumours t join persons p on p.id = t.person_id`,
    );
    const deaths = await t.database.query<Record<string, string | undefined>>(
      'select region_code, sex::text, death_date::text, cause_of_death from deaths',
    );
    const epi = qualityTable({ cases, deaths, by: ['region_code'] });
    const report = await quality('analyst', 'by=county');
    for (const want of epi.rows) {
      const got = row(report, String(want.region_code));
      expect(got.cases.value).toBe(want.cases);
      expect(got.mvPct).toBeCloseTo(want.mv_pct!, 12);
      expect(got.dcoPct).toBeCloseTo(want.dco_pct!, 12);
      expect(got.ubPct).toBeCloseTo(want.ub_pct!, 12);
      expect(got.unknownAgePct).toBeCloseTo(want.unknown_age_pct!, 12);
      expect(got.miRatio).toBeCloseTo(want.mi_ratio!, 12);
    }
  });

  it.each(['auditor', 'screening'])('refuses %s with 403', async (username) => {
    const res = await (await t.as(username)).get('/api/registry/quality');
    expect(res.statusCode).toBe(403);
  });

  it('audits each read of the quality table', async () => {
    await quality('qc', 'by=year&regionCode=360100');
    const [entry] = await t.database.query<{ entity: string; detail: { by: string; regionCode: string } }>(
      "select entity, detail from audit_log where entity = 'quality_report' order by seq desc limit 1",
    );
    expect(entry).toMatchObject({ entity: 'quality_report', detail: { by: 'year', regionCode: '360100' } });
  });
});

describe('quality thresholds', () => {
  it('stores thresholds per region, used by the region and its subtree, and audits the change', async () => {
    const analyst = await t2.as('analyst');
    const body = { mvMinPct: 60, dcoMaxPct: 10, miMin: 0.5, miMax: 0.9, source: '江西省 2024 年质控方案' };
    const put = await analyst.request({
      method: 'PUT',
      url: '/api/registry/quality/thresholds/360100',
      payload: body,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ regionCode: '360100', ...body });
    const county = await analyst.get('/api/registry/quality?regionCode=360102');
    // 62.5 > 60 → green now; 12.5 > 10 but ≤ 11 (10 % margin)? No: 12.5 > 11 → red.
    expect((county.json() as QualityReport).rows[0]!.lights).toMatchObject({ mv: 'green', dco: 'red' });
    expect((county.json() as QualityReport).thresholds.regionCode).toBe('360100');
    const elsewhere = await analyst.get('/api/registry/quality/thresholds/360202');
    expect(elsewhere.json().regionCode).toBeNull();
    const registry = await t2.as('registry');
    const denied = await registry.request({
      method: 'PUT',
      url: '/api/registry/quality/thresholds/360102',
      payload: body,
    });
    expect(denied.statusCode).toBe(403);
    const bad = await analyst.request({
      method: 'PUT',
      url: '/api/registry/quality/thresholds/360100',
      payload: { ...body, miMin: 1, miMax: 0.5 },
    });
    expect(bad.statusCode).toBe(400);
    const [audit] = await t2.database.query<{ entity_id: string }>(
      "select entity_id from audit_log where entity = 'quality_thresholds' and action = 'update'",
    );
    expect(audit?.entity_id).toBe('360100');
  });
});

describe('GET /api/registry/quality/completeness', () => {
  it('estimates completeness from hospital reports and death records by Chapman’s formula', async () => {
    const res = await (await t.as('analyst')).get('/api/registry/quality/completeness');
    expect(res.statusCode, res.body).toBe(200);
    const report: CompletenessReport = res.json();
    // Every tumour has a hospital card; the 4 DCO tumours count as found by the death records; the two
    // unlinked cancer deaths D1, D2 were found by the death records only.
    // n1 = 20, n2 = 4 + 2 = 6, m = 4 → (21 × 7)/5 − 1 = 28.4; completeness 20/28.4.
    expect(report.histories).toEqual([
      { pattern: '110', cases: { value: 4, suppressed: false } },
      { pattern: '100', cases: { value: 16, suppressed: false } },
      { pattern: '010', cases: { value: 2, suppressed: false } },
    ]);
    expect(report.registered.value).toBe(20);
    const chapman = report.estimates.find((e) => e.method === 'chapman')!;
    expect(chapman.estimated).toBeCloseTo(28.4, 10);
    expect(chapman.completenessPct).toBeCloseTo(2000 / 28.4, 10);
    expect(chapman.lower).toBeGreaterThanOrEqual(22);
    expect(report.estimates.find((e) => e.method === 'lincoln_petersen')?.estimated).toBeCloseTo(30, 10);
    expect(report.estimates.some((e) => e.method === 'log_linear')).toBe(false);
  });

  it('counts a death linked to a registered person as a capture of that person’s tumours', async () => {
    await t2.database.query(
      `update deaths set person_id = (select person_id from reports where source_id = 'H360102-0') where source_id = 'D1'`,
    );
    const res = await (await t2.as('registry')).get('/api/registry/quality/completeness');
    const report: CompletenessReport = res.json();
    // 360102: k0 (linked) and k4 (DCO) in both; 6 hospital only; no unlinked death left.
    expect(report.histories.map((h) => [h.pattern, h.cases.value])).toEqual([
      ['110', 2],
      ['100', 6],
    ]);
    expect(report.unlinkedDeaths.value).toBe(0);
    // (9 × 3)/3 − 1 = 8: the death records found nothing the hospitals missed.
    expect(report.estimates.find((e) => e.method === 'chapman')).toMatchObject({
      estimated: 8,
      completenessPct: 100,
    });
  });

  it('hides small capture cells from officials and refuses hospital reporters', async () => {
    const res = await (await t.as('official')).get('/api/registry/quality/completeness?regionCode=360202');
    const report: CompletenessReport = res.json();
    expect(report.registered).toEqual({ value: null, suppressed: true });
    expect(report.estimates).toEqual([]);
    const reporter = await (await t.as('reporter')).get('/api/registry/quality/completeness');
    expect(reporter.statusCode).toBe(403);
  });
});
