import type { QcDrillDown, QcIndicatorResult, QcIndicatorsResponse } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';

let t: TestApp;

const adm = (sourceId: string, extra: Record<string, unknown>) => ({
  sourceId,
  patientRef: `P-${sourceId}`,
  admissionDate: '2024-03-01',
  icd10: 'C34.1',
  firstVisit: true,
  firstTreatment: true,
  treatmentDate: '2024-03-05',
  stage: 'III',
  stagingDate: '2024-03-03',
  ...extra,
});
const mdt = (sourceId: string, admissionSourceId: string, discussionDate: string) => ({
  sourceId,
  sessionSourceId: 'S1',
  admissionSourceId,
  discussionDate,
});
const gene = (hospitalCode: string, n: number, sentOut: number) =>
  Array.from({ length: n }, (_, i) => ({
    sourceId: `G${hospitalCode}-${i}`,
    hospitalCode,
    patientRef: `G${i}`,
    testDate: '2024-06-01',
    icd10: 'C34.1',
    sentOut: i < sentOut,
  }));

beforeAll(async () => {
  t = await testApp();
  const reporter = await t.as('reporter'); // hospital H360102
  const qc = await t.as('qc');
  const ok = (r: { statusCode: number; body: string }) => expect(r.statusCode, r.body).toBe(200);
  ok(
    await reporter.post('/api/quality/records/admission', {
      records: [
        adm('A1', {}), // staged before treatment; MDT before treatment
        adm('A2', { stage: 'IV', stagingDate: '2024-03-06' }), // staged after treatment; MDT after treatment
        adm('A3', { stage: 'unknown', stagingDate: null }), // not staged; not stage III+
        adm('A4', { firstTreatment: false, treatmentDate: null }), // not first treatment; stage III, MDT
      ],
    }),
  );
  ok(
    await reporter.post('/api/quality/records/mdt_case', {
      records: [mdt('M1', 'A1', '2024-03-04'), mdt('M2', 'A2', '2024-03-07'), mdt('M4', 'A4', '2024-03-10')],
    }),
  );
  ok(
    await qc.post('/api/quality/records/admission', {
      records: [
        adm('B1', { hospitalCode: 'H360121', stage: 'II' }),
        adm('B2', { hospitalCode: 'H360121' }), // stage III, no MDT
      ],
    }),
  );
  ok(
    await qc.post('/api/quality/records/gene_test', {
      records: [...gene('H360121', 10, 3), ...gene('H360102', 5, 1)],
    }),
  );
  ok(
    await reporter.post('/api/quality/records/restricted_tech_filing', {
      records: [
        {
          sourceId: 'F1',
          technologyCode: 'RT-ABLATION',
          firstUseDate: '2025-01-24',
          filedDate: '2025-02-20',
        },
        { sourceId: 'F2', technologyCode: 'RT-SEED', firstUseDate: '2025-09-26', filedDate: '2025-10-24' },
        { sourceId: 'F3', technologyCode: 'RT-HSCT', firstUseDate: '2025-11-03' },
        { sourceId: 'F4', technologyCode: 'RT-PROTON', firstUseDate: '2025-01-02' },
      ],
    }),
  );
  ok(
    await reporter.post('/api/quality/records/restricted_tech_case', {
      records: [
        {
          sourceId: 'RC1',
          technologyCode: 'RT-ABLATION',
          patientRef: 'X1',
          useDate: '2025-03-01',
          reportedDate: '2025-03-02',
          consentSourceId: 'C1',
        },
        { sourceId: 'RC2', technologyCode: 'RT-ABLATION', patientRef: 'X2', useDate: '2025-03-05' },
      ],
    }),
  );
});
afterAll(() => t.close());

const indicator = (body: QcIndicatorsResponse, code: string) =>
  body.indicators.find((i) => i.definition.code === code) as QcIndicatorResult;
const cell = (r: QcIndicatorResult, hospitalCode: string) =>
  r.hospitals.find((h) => h.hospitalCode === hospitalCode);

describe('hospital quality indicators', () => {
  it('counts pre-treatment staging and the stage III+ MDT rate as worked out by hand', async () => {
    const res = await (await t.as('qc')).get('/api/quality/indicators?today=2025-11-10');
    expect(res.statusCode).toBe(200);
    const body = res.json() as QcIndicatorsResponse;
    const staging = indicator(body, 'tnm_staging_rate');
    // H360102: A1 staged; A2 staged after treatment; A3 unknown; A4 no first treatment → 1/3.
    expect(cell(staging, 'H360102')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(cell(staging, 'H360121')).toMatchObject({ numerator: 2, denominator: 2, proportion: 1 });
    expect(staging.overall).toMatchObject({
      numerator: 3,
      denominator: 5,
      proportion: 0.6,
      meetsTarget: null,
    });
    const mdtRate = indicator(body, 'mdt_stage3_rate');
    // A1 (MDT before treatment) and A4 (no treatment yet) count; A2's MDT came after treatment.
    expect(cell(mdtRate, 'H360102')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(cell(mdtRate, 'H360121')).toMatchObject({ numerator: 0, denominator: 1, meetsTarget: false });
    // 2/4 = 50 % does not meet Jiangxi's "> 50 %".
    expect(mdtRate.overall).toMatchObject({
      numerator: 2,
      denominator: 4,
      proportion: 0.5,
      meetsTarget: false,
    });
    expect(mdtRate.definition.target).toMatchObject({ comparator: '>', value: 0.5 });
  });

  it('compares gene-test outsourcing with the ≤ 20 % target and places hospitals in the funnel', async () => {
    const body = (await (await t.as('qc')).get('/api/quality/indicators')).json() as QcIndicatorsResponse;
    const gene = indicator(body, 'gene_outsourcing_rate');
    expect(cell(gene, 'H360121')).toMatchObject({
      numerator: 3,
      denominator: 10,
      meetsTarget: false,
      signal: 'inside',
    });
    expect(cell(gene, 'H360102')).toMatchObject({
      numerator: 1,
      denominator: 5,
      meetsTarget: true,
      signal: 'inside',
    });
    expect(gene.overall.proportion).toBeCloseTo(4 / 15, 12);
    expect(gene.funnel.map((p) => p.n)).toEqual(expect.arrayContaining([5, 10]));
  });

  it('judges restricted-technology filings against 15 working days with Chinese holidays', async () => {
    const body = (
      await (await t.as('reporter')).get('/api/quality/indicators?today=2025-11-10')
    ).json() as QcIndicatorsResponse;
    const filing = indicator(body, 'restricted_tech_on_time_rate');
    // F1 on time (deadline Thu 2025-02-20); F2 late (deadline 2025-10-23); F4 overdue; F3 still pending.
    expect(cell(filing, 'H360102')).toMatchObject({ numerator: 1, denominator: 3 });
    // One report per case: RC1 reported (and consented), RC2 neither → 1/2 each.
    expect(cell(indicator(body, 'restricted_tech_case_report_rate'), 'H360102')).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(cell(indicator(body, 'restricted_tech_consent_rate'), 'H360102')).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    // A hospital user sees its own hospital only.
    expect(body.indicators.every((i) => i.hospitals.every((h) => h.hospitalCode === 'H360102'))).toBe(true);
  });

  it('hides small cells from officials and refuses them the drill-down', async () => {
    const official = await t.as('official');
    const body = (await official.get('/api/quality/indicators')).json() as QcIndicatorsResponse;
    const gene = indicator(body, 'gene_outsourcing_rate');
    // 3 of 10 and 1 of 5 are cells under 5; the overall 4 of 15 too.
    expect(cell(gene, 'H360121')).toMatchObject({ numerator: null, proportion: null, signal: null });
    expect(gene.overall.numerator).toBeNull();
    const drill = await official.get('/api/quality/indicators/mdt_stage3_rate/hospitals/H360102');
    expect(drill.statusCode).toBe(403);
  });

  it('drills into the cases behind a hospital number with the same rule', async () => {
    const res = await (await t.as('qc')).get('/api/quality/indicators/mdt_stage3_rate/hospitals/H360102');
    expect(res.statusCode).toBe(200);
    const body = res.json() as QcDrillDown;
    expect(body).toMatchObject({ numerator: 2, denominator: 3 });
    expect(body.records.map((r) => [r.sourceId, r.inNumerator])).toEqual([
      ['A1', true],
      ['A2', false],
      ['A4', true],
    ]);
  });

  it('answers 404 when a hospital user drills into another hospital or an unknown indicator', async () => {
    const reporter = await t.as('reporter');
    expect((await reporter.get('/api/quality/indicators/mdt_stage3_rate/hospitals/H360121')).statusCode).toBe(
      404,
    );
    expect((await reporter.get('/api/quality/indicators/nonsense/hospitals/H360102')).statusCode).toBe(404);
  });

  it('refuses the indicators to roles outside quality control', async () => {
    for (const user of ['registry', 'screening', 'auditor']) {
      expect((await (await t.as(user)).get('/api/quality/indicators')).statusCode).toBe(403);
    }
  });
});
