import type { QcIndicatorsResponse } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';
import { seedQualityDemo } from './index';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('seedQualityDemo', () => {
  it('loads every hospital’s quality data through the intake without rejections, and again idempotently', async () => {
    const report = await seedQualityDemo(t.database.db, t.sealer, { seed: 3, scale: 0.25 });
    expect(report.hospitals).toBe(3);
    expect(report.rejected).toBe(0);
    expect(report.records.admission).toBeGreaterThan(0);
    const body = (await (await t.as('qc')).get('/api/quality/indicators')).json() as QcIndicatorsResponse;
    const staging = body.indicators.find((i) => i.definition.code === 'tnm_staging_rate');
    expect(staging?.hospitals).toHaveLength(3);
    const [n] = await t.database.query('select count(*)::int as n from qc_records');
    const again = await seedQualityDemo(t.database.db, t.sealer, { seed: 3, scale: 0.25 });
    // Quality records are upserted by source id; the children's cases are registered once only.
    expect(again.pediatricCases).toBe(0);
    expect(again.rejected).toBe(0);
    const [m] = await t.database.query('select count(*)::int as n from qc_records');
    expect(m).toEqual(n);
  });
});
