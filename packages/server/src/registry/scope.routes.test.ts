import type { TumourListItem } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';
import { tumours } from './registry.tables';

let t: TestApp;
let all: { id: string; regionCode: string; institutionId: string | null }[];
beforeAll(async () => {
  t = await testApp();
  all = await t.database.db
    .select({ id: tumours.id, regionCode: tumours.regionCode, institutionId: tumours.institutionId })
    .from(tumours);
});
afterAll(() => t.close());

async function listAs(username: string): Promise<TumourListItem[]> {
  const res = await (await t.as(username)).get('/api/registry/tumours?pageSize=500');
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

// Who sees which counties of the mini province (360102 and 360121 in Nanchang 360100, 360202 in Jingdezhen).
const regionScopes: [string, string[]][] = [
  ['admin', ['360102', '360121', '360202']],
  ['analyst', ['360102', '360121', '360202']],
  ['qc', ['360102', '360121', '360202']],
  ['registry', ['360102']],
  ['registry2', ['360121']],
];

describe('scope of person-level data', () => {
  it.each(regionScopes)('shows %s the tumours of exactly its region subtree', async (username, counties) => {
    const items = await listAs(username);
    expect(new Set(items.map((i) => i.regionCode))).toEqual(new Set(counties));
    expect(items).toHaveLength(all.filter((x) => counties.includes(x.regionCode)).length);
  });

  it('shows a hospital reporter only its own hospital’s reports', async () => {
    const items = await listAs('reporter');
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.institutionName))).toEqual(new Set(['东湖区人民医院']));
  });

  it.each(['official', 'auditor', 'screening'])(
    'refuses person-level lists to %s with 403',
    async (username) => {
      const res = await (await t.as(username)).get('/api/registry/tumours');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    },
  );

  it.each(['registry', 'registry2', 'reporter'])(
    'answers 404 to %s for a tumour outside its scope, as if it did not exist',
    async (username) => {
      const visible = new Set((await listAs(username)).map((i) => i.id));
      const outside = all.find((x) => !visible.has(x.id))!;
      const res = await (await t.as(username)).get(`/api/registry/tumours/${outside.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String), details: [] } });
      const missing = await (await t.as(username)).get(
        '/api/registry/tumours/00000000-0000-4000-8000-000000000000',
      );
      expect(missing.statusCode).toBe(404);
    },
  );

  it('never finds an out-of-scope patient by exact ID number search', async () => {
    const analyst = await t.as('analyst');
    const outside = all.find((x) => x.regionCode === '360121')!;
    const detail = (await analyst.get(`/api/registry/tumours/${outside.id}?purpose=test`)).json();
    const byAnalyst = (await analyst.get(`/api/registry/tumours?idNumber=${detail.person.idNumber}`)).json();
    expect(byAnalyst.items.map((i: TumourListItem) => i.id)).toContain(outside.id);
    const byCounty = (
      await (await t.as('registry')).get(`/api/registry/tumours?idNumber=${detail.person.idNumber}`)
    ).json();
    expect(byCounty.items).toEqual([]);
  });

  it('masks names and ID numbers in lists and unmasks them in an audited read', async () => {
    const items = await listAs('registry');
    for (const item of items) {
      expect(item.personName).toMatch(/^.\*+.?$/u);
      expect(item.idNumber).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    }
    const res = await (await t.as('registry')).get(`/api/registry/tumours/${items[0]!.id}?purpose=follow-up`);
    expect(res.statusCode).toBe(200);
    expect(res.json().person.idNumber).toMatch(/^\d{17}[\dX]$/);
  });
});

describe('aggregates', () => {
  it('suppresses cells under 5 for officials but not for analysts', async () => {
    const official = (await (await t.as('official')).get('/api/registry/summary')).json();
    const analyst = (await (await t.as('analyst')).get('/api/registry/summary')).json();
    expect(official.tumours).toBe(analyst.tumours);
    const small = analyst.byRegion.find(
      (r: { cases: { value: number } }) => r.cases.value > 0 && r.cases.value < 5,
    );
    expect(small).toBeDefined();
    const same = official.byRegion.find((r: { regionCode: string }) => r.regionCode === small.regionCode);
    expect(same.cases).toEqual({ value: null, suppressed: true });
  });

  it('refuses a summary of a region outside the caller’s scope', async () => {
    const res = await (await t.as('registry')).get('/api/registry/summary?regionCode=360121');
    expect(res.statusCode).toBe(403);
  });
});
