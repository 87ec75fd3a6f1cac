import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';
import { appendAudit, verifyAudit } from './audit.service';

let t: TestApp;
beforeEach(async () => {
  await t?.close();
  t = await testApp();
  for (let i = 0; i < 5; i++) {
    await appendAudit(
      t.database.db,
      { userId: null, username: 'tester' },
      { action: 'read', entity: 'tumour', entityId: String(i), detail: { b: 2, a: [1, { z: 1, y: 2 }] } },
    );
  }
});
afterAll(() => t.close());

const tamper = async (sql: string) => {
  await t.database.query('alter table audit_log disable trigger user');
  await t.database.query(sql);
  await t.database.query('alter table audit_log enable trigger user');
};

describe('the audit hash chain', () => {
  it('verifies an untouched log', async () => {
    const result = await verifyAudit(t.database.db);
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThanOrEqual(5);
  });

  it('refuses updates and deletes at the database', async () => {
    await expect(t.database.query("update audit_log set action = 'x'")).rejects.toThrow(/append-only/);
    await expect(t.database.query('delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('detects an edited entry', async () => {
    await tamper("update audit_log set purpose = 'edited' where seq = 2");
    const result = await verifyAudit(t.database.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ seq: 2, reason: 'hash_mismatch' });
  });

  it('detects a deleted entry in the middle', async () => {
    await tamper('delete from audit_log where seq = 3');
    const result = await verifyAudit(t.database.db);
    expect(result.problems.map((p) => p.reason)).toContain('missing_entry');
  });

  it('detects a cut tail', async () => {
    await tamper('delete from audit_log where seq = (select max(seq) from audit_log)');
    const result = await verifyAudit(t.database.db);
    expect(result.problems.map((p) => p.reason)).toContain('head_mismatch');
  });
});
