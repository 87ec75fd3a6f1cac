import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/audit.tables';
import { TEST_PASSWORD } from '../testing/mini-province';
import { type TestApp, testApp } from '../testing/test-app';
import { MAX_FAILED_LOGINS } from './auth.service';
import { sessions } from './auth.tables';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.anonymous.post('/api/auth/login', { username, password });

describe('signing in', () => {
  it('opens a session with an HttpOnly, SameSite=Strict cookie and returns the user with region and institution', async () => {
    const res = await login('reporter', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/orca_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Expires=/);
    expect(res.json()).toMatchObject({
      username: 'reporter',
      roles: ['hospital_reporter'],
      regionCode: '360102',
      regionName: '东湖区',
      institutionName: '东湖区人民医院',
    });
    const token = cookie.match(/orca_session=([^;]+)/)![1]!;
    const me = await t.anonymous.request({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `orca_session=${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('reporter');
  });

  it('answers a wrong password with 401 in the one error shape, and audits it', async () => {
    const res = await login('analyst', 'wrong-password-9');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: 'unauthenticated', message: expect.any(String), details: [] },
    });
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'login_failed'));
    expect(rows.some((r) => r.username === 'analyst')).toBe(true);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await login('nobody', 'whatever-123');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Wrong username or password');
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      expect((await login('screening', 'bad-password-1')).statusCode).toBe(401);
    const res = await login('screening', TEST_PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/locked/);
  });

  it('refuses a validation-failing body with field details', async () => {
    const res = await t.anonymous.post('/api/auth/login', { username: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.length).toBeGreaterThan(0);
  });
});

describe('sessions and tokens', () => {
  it('answers 401 without a session and after the session expired', async () => {
    expect((await t.anonymous.get('/api/registry/tumours')).statusCode).toBe(401);
    const client = await t.as('registry');
    expect((await client.get('/api/registry/tumours')).statusCode).toBe(200);
    await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    const res = await client.get('/api/registry/tumours');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('lets a hospital system call with a bearer token until the token is revoked', async () => {
    const reporter = await t.as('reporter');
    const created = (await reporter.post('/api/auth/tokens', { name: 'HIS interface' })).json();
    expect(created.token).toMatch(/^orca_/);
    const bearer = { authorization: `Bearer ${created.token}` };
    expect(
      (await t.anonymous.request({ method: 'GET', url: '/api/registry/tumours', headers: bearer }))
        .statusCode,
    ).toBe(200);
    const revoked = await reporter.request({ method: 'DELETE', url: `/api/auth/tokens/${created.id}` });
    expect(revoked.statusCode).toBe(204);
    expect(
      (await t.anonymous.request({ method: 'GET', url: '/api/registry/tumours', headers: bearer }))
        .statusCode,
    ).toBe(401);
  });

  it('lets only an administrator create users, and refuses weak passwords', async () => {
    const body = {
      username: 'newcoder',
      displayName: '新登记员',
      password: 'longenough123',
      roles: ['registry_staff'],
      regionCode: '360121',
    };
    expect((await (await t.as('analyst')).post('/api/users', body)).statusCode).toBe(403);
    const admin = await t.as('admin');
    expect((await admin.post('/api/users', { ...body, password: 'onlyletters' })).statusCode).toBe(400);
    expect((await admin.post('/api/users', body)).statusCode).toBe(201);
    expect((await admin.post('/api/users', body)).statusCode).toBe(409);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a state-changing request from another origin with the session cookie, and audits it', async () => {
    const admin = await t.as('admin');
    const body = {
      username: 'csrfvictim',
      displayName: 'x',
      password: 'longenough123',
      roles: ['registry_staff'],
      regionCode: '360121',
    };
    const forged = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: body,
      headers: { origin: 'https://evil.example', host: 'orca.local' },
    });
    expect(forged.statusCode).toBe(403);
    const fetchSite = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: body,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchSite.statusCode).toBe(403);
    const same = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: body,
      headers: { origin: 'http://orca.local', host: 'orca.local', 'sec-fetch-site': 'same-origin' },
    });
    expect(same.statusCode).toBe(201);
  });

  it('lets reads from anywhere through to the usual checks', async () => {
    const registry = await t.as('registry');
    const res = await registry.request({
      method: 'GET',
      url: '/api/registry/tumours',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(200);
  });
});
