import type { QcQueue } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../testing/test-app';

let t: TestApp;
const finding = (ruleId: string, severity: 'error' | 'warning') => ({
  ruleId,
  severity,
  field: 'icd10',
  message: { zh: ruleId, en: ruleId },
  values: {},
});
// source id → status, findings, days waiting
const cards: [string, string, ReturnType<typeof finding>[], number][] = [
  ['H360102-1', 'submitted', [finding('sex_site', 'error'), finding('age_site', 'warning')], 3],
  ['H360102-2', 'submitted', [finding('basis_histology', 'warning')], 40],
  ['H360121-101', 'submitted', [finding('icd10_invalid', 'error')], 100],
  ['H360121-102', 'submitted', [], 1],
  ['H360202-201', 'draft', [finding('sex_site', 'error')], 10], // a draft is not in the queue
];

beforeAll(async () => {
  t = await testApp();
  for (const [sourceId, status, findings, days] of cards) {
    await t.database.query(
      `update reports set status = $2, findings = $3::jsonb, has_errors = $4,
         updated_at = now() - ($5 || ' days')::interval where source_id = $1`,
      [
        sourceId,
        status,
        JSON.stringify(findings),
        findings.some((f) => f.severity === 'error'),
        String(days),
      ],
    );
  }
});
afterAll(() => t.close());

async function queue(username: string, query = ''): Promise<QcQueue> {
  const res = await (await t.as(username)).get(`/api/registry/qc/queue${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('GET /api/registry/qc/queue', () => {
  it('counts submitted cards with findings by rule, institution and waiting time', async () => {
    const q = await queue('analyst');
    expect(q).toMatchObject({ submitted: 4, withFindings: 3, total: 3 });
    expect(q.byRule).toEqual([
      { ruleId: 'icd10_invalid', severity: 'error', findings: 1, cards: 1 },
      { ruleId: 'sex_site', severity: 'error', findings: 1, cards: 1 },
      { ruleId: 'age_site', severity: 'warning', findings: 1, cards: 1 },
      { ruleId: 'basis_histology', severity: 'warning', findings: 1, cards: 1 },
    ]);
    expect(q.byInstitution.map((i) => [i.institutionName, i.cards, i.withErrors, i.withWarnings])).toEqual([
      ['东湖区人民医院', 2, 1, 2],
      ['南昌县人民医院', 1, 1, 0],
    ]);
    expect(q.byAge).toEqual([
      { bucket: '0-7', cards: 1 },
      { bucket: '8-30', cards: 0 },
      { bucket: '31-90', cards: 1 },
      { bucket: '91+', cards: 1 },
    ]);
  });

  it('lists cards with errors first, the longest waiting first, with their rules and waiting days', async () => {
    const q = await queue('analyst');
    expect(q.items.map((i) => [i.sourceId, i.errors, i.warnings, i.waitingDays, i.ageBucket])).toEqual([
      ['H360121-101', 1, 0, 100, '91+'],
      ['H360102-1', 1, 1, 3, '0-7'],
      ['H360102-2', 0, 1, 40, '31-90'],
    ]);
    expect(q.items[1]!.ruleIds).toEqual(['sex_site', 'age_site']);
  });

  it('filters by severity, rule, age bucket and institution', async () => {
    expect((await queue('analyst', '?severity=warning')).items.map((i) => i.sourceId)).toEqual([
      'H360102-1',
      'H360102-2',
    ]);
    expect((await queue('analyst', '?ruleId=icd10_invalid')).items.map((i) => i.sourceId)).toEqual([
      'H360121-101',
    ]);
    expect((await queue('analyst', '?age=31-90')).total).toBe(1);
    const all = await queue('analyst');
    const dongHu = all.byInstitution.find((i) => i.institutionName === '东湖区人民医院')!;
    expect((await queue('analyst', `?institutionId=${dongHu.institutionId}`)).total).toBe(2);
  });

  it.each([
    ['admin', 3],
    ['qc', 3],
    ['registry', 2],
    ['registry2', 1],
    ['reporter', 2],
  ])('shows %s the cards of its scope only (%i)', async (username, n) => {
    const q = await queue(username);
    expect(q.withFindings).toBe(n);
    expect(q.items).toHaveLength(n);
  });

  it.each(['official', 'auditor', 'screening'])('refuses %s with 403', async (username) => {
    const res = await (await t.as(username)).get('/api/registry/qc/queue');
    expect(res.statusCode).toBe(403);
  });

  it('audits each read of the queue', async () => {
    await queue('registry', '?severity=error');
    const [entry] = await t.database.query<{ username: string; detail: { severity: string } }>(
      "select username, detail from audit_log where entity = 'qc_queue' order by seq desc limit 1",
    );
    expect(entry).toMatchObject({ username: 'registry', detail: { severity: 'error' } });
  });
});
