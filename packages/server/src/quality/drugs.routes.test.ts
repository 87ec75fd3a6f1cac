import type { QcDrugAlert, QcDrugCatalogue, QcFilingStatus, QcReviewBatch } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';

let t: TestApp;

const rx = (sourceId: string, drugCode: string, prescriptionDate: string, quantity: number) => ({
  sourceId,
  hospitalCode: 'H360121',
  patientRef: `P${sourceId}`,
  prescriptionDate,
  drugCode,
  prescriberId: 'D1',
  prescriberTitle: 'chief',
  diagnosisIcd10: 'C34.1',
  pathologyConfirmed: true,
  targetTested: true,
  quantity,
});

beforeAll(async () => {
  t = await testApp();
  const qc = await t.as('qc');
  const pattern = [10, 12, 14];
  const records = [];
  for (let m = 1; m <= 12; m++) {
    const date = `2024-${String(m).padStart(2, '0')}-10`;
    const q = pattern[(m - 1) % 3] as number;
    records.push(
      rx(`N${m}`, 'L01FF01', date, q),
      rx(`O${m}`, 'L01XA03', date, q),
      rx(`C${m}`, 'L01XA01', date, 1),
    );
  }
  records.push(rx('N13', 'L01FF01', '2025-01-10', 16), rx('O13', 'L01XA03', '2025-01-10', 15));
  records.push(rx('C13', 'L01XA01', '2025-01-10', 100));
  for (let i = 0; i < 35; i++) records.push(rx(`R${i}`, 'L01BC06', '2023-06-15', 1));
  const res = await qc.post('/api/quality/records/prescription', { records });
  expect(res.json()).toMatchObject({ rejected: [] });
  await (await t.as('reporter')).post('/api/quality/records/restricted_tech_filing', {
    records: [
      { sourceId: 'F1', technologyCode: 'RT-ABLATION', firstUseDate: '2025-01-24', filedDate: '2025-02-20' },
      { sourceId: 'F4', technologyCode: 'RT-PROTON', firstUseDate: '2025-01-02' },
      { sourceId: 'F5', technologyCode: 'RT-SEED', firstUseDate: '2025-09-26' },
    ],
  });
});
afterAll(() => t.close());

describe('antitumour-drug management', () => {
  it('publishes the tiered catalogue with the titles allowed per tier', async () => {
    const body = (await (await t.as('official')).get('/api/quality/drugs')).json() as QcDrugCatalogue;
    expect(body.authority.restricted).toEqual(['chief', 'associate_chief']);
    expect(body.drugs.find((d) => d.code === 'L01FD01')).toMatchObject({
      tier: 'restricted',
      targetTestRequired: true,
    });
  });

  it('alerts on a key-monitored drug above mean + 2 SD of its own last twelve months only', async () => {
    const res = await (await t.as('qc')).get('/api/quality/drug-alerts?month=2025-01');
    expect(res.statusCode).toBe(200);
    const alerts = res.json() as QcDrugAlert[];
    // History 10,12,14 ×4: mean 12, SD √(32/11) → limit 15.41; nivolumab 16 > limit, oxaliplatin 15 not;
    // cisplatin is not on the key-monitoring catalogue.
    expect(alerts.map((a) => a.drugCode)).toEqual(['L01FF01']);
    expect(alerts[0]?.limit).toBeCloseTo(12 + 2 * Math.sqrt(32 / 11), 10);
    expect(alerts[0]).toMatchObject({ hospitalCode: 'H360121', usage: 16, mean: 12 });
    const reporter = (await (await t.as('reporter')).get('/api/quality/drug-alerts?month=2025-01')).json();
    expect(reporter).toEqual([]);
  });
});

describe('restricted-technology filings', () => {
  it('lists overdue filings first with their working-day deadline', async () => {
    const res = await (await t.as('qc')).get('/api/quality/restricted-tech/filings?today=2025-10-20');
    const rows = res.json() as QcFilingStatus[];
    expect(rows.map((r) => [r.technologyCode, r.status, r.deadline, r.workdaysLeft])).toEqual([
      ['RT-PROTON', 'overdue', '2025-01-23', expect.any(Number)],
      // 2025-10-20 (Mon) → deadline Thu 2025-10-23 after the National Day holiday: 3 working days left.
      ['RT-SEED', 'pending', '2025-10-23', 3],
      ['RT-ABLATION', 'on_time', '2025-02-20', null],
    ]);
    expect(rows[0]?.workdaysLeft).toBeLessThan(0);
  });
});

describe('prescription review', () => {
  it('samples at least 30, takes verdicts, refuses to publish an unfinished round, then publishes', async () => {
    const qc = await t.as('qc');
    const created = await qc.post('/api/quality/reviews', {
      hospitalCode: 'H360121',
      month: '2023-06',
      seed: 42,
    });
    expect(created.statusCode).toBe(201);
    const batch = created.json() as QcReviewBatch;
    expect(batch).toMatchObject({ population: 35, sampleSize: 30, reviewed: 0, rationalRate: null });
    const again = await qc.post('/api/quality/reviews', { hospitalCode: 'H360121', month: '2023-06' });
    expect(again.statusCode).toBe(409);

    const items = batch.items ?? [];
    const first = await qc.post(`/api/quality/reviews/${batch.id}/verdicts`, {
      items: items
        .slice(0, 10)
        .map((i, k) => ({ recordId: i.recordId, verdict: k < 2 ? 'irregular' : 'rational' })),
    });
    expect(first.json()).toMatchObject({ reviewed: 10, rational: 8, rationalRate: 0.8 });
    expect((await qc.post(`/api/quality/reviews/${batch.id}/publish`)).statusCode).toBe(409);
    await qc.post(`/api/quality/reviews/${batch.id}/verdicts`, {
      items: items.slice(10).map((i) => ({ recordId: i.recordId, verdict: 'rational' })),
    });
    const published = await qc.post(`/api/quality/reviews/${batch.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ reviewed: 30, rational: 28, publishedAt: expect.any(String) });
    const late = await qc.post(`/api/quality/reviews/${batch.id}/verdicts`, {
      items: [{ recordId: items[0]?.recordId, verdict: 'rational' }],
    });
    expect(late.statusCode).toBe(409);
    // The hospital of another county sees neither the round nor its list entry.
    const reporter = await t.as('reporter');
    expect((await reporter.get(`/api/quality/reviews/${batch.id}`)).statusCode).toBe(404);
    expect((await reporter.get('/api/quality/reviews')).json()).toEqual([]);
  });
});
