import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('the API surface', () => {
  it('serves an OpenAPI 3 document listing the routes', async () => {
    const res = await t.anonymous.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/registry/tumours']),
    );
  });

  it('answers unknown API paths in the one error shape', async () => {
    const res = await t.anonymous.get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String), details: [] } });
  });

  it('sends security headers', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers malformed JSON with 400, not a crash', async () => {
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});

describe('hostile requests', () => {
  it('survives deeply nested JSON, huge fields and injection strings without a 500 or a stack trace', async () => {
    const deep = `{"username":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"password":"x"}`;
    const deepRes = await t.anonymous.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: deep,
      headers: { 'content-type': 'application/json' },
    });
    expect(deepRes.statusCode).toBe(400);
    const bodies = [
      { username: 'a'.repeat(1_000_000), password: 'x' },
      { username: "admin' or '1'='1", password: "' or 1=1 --" },
      { username: '<script>alert(1)</script>', password: '\u0000\uffff' },
    ];
    for (const body of bodies) {
      const res = await t.anonymous.post('/api/auth/login', body);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
    }
    const registry = await t.as('registry');
    // A LIKE wildcard in the ICD-10 filter is taken literally out of the pattern, not as "anything".
    const wildcard = (await registry.get('/api/registry/tumours?icd10=C16%25')).json();
    expect(wildcard.items.every((i: { icd10: string }) => i.icd10.startsWith('C16'))).toBe(true);
    for (const q of [
      "idNumber=' or 1=1 --",
      'name=%00%ff',
      'year=99999',
      'page=-1',
      `regionCode=${'9'.repeat(500)}`,
    ]) {
      const res = await registry.get(`/api/registry/tumours?${q}`);
      expect(res.statusCode).toBeLessThan(500);
      if (res.statusCode === 200) expect(res.json().items).toEqual([]);
    }
  });

  it('refuses a body over the size limit with 413 in the error shape', async () => {
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(25 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });
});
