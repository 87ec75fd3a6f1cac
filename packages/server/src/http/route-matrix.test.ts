import { ROLES } from '@orca/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, testApp } from '../testing/test-app';

// Routes anyone may call: sign-in, health, the API documentation, the FHIR and public endpoints that
// authenticate by their own means, and the resident self-assessment.
const PUBLIC = [
  /^\/api\/auth\/(login|logout|me)$/,
  /^\/api\/health$/,
  /^\/api\/docs/,
  /^\/fhir\//,
  /^\/api\/public\//,
  /^\/api\/fhir\//,
];
const isPublic = (url: string) => PUBLIC.some((p) => p.test(url));

// Mini-province users by role (testing/mini-province.ts).
const USER_OF_ROLE: Record<string, string> = {
  administrator: 'admin',
  provincial_analyst: 'analyst',
  registry_staff: 'registry',
  hospital_reporter: 'reporter',
  screening_staff: 'screening',
  qc_staff: 'qc',
  official: 'official',
  auditor: 'auditor',
};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function concrete(url: string): string {
  return url.replace(/:[A-Za-z]+\b/g, UNKNOWN_ID).replace(/\*$/, '');
}

let t: TestApp;
let routes: { method: string; url: string }[];
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await testApp();
  routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/') || r.url.startsWith('/fhir/'));
  for (const role of ROLES) clients.set(role, await t.as(USER_OF_ROLE[role]!));
});
afterAll(() => t.close());

describe('the authorization matrix, generated from the route table', () => {
  it('covers the API', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('answers 401 in the one error shape to anonymous callers on every non-public route', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => !isPublic(x.url))) {
      const res = await t.anonymous.request({
        method: r.method as 'GET',
        url: concrete(r.url),
        payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
      });
      if (res.statusCode !== 401 || res.json().error?.code !== 'unauthenticated')
        failures.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('never answers 500 to any role on any route, with unknown ids and empty bodies', async () => {
    const failures: string[] = [];
    for (const role of ROLES) {
      const client = clients.get(role)!;
      for (const r of routes) {
        // Sign-out would end the session the rest of the loop uses.
        if (r.url === '/api/auth/logout') continue;
        const res = await client.request({
          method: r.method as 'GET',
          url: concrete(r.url),
          payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
        });
        if (res.statusCode >= 500)
          failures.push(`${role}: ${r.method} ${r.url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400) {
          const body = res.json();
          // FHIR routes answer in FHIR's own error resource, as the standard requires.
          const fhirOutcome = /^(\/api)?\/fhir\//.test(r.url) && body?.resourceType === 'OperationOutcome';
          if (typeof body?.error?.code !== 'string' && !fhirOutcome) {
            failures.push(`${role}: ${r.method} ${r.url} → ${res.statusCode} without the error shape`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 404 or 403, never 200, for an unknown id on every route that takes one', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.method === 'GET' && /:[A-Za-z]+/.test(x.url))) {
      for (const role of ROLES) {
        const res = await clients.get(role)!.get(concrete(r.url));
        if (res.statusCode === 200) failures.push(`${role}: GET ${r.url} → 200 for an unknown id`);
      }
    }
    expect(failures).toEqual([]);
  });
});
