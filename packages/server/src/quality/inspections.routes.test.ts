import type { QcFindingView, QcInspectionCoverage, QcInspectionView } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('annual QC inspections', () => {
  it('records an inspection with findings and follows rectification until closed', async () => {
    const qc = await t.as('qc');
    const res = await qc.post('/api/quality/inspections', {
      hospitalCode: 'H360102',
      year: 2025,
      inspectionDate: '2025-05-10',
      inspectors: '省肿瘤质控中心 张、李',
      findings: [
        { description: '限制类技术未按时备案', severity: 'major', dueDate: '2025-06-10' },
        { description: '处方点评样本不足', severity: 'minor', dueDate: '2099-01-01' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const inspection = res.json() as QcInspectionView;
    expect(inspection.findings.map((f) => [f.status, f.overdue])).toEqual([
      ['open', true],
      ['open', false],
    ]);
    const findingId = inspection.findings[0]?.id;
    const reporter = await t.as('reporter');
    const rectifying = await reporter.post(`/api/quality/inspection-findings/${findingId}`, {
      status: 'rectifying',
      followUp: '已补报',
    });
    expect(rectifying.json()).toMatchObject({ status: 'rectifying', followUp: '已补报' });
    expect(
      (await qc.post(`/api/quality/inspection-findings/${findingId}`, { status: 'closed' })).statusCode,
    ).toBe(400);
    const closed = await qc.post(`/api/quality/inspection-findings/${findingId}`, {
      status: 'closed',
      closedDate: '2025-06-01',
    });
    expect(closed.json() as QcFindingView).toMatchObject({
      status: 'closed',
      overdue: false,
      followUp: '已补报',
    });
  });

  it('shows which hospitals were inspected in a year', async () => {
    const coverage = (
      await (await t.as('qc')).get('/api/quality/inspections/coverage?year=2025')
    ).json() as QcInspectionCoverage;
    expect(coverage.hospitals.map((h) => [h.hospitalCode, h.inspected, h.openFindings])).toEqual([
      ['H360102', true, 1],
      ['H360121', false, 0],
      ['H360202', false, 0],
    ]);
  });

  it('keeps inspections within scope and lets only QC staff record them', async () => {
    expect((await (await t.as('reporter')).get('/api/quality/inspections')).json()).toHaveLength(1);
    const registry2 = await t.as('registry2');
    expect((await registry2.get('/api/quality/inspections')).statusCode).toBe(403);
    const reporter = await t.as('reporter');
    const res = await reporter.post('/api/quality/inspections', {
      hospitalCode: 'H360102',
      year: 2025,
      inspectionDate: '2025-05-10',
      inspectors: 'x',
      findings: [],
    });
    expect(res.statusCode).toBe(403);
  });
});
