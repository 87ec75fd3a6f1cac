import { afterEach, describe, expect, it } from 'vitest';
import { loadDeaths } from '../registry/bulk-load';
import { type TestApp, testApp } from '../testing/test-app';
import { seedAnalytics } from './analytics-fixture';
import { refreshCounts } from './refresh-counts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function cubeTotals(app: TestApp) {
  const [row] = await app.database.query<{ incidence: number; mortality: number }>(
    `select coalesce(sum(cases) filter (where measure = 1), 0)::int as incidence,
       coalesce(sum(cases) filter (where measure = 2), 0)::int as mortality from analytics_counts`,
  );
  return row;
}

describe('refreshCounts', () => {
  it('builds cube totals equal to the person tables, cell by cell', async () => {
    t = await testApp();
    await seedAnalytics(t);
    const [tumours] = await t.database.query<{ n: number }>(
      `select count(*)::int as n from tumours where status = 'accepted'`,
    );
    const [deaths] = await t.database.query<{ n: number }>('select count(*)::int as n from deaths');
    expect(await cubeTotals(t)).toEqual({ incidence: tumours?.n, mortality: deaths?.n });
    // Per county, year and sex: the cube against a direct count of the person tables.
    const direct = await t.database.query<{ region: string; year: number; sex: number; n: number }>(
      `select t.region_code as region, extract(year from t.diagnosis_date)::int as year, p.sex::int as sex, count(*)::int as n
       from tumours t join persons p on p.id = t.person_id group by 1, 2, 3 order by 1, 2, 3`,
    );
    const cube = await t.database.query<{ region: string; year: number; sex: number; n: number }>(
      `select region_code as region, year::int as year, sex::int as sex, sum(cases)::int as n
       from analytics_counts where measure = 1 group by 1, 2, 3 order by 1, 2, 3`,
    );
    expect(cube).toEqual(direct);
  });

  it('puts unknown and in-range ages in the right group: 29 February birthdays age on 1 March', async () => {
    t = await testApp();
    await loadDeaths(t.database.db, t.sealer, [
      {
        sourceId: 'L1',
        name: '甲',
        sex: 1,
        birthDate: '1960-02-29',
        idNumber: null,
        regionCode: '360102',
        deathDate: '2015-02-28',
        causeOfDeath: 'C16',
      },
      {
        sourceId: 'L2',
        name: '乙',
        sex: 1,
        birthDate: '1960-02-29',
        idNumber: null,
        regionCode: '360102',
        deathDate: '2015-03-01',
        causeOfDeath: 'C16',
      },
      {
        sourceId: 'L3',
        name: '丙',
        sex: 1,
        birthDate: null,
        idNumber: null,
        regionCode: '360102',
        deathDate: '2015-03-01',
        causeOfDeath: 'C16',
      },
      {
        sourceId: 'L4',
        name: '丁',
        sex: 2,
        birthDate: '2015-01-01',
        idNumber: null,
        regionCode: '360102',
        deathDate: '2015-12-31',
        causeOfDeath: 'C91',
      },
      {
        sourceId: 'L5',
        name: '戊',
        sex: 2,
        birthDate: '1910-01-01',
        idNumber: null,
        regionCode: '360102',
        deathDate: '2015-12-31',
        causeOfDeath: 'C91',
      },
    ]);
    await refreshCounts(t.database.db, { years: [2015] });
    const rows = await t.database.query<{ sex: number; age_group: number; cases: number }>(
      'select sex::int as sex, age_group::int as age_group, cases from analytics_counts where year = 2015 order by 1, 2',
    );
    // 54 → 50-54 (group 11), 55 → 55-59 (12), unknown → -1; age 0 → 0; 105 → 85+ (18).
    expect(rows).toEqual([
      { sex: 1, age_group: -1, cases: 1 },
      { sex: 1, age_group: 11, cases: 1 },
      { sex: 1, age_group: 12, cases: 1 },
      { sex: 2, age_group: 0, cases: 1 },
      { sex: 2, age_group: 18, cases: 1 },
    ]);
  });

  it('rebuilds only the asked region and year, leaving the rest of the cube as it was', async () => {
    t = await testApp();
    await seedAnalytics(t);
    const before = await t.database.query<{ region_code: string; year: number; n: number }>(
      `select region_code, year::int as year, sum(cases)::int as n from analytics_counts where measure = 2 group by 1, 2 order by 1, 2`,
    );
    await loadDeaths(t.database.db, t.sealer, [
      {
        sourceId: 'N1',
        name: '新',
        sex: 1,
        birthDate: '1950-01-01',
        idNumber: null,
        regionCode: '360121',
        deathDate: '2022-05-05',
        causeOfDeath: 'C22.0',
      },
      {
        sourceId: 'N2',
        name: '旧',
        sex: 1,
        birthDate: '1950-01-01',
        idNumber: null,
        regionCode: '360202',
        deathDate: '2021-05-05',
        causeOfDeath: 'C22.0',
      },
    ]);
    const report = await refreshCounts(t.database.db, { regions: ['360121'], years: [2022] });
    const after = await t.database.query<{ region_code: string; year: number; n: number }>(
      `select region_code, year::int as year, sum(cases)::int as n from analytics_counts where measure = 2 group by 1, 2 order by 1, 2`,
    );
    const expected = before.map((r) =>
      r.region_code === '360121' && r.year === 2022 ? { ...r, n: r.n + 1 } : r,
    );
    expect(after).toEqual(expected); // the 360202 death of 2021 waits for its own refresh
    expect(report.mortality).toBe(expected.find((r) => r.region_code === '360121' && r.year === 2022)?.n);
    await refreshCounts(t.database.db, { regions: ['360200'] });
    const [d] = await t.database.query<{ n: number }>('select count(*)::int as n from deaths');
    expect((await cubeTotals(t))?.mortality).toBe(d?.n);
  });

  it('is callable as POST /api/analytics/refresh by an analyst, and not by a county registry', async () => {
    t = await testApp();
    const analyst = await t.as('analyst');
    const res = await analyst.post('/api/analytics/refresh', { years: [2020, 2021, 2022, 2023] });
    expect(res.statusCode).toBe(200);
    const [n] = await t.database.query<{ n: number }>(`select count(*)::int as n from tumours`);
    expect(res.json()).toMatchObject({ incidence: n?.n, mortality: 2 });
    expect((await (await t.as('registry')).post('/api/analytics/refresh', {})).statusCode).toBe(403);
    expect((await (await t.as('official')).post('/api/analytics/refresh', {})).statusCode).toBe(403);
  });
});
