import type { FollowUpContactResult, FollowUpTaskItem, PageOf } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../testing/test-app';

// Mini province: every case was last seen on 2024-06-30; case k died (at that date) when k % 4 = 0.
// Alive: 360102 k = 1,2,3,5,6,7 (6); 360121 k = 101,102,103,105,106,107 (6); 360202 k = 201,202,203 (3).
let t: TestApp;
const personOf = async (sourceId: string) =>
  (
    await t.database.query<{ person_id: string }>('select person_id from reports where source_id = $1', [
      sourceId,
    ])
  )[0]!.person_id;
const todayUtc = () => new Date().toISOString().slice(0, 10);
const patch = async (username: string, url: string, payload: object) =>
  (await t.as(username)).request({ method: 'PATCH', url, payload });

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function tasks(username: string, query = ''): Promise<PageOf<FollowUpTaskItem>> {
  const res = await (await t.as(username)).get(`/api/registry/follow-up/tasks${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('follow-up tasks', () => {
  it('creates no task before the anniversary of the last contact', async () => {
    const res = await (await t.as('registry')).post('/api/registry/follow-up/tasks/generate', {
      today: '2025-06-29',
    });
    expect(res.json()).toEqual({ created: 0 });
  });

  it('creates one task per person alive at a last contact 12 months old, due on the anniversary, for the county registry', async () => {
    const registry = await t.as('registry');
    const res = await registry.post('/api/registry/follow-up/tasks/generate', { today: '2025-06-30' });
    expect(res.json()).toEqual({ created: 6 });
    // Generating again creates nothing: the open tasks stand.
    expect(
      (await registry.post('/api/registry/follow-up/tasks/generate', { today: '2025-07-30' })).json(),
    ).toEqual({
      created: 0,
    });
    const page = await tasks('registry');
    expect(page.total).toBe(6);
    const expectedOverdue = Math.round((Date.parse(todayUtc()) - Date.parse('2025-06-30')) / 86_400_000);
    for (const task of page.items) {
      expect(task).toMatchObject({
        regionCode: '360102',
        dueDate: '2025-06-30',
        status: 'open',
        lastContactDate: '2024-06-30',
        vitalStatus: 1,
        assignedInstitutionName: '东湖区疾控中心肿瘤登记处',
        daysOverdue: Math.max(0, expectedOverdue),
      });
      expect(task.personName).toContain('*');
    }
  });

  it('lets an administrator generate for the province; a county without a registry gets unassigned tasks', async () => {
    const res = await (await t.as('admin')).post('/api/registry/follow-up/tasks/generate', {
      today: '2025-07-01',
    });
    expect(res.json()).toEqual({ created: 9 }); // 6 in 360121 + 3 in 360202; 360102 already has its own
    const jingdezhen = await tasks('admin', '?regionCode=360202');
    expect(jingdezhen.items.map((i) => i.assignedInstitutionName)).toEqual([null, null, null]);
  });

  it.each([
    ['registry', 6, ['360102']],
    ['registry2', 6, ['360121']],
    ['analyst', 15, ['360102', '360121', '360202']],
  ])('shows %s the tasks of its region only', async (username, n, counties) => {
    const page = await tasks(username, '?pageSize=500');
    expect(page.total).toBe(n);
    expect(new Set(page.items.map((i) => i.regionCode))).toEqual(new Set(counties));
  });

  it.each(['reporter', 'official', 'auditor', 'qc', 'screening'])(
    'refuses the task list to %s with 403',
    async (username) => {
      const res = await (await t.as(username)).get('/api/registry/follow-up/tasks');
      expect(res.statusCode).toBe(403);
    },
  );

  it('needs a reason to mark a task lost to follow-up and does not recreate it from the same contact', async () => {
    const [task] = (await tasks('registry2')).items;
    const bad = await patch('registry2', `/api/registry/follow-up/tasks/${task!.id}`, {
      status: 'lost_to_follow_up',
    });
    expect(bad.statusCode).toBe(400);
    const ok = await patch('registry2', `/api/registry/follow-up/tasks/${task!.id}`, {
      status: 'lost_to_follow_up',
      reason: '外出务工，电话停机',
    });
    expect(ok.json()).toMatchObject({ status: 'lost_to_follow_up', reason: '外出务工，电话停机' });
    const again = await (await t.as('registry2')).post('/api/registry/follow-up/tasks/generate', {
      today: '2025-12-01',
    });
    expect(again.json()).toEqual({ created: 0 });
    // Another county's registry cannot touch it: out of scope looks absent.
    const other = await patch('registry', `/api/registry/follow-up/tasks/${task!.id}`, { status: 'done' });
    expect(other.statusCode).toBe(404);
  });

  it('shows only overdue open tasks when asked', async () => {
    const page = await tasks('registry2', '?overdue=true');
    expect(page.items.every((i) => i.status === 'open' && i.daysOverdue > 0)).toBe(true);
    expect(page.total).toBe(5); // one of the six was closed as lost to follow-up
  });
});

describe('follow-up contacts', () => {
  it('moves the last contact forward on an alive contact and closes the person’s open task', async () => {
    const personId = await personOf('H360102-1');
    const task = (await tasks('registry')).items.find((i) => i.personId === personId)!;
    const res = await (await t.as('registry')).post('/api/registry/follow-up/contacts', {
      personId,
      taskId: task.id,
      contactDate: '2025-07-05',
      method: 'phone',
      vitalStatus: 1,
      note: '本人接听',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body: FollowUpContactResult = res.json();
    expect(body.person).toEqual({
      personId,
      vitalStatus: 1,
      lastContactDate: '2025-07-05',
      deathDate: null,
      causeOfDeath: null,
    });
    const after = (await tasks('registry', '?status=done')).items.map((i) => i.id);
    expect(after).toContain(task.id);
    // An older contact does not move the last contact back.
    const older = await (await t.as('registry')).post('/api/registry/follow-up/contacts', {
      personId,
      contactDate: '2025-01-01',
      method: 'visit',
      vitalStatus: 1,
    });
    expect((older.json() as FollowUpContactResult).person.lastContactDate).toBe('2025-07-05');
  });

  it('records a death with its date and normalised cause, and refuses a later contact finding the person alive', async () => {
    const personId = await personOf('H360102-2');
    const registry = await t.as('registry');
    const res = await registry.post('/api/registry/follow-up/contacts', {
      personId,
      contactDate: '2025-08-01',
      method: 'visit',
      vitalStatus: 2,
      deathDate: '2025-07-20',
      causeOfDeath: 'c169',
    });
    expect((res.json() as FollowUpContactResult).person).toEqual({
      personId,
      vitalStatus: 2,
      lastContactDate: '2025-07-20',
      deathDate: '2025-07-20',
      causeOfDeath: 'C16.9',
    });
    const [row] = await t.database.query<{ vital_status: number; death_date: string }>(
      'select vital_status, death_date::text from persons where id = $1',
      [personId],
    );
    expect(row).toEqual({ vital_status: 2, death_date: '2025-07-20' });
    const alive = await registry.post('/api/registry/follow-up/contacts', {
      personId,
      contactDate: '2025-09-01',
      method: 'phone',
      vitalStatus: 1,
    });
    expect(alive.statusCode).toBe(409);
  });

  it('rejects a contact in the future or a death after the contact, field by field', async () => {
    const personId = await personOf('H360102-3');
    const res = await (await t.as('registry')).post('/api/registry/follow-up/contacts', {
      personId,
      contactDate: '2999-01-01',
      method: 'phone',
      vitalStatus: 2,
      deathDate: '2999-02-01',
      causeOfDeath: 'not-a-code',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'contactDate',
      'deathDate',
      'causeOfDeath',
    ]);
  });

  it('lets a hospital record hospital-record contacts of its own patients only', async () => {
    const reporter = await t.as('reporter');
    const own = await personOf('H360102-5');
    const ok = await reporter.post('/api/registry/follow-up/contacts', {
      personId: own,
      contactDate: '2025-03-03',
      method: 'hospital_record',
      vitalStatus: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const phone = await reporter.post('/api/registry/follow-up/contacts', {
      personId: own,
      contactDate: '2025-03-03',
      method: 'phone',
      vitalStatus: 1,
    });
    expect(phone.statusCode).toBe(403);
    const foreign = await reporter.post('/api/registry/follow-up/contacts', {
      personId: await personOf('H360121-101'),
      contactDate: '2025-03-03',
      method: 'hospital_record',
      vitalStatus: 1,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('shows a person’s contacts newest first in an audited read with its purpose', async () => {
    const personId = await personOf('H360102-1');
    const res = await (await t.as('registry')).get(
      `/api/registry/follow-up/persons/${personId}?purpose=${encodeURIComponent('年度随访')}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().contacts.map((c: { contactDate: string }) => c.contactDate)).toEqual([
      '2025-07-05',
      '2025-01-01',
    ]);
    const [entry] = await t.database.query<{ purpose: string; entity_id: string }>(
      "select purpose, entity_id from audit_log where entity = 'follow_up_history' order by seq desc limit 1",
    );
    expect(entry).toEqual({ purpose: '年度随访', entity_id: personId });
    const outside = await (await t.as('registry2')).get(`/api/registry/follow-up/persons/${personId}`);
    expect(outside.statusCode).toBe(404);
  });

  it('applies linked death records once, as death-record contacts', async () => {
    const personId = await personOf('H360121-103');
    await t.database.query("update deaths set person_id = $1 where source_id = 'D2'", [personId]);
    const registry2 = await t.as('registry2');
    // The other county's registry sees neither the death nor the person.
    expect((await (await t.as('registry')).post('/api/registry/follow-up/death-linkage')).json()).toEqual({
      updated: 0,
    });
    expect((await registry2.post('/api/registry/follow-up/death-linkage')).json()).toEqual({ updated: 1 });
    expect((await registry2.post('/api/registry/follow-up/death-linkage')).json()).toEqual({ updated: 0 });
    const history = (await registry2.get(`/api/registry/follow-up/persons/${personId}`)).json();
    expect(history.person).toMatchObject({ vitalStatus: 2, deathDate: '2023-04-01', causeOfDeath: 'C16' });
    expect(history.contacts[0]).toMatchObject({ method: 'death_record', contactDate: '2023-04-01' });
    const open = (await tasks('registry2', '?status=open&pageSize=500')).items;
    expect(open.some((i) => i.personId === personId)).toBe(false);
  });

  it('audits the task list reads', async () => {
    const [entry] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where entity = 'follow_up_task_list'",
    );
    expect(entry!.n).toBeGreaterThan(0);
  });
});
