import type { LinkageRun, ReviewPairDetail, ReviewPairListItem } from '@orca/contract';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.tables';
import { deaths, persons, reports, tumours } from '../registry/registry.tables';
import { type Client, type TestApp, testApp } from '../testing/test-app';
import { addAcceptedReport, addDeath, reportRecord } from './linkage-fixtures';
import { waitForRun } from './runs.service';

async function run(client: Client, kind: 'dedupe' | 'deaths', full = false): Promise<LinkageRun> {
  const res = await client.post('/api/linkage/runs', { kind, full });
  expect(res.statusCode).toBe(202);
  const started: LinkageRun = res.json();
  await waitForRun(started.id);
  const polled = await client.get(`/api/linkage/runs/${started.id}`);
  expect(polled.statusCode).toBe(200);
  return polled.json();
}

async function queue(client: Client, query = ''): Promise<ReviewPairListItem[]> {
  const res = await client.get(`/api/linkage/review-pairs?pageSize=500${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe('dedupe over the database', () => {
  let t: TestApp;
  let original: Awaited<ReturnType<typeof reportRecord>>;
  let duplicate: { reportId: string; personId: string };
  beforeAll(async () => {
    t = await testApp();
    original = await reportRecord(t, 'H360102-1');
    // The same patient reported by another hospital, without the resident ID, a month later.
    duplicate = await addAcceptedReport(
      t,
      {
        ...original.record,
        sourceId: 'H360121-dup-1',
        idNumber: null,
        diagnosisDate: '2021-03-10',
        basis: 2,
      },
      'H360121',
    );
  });
  afterAll(() => t.close());

  it('merges a duplicate person, keeps both reports and re-consolidates the tumour', async () => {
    expect(duplicate.personId).not.toBe(original.personId);
    const before = await t.database.db.select().from(persons);
    const analyst = await t.as('analyst');
    const result = await run(analyst, 'dedupe');
    expect(result).toMatchObject({ status: 'done', kind: 'dedupe', mode: 'full', progress: 1 });
    expect(result.personsMerged).toBe(1); // only the planted duplicate: the mini province has no other
    expect(result.reviewPairs).toBe((await queue(analyst)).length);
    const after = await t.database.db.select().from(persons);
    expect(after.length).toBe(before.length - result.personsMerged);
    const [a] = await t.database.db.select().from(reports).where(eq(reports.id, original.id));
    const [b] = await t.database.db.select().from(reports).where(eq(reports.id, duplicate.reportId));
    expect(a!.personId).toBe(b!.personId);
    // One primary (same site, same histology): one tumour with both reports, earliest incidence date.
    expect(a!.tumourId).toBe(b!.tumourId);
    const [tumour] = await t.database.db.select().from(tumours).where(eq(tumours.id, a!.tumourId!));
    expect(tumour!.reportCount).toBe(2);
    expect(tumour!.diagnosisDate).toBe([original.record.diagnosisDate, '2021-03-10'].sort()[0]);
    const merges = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'merge'));
    expect(merges.map((m) => m.detail)).toContainEqual(
      expect.objectContaining({ survivorPersonId: a!.personId, absorbedPersonId: expect.any(String) }),
    );
  });

  it('compares only new reports on the next run', async () => {
    const analyst = await t.as('analyst');
    const again = await run(analyst, 'dedupe');
    expect(again).toMatchObject({ status: 'done', mode: 'incremental', newRecords: 0, personsMerged: 0 });
    const added = await addAcceptedReport(
      t,
      { ...original.record, sourceId: 'H360202-dup-1', idNumber: null, diagnosisDate: '2021-05-01' },
      'H360202',
    );
    const third = await run(analyst, 'dedupe');
    expect(third).toMatchObject({ mode: 'incremental', newRecords: 1, personsMerged: 1 });
    const [r] = await t.database.db.select().from(reports).where(eq(reports.id, added.reportId));
    const [o] = await t.database.db.select().from(reports).where(eq(reports.id, original.id));
    expect(r!.personId).toBe(o!.personId);
  });

  it('lists the run history and refuses runs to roles without linkage rights', async () => {
    const history = await (await t.as('analyst')).get('/api/linkage/runs');
    expect(history.json().length).toBeGreaterThanOrEqual(3);
    for (const username of ['official', 'auditor', 'reporter', 'screening', 'qc']) {
      const res = await (await t.as(username)).post('/api/linkage/runs', { kind: 'dedupe' });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('clerical review', () => {
  let t: TestApp;
  let local: {
    original: Awaited<ReturnType<typeof reportRecord>>;
    dup: { reportId: string; personId: string };
  };
  let moved: {
    original: Awaited<ReturnType<typeof reportRecord>>;
    dup: { reportId: string; personId: string };
  };
  let pairs: ReviewPairListItem[];
  beforeAll(async () => {
    t = await testApp();
    const o1 = await reportRecord(t, 'H360102-2');
    local = {
      original: o1,
      dup: await addAcceptedReport(t, { ...o1.record, sourceId: 'X-1', idNumber: null }, 'H360121'),
    };
    // A patient of 南昌县 who moved to 东湖区: the pair spans two counties.
    const o2 = await reportRecord(t, 'H360121-103');
    moved = {
      original: o2,
      dup: await addAcceptedReport(
        t,
        { ...o2.record, sourceId: 'X-2', idNumber: null, regionCode: '360102' },
        'H360102',
      ),
    };
    const analyst = await t.as('analyst');
    // A link threshold no pair reaches: every candidate goes to the queue.
    const set = await analyst.request({
      method: 'PUT',
      url: '/api/linkage/thresholds',
      payload: { link: 40, review: -4 },
    });
    expect(set.json()).toMatchObject({ thresholds: { link: 40, review: -4 }, fromRegionCode: '360000' });
    const result = await run(analyst, 'dedupe');
    expect(result.personsMerged).toBe(0);
    pairs = await queue(analyst);
  });
  afterAll(() => t.close());

  it('queues the duplicates as grey-zone pairs with masked names', async () => {
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    expect(pairs.every((p) => p.reason === 'grey_zone' && p.status === 'open')).toBe(true);
    expect(pairs.every((p) => p.leftName.includes('*'))).toBe(true);
  });

  it('shows a county registry only the pairs whose two records lie in its county', async () => {
    const mine = await queue(await t.as('registry'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.leftRegionCode === '360102' && p.rightRegionCode === '360102')).toBe(true);
    const cross = pairs.find((p) => p.leftRegionCode !== p.rightRegionCode)!;
    expect(cross).toBeDefined();
    expect(mine.map((p) => p.id)).not.toContain(cross.id);
    expect((await queue(await t.as('registry2'))).map((p) => p.id)).not.toContain(cross.id);
    const res = await (await t.as('registry')).get(`/api/linkage/review-pairs/${cross.id}?purpose=test`);
    expect(res.statusCode).toBe(404);
    for (const username of ['official', 'auditor', 'reporter', 'screening']) {
      expect((await (await t.as(username)).get('/api/linkage/review-pairs')).statusCode).toBe(403);
    }
  });

  it('shows a pair side by side with the weight explained field by field, in an audited read', async () => {
    const registry = await t.as('registry');
    const pair = (await queue(registry))[0]!;
    const res = await registry.get(
      `/api/linkage/review-pairs/${pair.id}?purpose=${encodeURIComponent('查重复核')}`,
    );
    expect(res.statusCode).toBe(200);
    const detail: ReviewPairDetail = res.json();
    expect(detail.left.name).not.toContain('*');
    expect(detail.fields.map((f) => f.field)).toEqual([
      'residentId',
      'name',
      'birthDate',
      'sex',
      'region',
      'site',
      'diagnosisDate',
    ]);
    const sum = detail.priorWeight + detail.fields.reduce((s, f) => s + f.weight, 0);
    expect(sum).toBeCloseTo(detail.weight, 9);
    const reads = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, pair.id));
    expect(reads.map((r) => r.purpose)).toContain('查重复核');
  });

  it('merges on "same person", never asks again on the next run, and undoes the merge', async () => {
    const registry = await t.as('registry');
    const all = await queue(registry);
    const target = all[0]!;
    const detail: ReviewPairDetail = (await registry.get(`/api/linkage/review-pairs/${target.id}`)).json();
    const ids = [detail.left.id, detail.right.id];
    const decided = await registry.post(`/api/linkage/review-pairs/${target.id}/decision`, {
      decision: 'linked',
      note: '同一人',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().status).toBe('linked');
    const owners = await t.database.db.select({ p: reports.personId, id: reports.id }).from(reports);
    const personOf = (id: string) => owners.find((o) => o.id === id)!.p;
    expect(personOf(ids[0]!)).toBe(personOf(ids[1]!));
    expect(
      (await registry.post(`/api/linkage/review-pairs/${target.id}/decision`, { decision: 'linked' }))
        .statusCode,
    ).toBe(409);

    const rerun = await run(await t.as('analyst'), 'dedupe', true);
    expect(rerun.status).toBe('done');
    const again = await queue(await t.as('analyst'), '&status=open');
    expect(again.map((p) => p.id)).not.toContain(target.id);
    const rows = await t.database.query<{ n: number }>(
      `select count(*)::int as n from linkage_review_pairs where left_id in ($1, $2) and right_id in ($1, $2)`,
      ids,
    );
    expect(rows[0]!.n).toBe(1);

    const undone = await registry.post(`/api/linkage/review-pairs/${target.id}/undo`, { note: '误判' });
    expect(undone.statusCode).toBe(200);
    expect(undone.json().status).toBe('open');
    expect(undone.json().decisions.map((d: { decision: string }) => d.decision)).toEqual([
      'linked',
      'undone',
    ]);
    const back = await t.database.db.select({ p: reports.personId, id: reports.id }).from(reports);
    const after = (id: string) => back.find((o) => o.id === id)!.p;
    expect(after(ids[0]!)).not.toBe(after(ids[1]!));
    const tumourOwners = await t.database.db.select().from(tumours);
    for (const id of ids) {
      const r = back.find((o) => o.id === id)!;
      expect(tumourOwners.some((x) => x.personId === r.p)).toBe(true);
    }
  });

  it('remembers "different persons": a later run with default thresholds does not link them', async () => {
    const analyst = await t.as('analyst');
    const cross = (await queue(analyst)).find((p) => p.leftRegionCode !== p.rightRegionCode)!;
    const res = await analyst.post(`/api/linkage/review-pairs/${cross.id}/decision`, {
      decision: 'not_linked',
    });
    expect(res.statusCode).toBe(200);
    await analyst.request({
      method: 'PUT',
      url: '/api/linkage/thresholds',
      payload: { link: 6, review: -4 },
    });
    await run(analyst, 'dedupe', true);
    const [a] = await t.database.db.select().from(reports).where(eq(reports.id, moved.original.id));
    const [b] = await t.database.db.select().from(reports).where(eq(reports.id, moved.dup.reportId));
    expect(a!.personId).not.toBe(b!.personId);
    // The local duplicate, undecided, is now linked automatically.
    const [c] = await t.database.db.select().from(reports).where(eq(reports.id, local.original.id));
    const [d] = await t.database.db.select().from(reports).where(eq(reports.id, local.dup.reportId));
    expect(c!.personId).toBe(d!.personId);
  });
});

describe('death linkage and DCO', () => {
  let t: TestApp;
  let patient: Awaited<ReturnType<typeof reportRecord>>;
  let deathId: string;
  beforeAll(async () => {
    t = await testApp();
    patient = await reportRecord(t, 'H360102-1');
    deathId = await addDeath(t, {
      sourceId: 'D-link-1',
      name: patient.record.name,
      sex: patient.record.sex,
      birthDate: patient.record.birthDate,
      idNumber: patient.record.idNumber,
      regionCode: '360102',
      deathDate: '2024-09-01',
      causeOfDeath: patient.record.icd10.slice(0, 3),
    });
  });
  afterAll(() => t.close());

  it('links a death to its person and updates vital status, death date and cause', async () => {
    const result = await run(await t.as('registry'), 'deaths');
    expect(result).toMatchObject({ status: 'done', kind: 'deaths', deathsLinked: 1 });
    const [death] = await t.database.db.select().from(deaths).where(eq(deaths.id, deathId));
    expect(death!.personId).toBe(patient.personId);
    const [person] = await t.database.db.select().from(persons).where(eq(persons.id, patient.personId));
    expect(person).toMatchObject({
      vitalStatus: 2,
      deathDate: '2024-09-01',
      causeOfDeath: patient.record.icd10.slice(0, 3),
      lastContactDate: '2024-09-01',
    });
  });

  it('lists the unlinked cancer deaths of the caller’s county as DCO candidates', async () => {
    const res = await (await t.as('registry')).get('/api/linkage/deaths/dco-candidates');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { sourceId: string; name: string; regionCode: string }[];
    expect(items.map((i) => i.sourceId)).toEqual(['D1']);
    expect(items[0]!.name).toContain('*');
    const all = (await (await t.as('analyst')).get('/api/linkage/deaths/dco-candidates')).json();
    expect(all.items.map((i: { sourceId: string }) => i.sourceId).sort()).toEqual(['D1', 'D2']);
    expect((await (await t.as('official')).get('/api/linkage/deaths/dco-candidates')).statusCode).toBe(403);
  });

  it('creates a death-certificate-only case after trace-back: basis 0, incidence date = death date', async () => {
    const [d1] = await t.database.db.select().from(deaths).where(eq(deaths.sourceId, 'D1'));
    const registry2 = await t.as('registry2');
    expect(
      (await registry2.post(`/api/linkage/deaths/${d1!.id}/dco`, { traceBackNote: '医院回溯未找到' }))
        .statusCode,
    ).toBe(404);
    const registry = await t.as('registry');
    const res = await registry.post(`/api/linkage/deaths/${d1!.id}/dco`, { traceBackNote: '医院回溯未找到' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    const [tumour] = await t.database.db.select().from(tumours).where(eq(tumours.id, created.tumourId));
    expect(tumour).toMatchObject({
      basis: 0,
      diagnosisDate: '2023-03-01',
      personId: created.personId,
      regionCode: '360102',
    });
    const [report] = await t.database.db.select().from(reports).where(eq(reports.id, created.reportId));
    expect(report).toMatchObject({ basis: 0, status: 'accepted', sourceId: 'DCO-D1' });
    const [death] = await t.database.db.select().from(deaths).where(eq(deaths.id, d1!.id));
    expect(death!.personId).toBe(created.personId);
    const [person] = await t.database.db.select().from(persons).where(eq(persons.id, created.personId));
    expect(person).toMatchObject({ vitalStatus: 2, deathDate: '2023-03-01' });
    const again = await registry.post(`/api/linkage/deaths/${d1!.id}/dco`, { traceBackNote: 'x' });
    expect(again.statusCode).toBe(409);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'dco_case'));
    expect(audit[0]!.purpose).toBe('医院回溯未找到');
  });
});
