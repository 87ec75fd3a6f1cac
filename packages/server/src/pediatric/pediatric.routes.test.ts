import type { PageOf, PedCaseView, PedIndicators } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  const admin = await t.as('admin');
  for (const body of [
    {
      hospitalCode: 'H360202',
      regionCode: '360000',
      diseaseGroup: 'blood',
      role: 'designated',
      level: 'provincial',
      validFrom: '2020-01-01',
    },
    {
      hospitalCode: 'H360121',
      regionCode: '360000',
      diseaseGroup: 'solid',
      role: 'group_lead',
      level: 'provincial',
      groupName: '省儿童实体肿瘤诊疗协作组',
      validFrom: '2020-01-01',
    },
  ]) {
    const res = await admin.post('/api/pediatric/designations', body);
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t.close());

const child = (sourceId: string, extra: Record<string, unknown> = {}) => ({
  sourceId,
  name: '王小明',
  sex: 1,
  birthDate: '2018-04-02',
  regionCode: '360102',
  diseaseCode: 'leukaemia',
  diagnosisDate: '2025-03-01',
  familyDoctor: '李医生',
  ...extra,
});

describe('children’s case management', () => {
  let caseId = '';

  it('registers a case at a non-designated hospital as needing referral, with a masked name in lists', async () => {
    const reporter = await t.as('reporter');
    const res = await reporter.post('/api/pediatric/cases', child('K1'));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json() as PedCaseView;
    caseId = view.id;
    expect(view).toMatchObject({
      hospitalCode: 'H360102',
      ageYears: 6,
      phase: 'registered',
      needsReferral: true,
      name: '王小明',
    });
    const list = (
      await reporter.get('/api/pediatric/cases?needsReferral=true')
    ).json() as PageOf<PedCaseView>;
    expect(list.items.map((c) => c.name)).toEqual(['王*明']);
  });

  it('rejects a disease off the list, an adult, and a repeated source id', async () => {
    const reporter = await t.as('reporter');
    const bad = await reporter.post('/api/pediatric/cases', child('K2', { diseaseCode: 'lung' }));
    expect(bad.json().error.details).toEqual([{ field: 'diseaseCode', reason: expect.any(String) }]);
    const adult = await reporter.post('/api/pediatric/cases', child('K3', { birthDate: '2000-01-01' }));
    expect(adult.statusCode).toBe(400);
    expect((await reporter.post('/api/pediatric/cases', child('K1'))).statusCode).toBe(409);
  });

  it('refers only to a hospital designated for the disease group and tracks the status to arrival', async () => {
    const reporter = await t.as('reporter');
    const wrong = await reporter.post(`/api/pediatric/cases/${caseId}/referrals`, {
      toHospitalCode: 'H360121',
      requestedDate: '2025-03-02',
    });
    expect(wrong.statusCode).toBe(400);
    const referred = await reporter.post(`/api/pediatric/cases/${caseId}/referrals`, {
      toHospitalCode: 'H360202',
      requestedDate: '2025-03-02',
    });
    expect(referred.json()).toMatchObject({ phase: 'referred', needsReferral: false });
    const referralId = (referred.json() as PedCaseView).referrals?.[0]?.id as string;
    const qc = await t.as('qc');
    expect(
      (
        await qc.post(`/api/pediatric/referrals/${referralId}/status`, {
          status: 'arrived',
          date: '2025-03-03',
        })
      ).statusCode,
    ).toBe(409);
    await qc.post(`/api/pediatric/referrals/${referralId}/status`, {
      status: 'accepted',
      date: '2025-03-03',
    });
    const arrived = await qc.post(`/api/pediatric/referrals/${referralId}/status`, {
      status: 'arrived',
      date: '2025-03-06',
    });
    const view = arrived.json() as PedCaseView;
    expect(view).toMatchObject({ phase: 'in_treatment', managingHospitalCode: 'H360202' });
    expect(view.referrals?.[0]?.trail.map((s) => s.status)).toEqual(['requested', 'accepted', 'arrived']);
    expect(view.followUps).toHaveLength(10);
    expect(view.followUps?.[0]).toMatchObject({ dueDate: '2025-04-06', status: 'due' });
    const done = await qc.post(`/api/pediatric/follow-ups/${view.followUps?.[0]?.id}`, {
      status: 'done',
      doneDate: '2025-04-07',
    });
    expect(done.statusCode).toBe(200);
  });

  it('manages a case registered at a designated hospital at once', async () => {
    const res = await (await t.as('qc')).post(
      '/api/pediatric/cases',
      child('K9', { hospitalCode: 'H360121', diseaseCode: 'neuroblastoma', regionCode: '360121' }),
    );
    expect(res.json()).toMatchObject({
      phase: 'in_treatment',
      managingHospitalCode: 'H360121',
      needsReferral: false,
    });
  });

  it('computes the indicators by hand: 2 cases, both at designated hospitals, 1 arrival after 4 days', async () => {
    const body = (
      await (await t.as('qc')).get('/api/pediatric/indicators?today=2025-04-10')
    ).json() as PedIndicators;
    // Due by 2025-04-10: case K1's two tasks of 2025-04-06; K9's of 2025-04-01 (two). One done → 1/4.
    expect(body).toMatchObject({
      cases: 2,
      atDesignatedRate: 1,
      needingReferral: 0,
      referralsRequested: 1,
      referralsArrived: 1,
      medianDaysToArrival: 4,
      followUpsDue: 4,
      followUpsDone: 1,
      followUpCompletionRate: 0.25,
    });
    const official = (
      await (await t.as('official')).get('/api/pediatric/indicators')
    ).json() as PedIndicators;
    // Officials get the region's counts, with disease cells under 5 hidden.
    expect(official).toMatchObject({ cases: 2, referralsArrived: 1 });
    expect(official.byDisease.every((d) => d.cases === null)).toBe(true);
  });

  it.each([
    ['qc', 200, 2],
    ['admin', 200, 2],
    ['analyst', 200, 2],
    ['reporter', 200, 1],
    ['registry', 403, 0],
    ['screening', 403, 0],
    ['official', 403, 0],
    ['auditor', 403, 0],
  ])('gives %s status %i and %i cases', async (user, status, n) => {
    const res = await (await t.as(user)).get('/api/pediatric/cases');
    expect(res.statusCode).toBe(status);
    if (status === 200) expect((res.json() as PageOf<PedCaseView>).total).toBe(n);
  });

  it('hides a case from a hospital user of another hospital', async () => {
    const list = (await (await t.as('qc')).get('/api/pediatric/cases')).json() as PageOf<PedCaseView>;
    const other = list.items.find((c) => c.hospitalCode === 'H360121')?.id;
    expect((await (await t.as('reporter')).get(`/api/pediatric/cases/${other}`)).statusCode).toBe(404);
  });
});
