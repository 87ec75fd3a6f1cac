import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';
import { seedScreeningDemo } from './demo-seed';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('seedScreeningDemo', () => {
  it('loads a season the API can report on, once, linked to registry persons of the county', async () => {
    const options = { countyCodes: ['360102', '360121'], gridsPerCounty: 2, participantsPerGrid: 30 };
    const report = await seedScreeningDemo(t.database.db, t.sealer, options);
    expect(report.grids).toBe(4);
    expect(report.participants).toBeGreaterThan(80);
    expect(report.exams).toBeGreaterThan(0);
    expect(await seedScreeningDemo(t.database.db, t.sealer, options)).toEqual({
      grids: 0,
      participants: 0,
      exams: 0,
      tasks: 0,
    });
    const staff = await t.as('screening');
    const list = (await staff.get('/api/screening/participants?pageSize=500')).json();
    expect(list.total).toBe(report.participants);
    const res = await staff.get(
      '/api/screening/indicators?programmeCode=urban&from=2024-01-01&to=2024-12-31',
    );
    const v = Object.fromEntries(res.json().values.map((x: { indicator: string }) => [x.indicator, x]));
    expect(v.assessed.numerator).toBeGreaterThan(0);
    expect(v.high_risk.denominator).toBe(v.assessed.numerator);
  });
});
