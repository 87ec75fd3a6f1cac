import type { PageOf, QcIntakeResult, QcRecordView } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const admission = (sourceId: string, extra: Record<string, unknown> = {}) => ({
  sourceId,
  patientRef: `MRN-${sourceId}`,
  admissionDate: '2024-03-01',
  icd10: 'C34.1',
  firstVisit: true,
  firstTreatment: true,
  treatmentDate: '2024-03-05',
  stage: 'III',
  stagingDate: '2024-03-03',
  ...extra,
});

describe('hospital quality data intake', () => {
  it('stores the good rows together and returns each bad row with its row, field and reason', async () => {
    const reporter = await t.as('reporter');
    const res = await reporter.post('/api/quality/records/admission', {
      records: [
        admission('A1'),
        admission('A2', { admissionDate: '2024-02-30' }),
        admission('A3', { stage: 'V' }),
        admission('A4', { hospitalCode: 'H360121' }),
        admission('A5', { stage: 'II', stagingDate: null }),
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as QcIntakeResult;
    expect(body).toMatchObject({ kind: 'admission', received: 5, created: 1, updated: 0 });
    expect(body.rejected).toEqual([
      { row: 2, field: 'admissionDate', reason: 'must be a calendar date YYYY-MM-DD' },
      { row: 3, field: 'stage', reason: expect.stringContaining('must be one of') },
      { row: 4, field: 'hospitalCode', reason: 'not a hospital you may report for' },
      { row: 5, field: 'stagingDate', reason: 'required when a stage is given' },
    ]);
  });

  it('updates instead of duplicating when a record is sent again with the same source id', async () => {
    const reporter = await t.as('reporter');
    const again = await reporter.post('/api/quality/records/admission', {
      records: [admission('A1', { stage: 'IV' }), admission('A6')],
    });
    expect(again.json()).toMatchObject({ created: 1, updated: 1, rejected: [] });
    const list = (await reporter.get('/api/quality/records?kind=admission')).json() as PageOf<QcRecordView>;
    expect(list.total).toBe(2);
    expect(list.items.find((r) => r.sourceId === 'A1')?.data).toMatchObject({ stage: 'IV' });
    expect(JSON.stringify(list.items)).not.toContain('MRN-');
  });

  it('rejects a whole strict submission with import_rejected when one row is bad, storing nothing', async () => {
    const qc = await t.as('qc');
    const res = await qc.post('/api/quality/records/gene_test', {
      strict: true,
      records: [
        {
          sourceId: 'G1',
          hospitalCode: 'H360121',
          patientRef: 'P1',
          testDate: '2024-01-02',
          icd10: 'C34',
          sentOut: 'no',
        },
        { sourceId: 'G2', hospitalCode: 'H360121', patientRef: 'P2', testDate: '2024-01-02', icd10: 'C34' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      error: {
        code: 'import_rejected',
        message: expect.any(String),
        details: [{ row: 2, field: 'sentOut', reason: 'required' }],
      },
    });
    const list = (await qc.get('/api/quality/records?kind=gene_test')).json() as PageOf<QcRecordView>;
    expect(list.total).toBe(0);
  });

  it('imports a CSV file with snake_case or Chinese-alias columns and reports file lines', async () => {
    const qc = await t.as('qc');
    const csv = [
      'source_id,hospital_code,patient_ref,prescription_date,drug_code,prescriber_id,prescriber_title,diagnosis_icd10,pathology_confirmed,target_tested',
      'P1,H360121,M1,2024-05-01,L01FD01,D9,attending,C50.9,是,是',
      'P2,H360121,M2,2024-05-02,L01EB01,D9,attending,C34.1,true,false',
      'P3,H360121,M3,2024-05-03,XX999,D9,chief,C34.1,true,true',
      'P4,H360121,M4,2024-05-04,L01XA01,D9,resident,C16.9,false,',
    ].join('\n');
    const res = await qc.request({
      method: 'POST',
      url: '/api/quality/import/prescription',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      received: 4,
      created: 3,
      rejected: [{ row: 4, field: 'drugCode', reason: 'not in the antitumour-drug catalogue' }],
    });
    const list = (
      await qc.get('/api/quality/records?kind=prescription&pageSize=10')
    ).json() as PageOf<QcRecordView>;
    const flags = Object.fromEntries(list.items.map((r) => [r.sourceId, r.flags]));
    // Trastuzumab is restricted-use: an attending physician may not prescribe it.
    expect(flags.P1).toEqual(['unauthorised_prescriber']);
    // Gefitinib needs an EGFR test; ordinary-use, so an attending may prescribe it.
    expect(flags.P2).toEqual(['no_target_test']);
    expect(flags.P4).toEqual(['unauthorised_prescriber', 'no_pathology']);
    const flagged = (await qc.get('/api/quality/records?flag=no_pathology')).json() as PageOf<QcRecordView>;
    expect(flagged.items.map((r) => r.sourceId)).toEqual(['P4']);
  });
});

describe('quality record scope', () => {
  it.each([
    ['qc', 200, 5],
    ['admin', 200, 5],
    ['analyst', 200, 5],
    ['reporter', 200, 2],
    ['registry', 403, 0],
    ['registry2', 403, 0],
    ['screening', 403, 0],
    ['official', 403, 0],
    ['auditor', 403, 0],
  ])('gives %s status %i and %i records', async (user, status, n) => {
    const res = await (await t.as(user)).get('/api/quality/records?pageSize=500');
    expect(res.statusCode).toBe(status);
    if (status === 200) expect((res.json() as PageOf<QcRecordView>).total).toBe(n);
  });

  it('refuses submissions from roles that do not report hospital quality data', async () => {
    for (const user of ['registry', 'official', 'auditor', 'analyst']) {
      const res = await (await t.as(user)).post('/api/quality/records/admission', {
        records: [admission('X')],
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await t.anonymous.get('/api/quality/records')).statusCode).toBe(401);
  });
});
