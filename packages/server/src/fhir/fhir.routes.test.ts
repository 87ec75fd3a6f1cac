import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../auth/auth.service';
import { users } from '../auth/auth.tables';
import { type TestApp, testApp } from '../testing/test-app';
import { FIXTURE_ID_NUMBER, validBundle } from './fhir-fixtures';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await testApp();
  const [reporter] = await t.database.db.select().from(users).where(eq(users.username, 'reporter'));
  token = (await createApiToken(t.database.db, reporter!.id, 'HIS', 30)).token;
});
afterAll(() => t.close());

const postBundle = (payload: unknown, auth = `Bearer ${token}`, contentType = 'application/fhir+json') =>
  t.anonymous.request({
    method: 'POST',
    url: '/api/fhir/Bundle',
    headers: { authorization: auth, 'content-type': contentType },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

describe('POST /api/fhir/Bundle', () => {
  it('turns a valid transaction bundle into a submitted report card of the token owner’s hospital', async () => {
    const res = await postBundle(validBundle());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toMatch(/application\/fhir\+json/);
    const body = res.json();
    expect(body).toMatchObject({ resourceType: 'Bundle', type: 'transaction-response' });
    expect(body.entry[0].response.status).toBe('201 Created');
    const [card] = await t.database.query<{
      status: string;
      code: string;
      icd10: string;
      morphology: string;
      basis: number;
      stage: string;
      region_code: string;
      diagnosis_date: string;
      id_number_index: string;
    }>(
      `select r.status, i.code, r.icd10, r.morphology, r.basis, r.stage, r.region_code, r.diagnosis_date::text, r.id_number_index
       from reports r join institutions i on i.id = r.institution_id where r.source_id = 'HIS-2024-000123'`,
    );
    expect(card).toMatchObject({
      status: 'submitted',
      code: 'H360102',
      icd10: 'C16.9',
      morphology: '8140/3',
      basis: 7,
      stage: 'IIIA',
      region_code: '360102',
      diagnosis_date: '2024-03-10',
      id_number_index: t.sealer.idNumberIndex(FIXTURE_ID_NUMBER),
    });
    const [audit] = await t.database.query<{ username: string }>(
      "select username from audit_log where entity = 'report' and action = 'create' order by seq desc limit 1",
    );
    expect(audit?.username).toBe('reporter');
  });

  it('answers a second bundle with the same source id with a conflict OperationOutcome', async () => {
    const res = await postBundle(validBundle('HIS-DUP-1'));
    expect(res.statusCode).toBe(201);
    const again = await postBundle(validBundle('HIS-DUP-1'));
    expect(again.statusCode).toBe(409);
    expect(again.json().issue[0]).toMatchObject({ severity: 'error', code: 'conflict' });
  });

  it('refuses a bundle without a Condition with an OperationOutcome', async () => {
    const bundle = validBundle('HIS-NOCOND');
    bundle.entry.splice(1, 1);
    const res = await postBundle(bundle);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'required', expression: ['Bundle.entry'] }],
    });
  });

  it('reports a bad ICD-10 code as a rule-set finding pointed at Condition.code', async () => {
    const bundle = validBundle('HIS-BADICD');
    (bundle.entry[1]!.resource as { code: { coding: { code: string }[] } }).code.coding[0]!.code = 'X99.9';
    const res = await postBundle(bundle);
    expect(res.statusCode, res.body).toBe(422);
    const outcome = res.json();
    expect(outcome.resourceType).toBe('OperationOutcome');
    const icd = outcome.issue.find(
      (i: { expression?: string[] }) => i.expression?.[0] === 'Bundle.entry[1].resource.code',
    );
    expect(icd).toMatchObject({ severity: 'error', code: 'business-rule' });
    const [n] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from reports where source_id = 'HIS-BADICD'",
    );
    expect(n!.n).toBe(0);
  });

  it('refuses a wrong resourceType, broken JSON, a deep JSON and a huge body', async () => {
    const wrong = await postBundle({ resourceType: 'Patient', name: [{ text: '王建国' }] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issue[0]).toMatchObject({ code: 'structure', expression: ['Bundle.resourceType'] });
    const broken = await postBundle('{"resourceType": "Bundle",');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().issue[0].code).toBe('structure');
    const deep = await postBundle(`{"resourceType":"Bundle","x":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json().issue[0].code).toBe('too-costly');
    const huge = validBundle('HIS-HUGE');
    (huge.entry[0]!.resource as { text?: string }).text = 'x'.repeat(2 * 1024 * 1024);
    const big = await postBundle(huge);
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'too-costly' }] });
  });

  it('accepts plain application/json as well', async () => {
    const res = await postBundle(validBundle('HIS-JSON'), `Bearer ${token}`, 'application/json');
    expect(res.statusCode, res.body).toBe(201);
  });

  it('answers a missing or unknown token with a login OperationOutcome, and other roles with forbidden', async () => {
    const none = await t.anonymous.request({
      method: 'POST',
      url: '/api/fhir/Bundle',
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(validBundle()),
    });
    expect(none.statusCode).toBe(401);
    expect(none.json().issue[0].code).toBe('login');
    expect((await postBundle(validBundle(), 'Bearer orca_not-a-token')).statusCode).toBe(401);
    const official = await (await t.as('official')).request({
      method: 'POST',
      url: '/api/fhir/Bundle',
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(validBundle()),
    });
    expect(official.statusCode).toBe(403);
    expect(official.json().issue[0].code).toBe('forbidden');
  });
});

describe('GET /api/fhir/Patient/:id/$everything', () => {
  const personOf = async (sourceId: string) =>
    (
      await t.database.query<{ person_id: string }>('select person_id from reports where source_id = $1', [
        sourceId,
      ])
    )[0]!.person_id;

  it('exports the person, tumours and report conditions with stage observations, audited with the purpose', async () => {
    const personId = await personOf('H360102-1');
    const res = await (await t.as('registry')).get(
      `/api/fhir/Patient/${personId}/$everything?purpose=${encodeURIComponent('医院随访核对')}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const bundle = res.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    // 1 patient, 1 tumour + 1 card (conditions), each staged (observations).
    expect(types).toEqual(['Patient', 'Condition', 'Observation', 'Condition', 'Observation']);
    const patient = bundle.entry[0].resource;
    expect(patient.id).toBe(personId);
    expect(patient.identifier[0].system).toBe('urn:oid:2.16.156.10011.1.3');
    expect(patient.identifier[0].value).toMatch(/^360102\d{11}[\dX]$/);
    expect(patient.address[0].district).toBe('360102');
    const condition = bundle.entry[1].resource;
    expect(condition.code.coding[0]).toMatchObject({
      system: 'http://hl7.org/fhir/sid/icd-10',
      code: 'C16.9',
    });
    expect(condition.subject.reference).toBe(`Patient/${personId}`);
    expect(bundle.entry[2].resource.code.coding[0].code).toBe('21908-9');
    const [audit] = await t.database.query<{ action: string; purpose: string; entity_id: string }>(
      "select action, purpose, entity_id from audit_log where entity = 'fhir_patient_everything' order by seq desc limit 1",
    );
    expect(audit).toEqual({ action: 'export', purpose: '医院随访核对', entity_id: personId });
  });

  it.each([
    ['admin', 200],
    ['analyst', 200],
    ['qc', 200],
    ['registry', 200],
    ['registry2', 404],
    ['reporter', 200],
    ['official', 403],
    ['auditor', 403],
    ['screening', 403],
  ])('scopes the export for %s (%i)', async (username, status) => {
    const personId = await personOf('H360102-1');
    const res = await (await t.as(username)).get(`/api/fhir/Patient/${personId}/$everything`);
    expect(res.statusCode).toBe(status);
    expect(res.json().resourceType).toBe(status === 200 ? 'Bundle' : 'OperationOutcome');
  });

  it('shows a hospital only the cards it reported', async () => {
    const personId = await personOf('H360121-101');
    const res = await (await t.as('reporter')).get(`/api/fhir/Patient/${personId}/$everything`);
    expect(res.statusCode).toBe(404);
  });
});

describe('the FHIR base at /fhir', () => {
  it('answers POST /fhir/Bundle exactly like /api/fhir/Bundle, the path hospital systems are given', async () => {
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/fhir/Bundle',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(validBundle('HIS-ROOT-PATH-1')),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ resourceType: 'Bundle', type: 'transaction-response' });
  });
});
