import type { ReportView } from '@orca/contract';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables';
import { type TestApp, testApp } from '../../testing/test-app';
import { persons, reports, tumours } from '../registry.tables';
import { goodCard, residentId } from './test-cards';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function create(username: string, card = goodCard(), submit = true) {
  const res = await (await t.as(username)).post('/api/registry/reports', { card, submit });
  return res;
}

async function auditOf(id: string) {
  return t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.seq);
}

describe('the report card state machine', () => {
  it('goes draft → submitted → returned → submitted → accepted, auditing every transition', async () => {
    const reporter = await t.as('reporter');
    const draft = await create('reporter', goodCard({ sourceId: 'SM-1' }), false);
    expect(draft.statusCode).toBe(201);
    const id = (draft.json() as ReportView).id;
    expect(draft.json()).toMatchObject({
      status: 'draft',
      rulesetVersion: expect.any(String),
      hasErrors: false,
    });

    expect((await reporter.post(`/api/registry/reports/${id}/submit`)).json().status).toBe('submitted');
    const registry = await t.as('registry');
    const noReason = await registry.post(`/api/registry/reports/${id}/return`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const returned = await registry.post(`/api/registry/reports/${id}/return`, { reason: '分期缺失依据' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '分期缺失依据' });

    const edited = await reporter.request({
      method: 'PUT',
      url: `/api/registry/reports/${id}`,
      payload: { card: goodCard({ sourceId: 'SM-1', stage: 'III' }) },
    });
    expect(edited.json()).toMatchObject({ status: 'returned', card: { stage: 'III' } });
    await reporter.post(`/api/registry/reports/${id}/submit`);
    const accepted = await registry.post(`/api/registry/reports/${id}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', personId: expect.any(String) });

    const entries = await auditOf(id);
    expect(entries.map((e) => [e.action, (e.detail as { transition?: string } | null)?.transition])).toEqual([
      ['create', undefined],
      ['update', 'submit'],
      ['update', 'return'],
      ['update', undefined],
      ['update', 'submit'],
      ['update', 'accept'],
    ]);
    const again = await registry.post(`/api/registry/reports/${id}/accept`, {});
    expect(again.statusCode).toBe(409);
  });

  it('saves a draft with errors but refuses to submit it, naming the field', async () => {
    const res = await create('reporter', goodCard({ sourceId: 'ERR-1', icd10: 'X99.9' }), false);
    expect(res.statusCode).toBe(201);
    expect(res.json().hasErrors).toBe(true);
    const submit = await (await t.as('reporter')).post(`/api/registry/reports/${res.json().id}/submit`);
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error.details.map((d: { field: string }) => d.field)).toContain('icd10');
  });

  it('refuses a card whose dates cannot be stored, with the rule set’s message', async () => {
    const res = await create('reporter', goodCard({ sourceId: 'ERR-2', diagnosisDate: '2023-02-30' }), false);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'diagnosis_date', reason: expect.stringContaining('2023-02-30') },
    ]);
  });

  it('answers 409 to a second card with the same source id from the same hospital', async () => {
    await create('reporter', goodCard({ sourceId: 'DUP-1' }), false);
    const res = await create('reporter', goodCard({ sourceId: 'DUP-1' }), false);
    expect(res.statusCode).toBe(409);
  });

  it('blocks acceptance on an unconfirmed warning and records the confirmation’s reason', async () => {
    const card = goodCard({ sourceId: 'W-1', birthDate: '1960-05-11' });
    const id = (await create('reporter', card)).json().id;
    const registry = await t.as('registry');
    const blocked = await registry.post(`/api/registry/reports/${id}/accept`, { confirmations: [] });
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().error.details[0].reason).toContain('id_birth_date_mismatch');
    const ok = await registry.post(`/api/registry/reports/${id}/accept`, {
      confirmations: [{ ruleId: 'id_birth_date_mismatch', field: 'birth_date', reason: '已核对户籍' }],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().confirmedWarnings).toEqual([
      { ruleId: 'id_birth_date_mismatch', field: 'birth_date', reason: '已核对户籍' },
    ]);
  });

  it('runs the rule set without saving', async () => {
    const res = await (await t.as('reporter')).post('/api/registry/checks', goodCard({ sex: '2' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().findings.map((f: { ruleId: string }) => f.ruleId)).toContain('id_sex_mismatch');
  });
});

describe('scope of report cards', () => {
  let id360121: string;
  let idReporter: string;
  beforeAll(async () => {
    const card = goodCard({
      sourceId: 'SC-1',
      regionCode: '360121',
      idNumber: residentId('360121', '19600510', 9, 1),
      institutionCode: 'H360121',
    });
    const res = await create('registry2', card);
    expect(res.statusCode).toBe(201);
    id360121 = res.json().id;
    idReporter = (await create('reporter', goodCard({ sourceId: 'SC-2' }))).json().id;
  });

  it('hides another county’s card from a county registry user, who can neither read nor accept it', async () => {
    const registry = await t.as('registry');
    expect((await registry.get(`/api/registry/reports/${id360121}`)).statusCode).toBe(404);
    expect((await registry.post(`/api/registry/reports/${id360121}/accept`, {})).statusCode).toBe(404);
    expect(
      (await registry.post(`/api/registry/reports/${id360121}/return`, { reason: 'x' })).statusCode,
    ).toBe(404);
    const list = (await registry.get('/api/registry/reports?pageSize=500')).json();
    expect(list.items.every((i: { regionCode: string }) => i.regionCode === '360102')).toBe(true);
  });

  it('shows a hospital reporter only its hospital’s cards and lets it neither return nor accept', async () => {
    const reporter = await t.as('reporter');
    const list = (await reporter.get('/api/registry/reports?pageSize=500')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((i: { institutionCode: string }) => i.institutionCode))).toEqual(
      new Set(['H360102']),
    );
    expect((await reporter.get(`/api/registry/reports/${id360121}`)).statusCode).toBe(404);
    expect((await reporter.post(`/api/registry/reports/${idReporter}/accept`, {})).statusCode).toBe(403);
  });

  it('refuses a reporter writing for another hospital, and a county user writing another county’s resident', async () => {
    const other = await create('reporter', goodCard({ sourceId: 'SC-3', institutionCode: 'H360121' }));
    expect(other.statusCode).toBe(403);
    const county = await create(
      'registry',
      goodCard({ sourceId: 'SC-4', regionCode: '360121', institutionCode: 'H360102' }),
    );
    expect(county.statusCode).toBe(403);
  });

  it.each([
    ['admin', true],
    ['analyst', true],
    ['qc', true],
    ['registry2', true],
    ['registry', false],
  ])('lets %s see the 南昌县 card: %s', async (username, visible) => {
    const res = await (await t.as(username)).get(`/api/registry/reports/${id360121}?purpose=review`);
    expect(res.statusCode).toBe(visible ? 200 : 404);
  });

  it.each(['official', 'auditor', 'screening'])('refuses report cards to %s with 403', async (username) => {
    expect((await (await t.as(username)).get('/api/registry/reports')).statusCode).toBe(403);
  });

  it('masks identifiers in the list and audits the identified read with its purpose', async () => {
    const list = (await (await t.as('registry')).get('/api/registry/reports?status=submitted')).json();
    for (const item of list.items) expect(item.personName).toMatch(/\*/);
    await (await t.as('registry')).get(`/api/registry/reports/${idReporter}?purpose=质控核查`);
    const entries = await auditOf(idReporter);
    expect(entries.some((e) => e.action === 'read' && e.purpose === '质控核查')).toBe(true);
  });

  it('finds a card by exact ID number through the blind index only within scope', async () => {
    const idNumber = residentId('360121', '19600510', 9, 1);
    const byAdmin = (await (await t.as('admin')).get(`/api/registry/reports?idNumber=${idNumber}`)).json();
    expect(byAdmin.items.map((i: { id: string }) => i.id)).toContain(id360121);
    const byCounty = (
      await (await t.as('registry')).get(`/api/registry/reports?idNumber=${idNumber}`)
    ).json();
    expect(byCounty.items).toEqual([]);
  });
});

describe('consolidation on acceptance', () => {
  async function acceptNew(username: string, card: ReturnType<typeof goodCard>): Promise<ReportView> {
    const created = await create(username, card);
    expect(created.statusCode).toBe(201);
    const res = await (await t.as('admin')).post(`/api/registry/reports/${created.json().id}/accept`, {});
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  it('merges a second hospital’s report of the same person and site into the same tumour', async () => {
    const idNumber = residentId('360102', '19580101', 21, 1);
    const first = await acceptNew(
      'reporter',
      goodCard({
        sourceId: 'C-1',
        idNumber,
        birthDate: '1958-01-01',
        basis: '5',
        diagnosisDate: '2023-05-01',
      }),
    );
    const second = await acceptNew(
      'registry',
      goodCard({
        sourceId: 'C-2',
        idNumber,
        birthDate: '1958-01-01',
        institutionCode: 'H360121',
        basis: '7',
        diagnosisDate: '2023-04-01',
      }),
    );
    expect(second.personId).toBe(first.personId);
    expect(second.tumourId).toBe(first.tumourId);
    const [tumour] = await t.database.db.select().from(tumours).where(eq(tumours.id, first.tumourId!));
    expect(tumour).toMatchObject({ reportCount: 2, diagnosisDate: '2023-04-01', basis: 7 });
    const people = await t.database.db.select().from(persons).where(eq(persons.id, first.personId!));
    expect(people).toHaveLength(1);
  });

  it('makes a new tumour for a different histology of the same site', async () => {
    const idNumber = residentId('360102', '19580202', 23, 1);
    const first = await acceptNew(
      'reporter',
      goodCard({ sourceId: 'H-1', idNumber, birthDate: '1958-02-02' }),
    );
    const second = await acceptNew(
      'reporter',
      goodCard({ sourceId: 'H-2', idNumber, birthDate: '1958-02-02', morphology: '8070/3' }),
    );
    expect(second.personId).toBe(first.personId);
    expect(second.tumourId).not.toBe(first.tumourId);
    const linked = await t.database.db
      .select()
      .from(reports)
      .where(and(eq(reports.personId, first.personId!), eq(reports.status, 'accepted')));
    expect(linked).toHaveLength(2);
  });

  it('updates the person’s follow-up from a later report, and death is final', async () => {
    const idNumber = residentId('360102', '19500303', 25, 1);
    const first = await acceptNew(
      'reporter',
      goodCard({ sourceId: 'F-1', idNumber, birthDate: '1950-03-03' }),
    );
    await acceptNew(
      'reporter',
      goodCard({
        sourceId: 'F-2',
        idNumber,
        birthDate: '1950-03-03',
        topography: 'C34.1',
        icd10: 'C34.1',
        vitalStatus: '2',
        lastContactDate: '2024-06-01',
        causeOfDeath: 'C34.1',
      }),
    );
    const [person] = await t.database.db.select().from(persons).where(eq(persons.id, first.personId!));
    expect(person).toMatchObject({ vitalStatus: 2, deathDate: '2024-06-01', lastContactDate: '2024-06-01' });
  });
});
