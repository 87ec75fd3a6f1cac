import { residentIdConsistency } from '@orca/codes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app';
import { screeningProgrammes } from './screening.tables';
import { enrolment, makeGrid, residentId } from './screening-fixtures';

let t: TestApp;
let gridNanchang: string;
let gridJingdezhen: string;
beforeAll(async () => {
  t = await testApp();
  gridNanchang = await makeGrid(await t.as('screening'), '360102', '东湖村');
  gridJingdezhen = await makeGrid(await t.as('admin'), '360202', '昌江村');
});
afterAll(() => t.close());

describe('programmes as configuration', () => {
  it('mirrors every configured programme into screening_programmes at start', async () => {
    const rows = await t.database.db.select().from(screeningProgrammes);
    expect(rows.map((r) => r.code).sort()).toEqual([
      'opportunistic',
      'rural_upper_gi',
      'two_cancer',
      'urban',
    ]);
  });

  it('lists programmes with their eligibility and the result categories of each method', async () => {
    const res = await (await t.as('official')).get('/api/screening/programmes');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const twoCancer = body.programmes.find((p: { code: string }) => p.code === 'two_cancer');
    expect(twoCancer.cancers.map((c: { cancer: string }) => c.cancer)).toEqual(['cervical', 'breast']);
    expect(twoCancer.cancers[0]).toMatchObject({ ageFrom: 35, ageTo: 64, sex: 2, intervalMonths: 36 });
    expect(body.resultCategories.ldct.map((c: { code: string }) => c.code)).toEqual([
      '1',
      '2',
      '3',
      '4A',
      '4B',
      '4X',
    ]);
    expect(body.resultCategories.cytology.map((c: { code: string }) => c.code)).toContain('HSIL');
  });
});

describe('enrolment with identity verification', () => {
  it('enrols a resident, seals the identifiers and masks them in the list', async () => {
    const client = await t.as('screening');
    const body = enrolment(gridNanchang, { name: '李建国' });
    const res = await client.post('/api/screening/participants', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: '李建国',
      idNumber: body.idNumber,
      village: '东湖村',
      doctorName: '王医生',
    });
    const raw = await t.database.query<{ name_sealed: string; id_number_sealed: string }>(
      'select name_sealed, id_number_sealed from screening_participants',
    );
    expect(JSON.stringify(raw)).not.toContain('李建国');
    expect(JSON.stringify(raw)).not.toContain(body.idNumber);
    const list = (await client.get('/api/screening/participants')).json();
    expect(list.items[0].name).toBe('李*国');
    expect(list.items[0].idNumber).toMatch(/^3601\*+\d{3}[\dX]$/);
  });

  it('refuses a person enrolled twice in the same programme with 409 and writes nothing', async () => {
    const client = await t.as('screening');
    const body = enrolment(gridNanchang, {
      idNumber: residentId('360102', '1958-01-02', 40, 1),
      birthDate: '1958-01-02',
    });
    expect((await client.post('/api/screening/participants', body)).statusCode).toBe(201);
    const before = await t.database.query<{ n: number }>(
      'select count(*)::int as n from screening_participants',
    );
    const again = await (await t.as('admin')).post('/api/screening/participants', { ...body, name: '别名' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    const after = await t.database.query<{ n: number }>(
      'select count(*)::int as n from screening_participants',
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('rejects a resident ID with a wrong check digit, naming the field and reason', async () => {
    const good = residentId('360102', '1960-03-15', 9, 1);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await (await t.as('screening')).post(
      '/api/screening/participants',
      enrolment(gridNanchang, { idNumber: bad }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'idNumber', reason: 'check_digit' }]);
  });

  it('rejects an ID that disagrees with the stated sex and birth date', async () => {
    const id = residentId('360102', '1960-03-15', 11, 1);
    const res = await (await t.as('screening')).post(
      '/api/screening/participants',
      enrolment(gridNanchang, { idNumber: id, sex: 2, birthDate: '1961-03-15' }),
    );
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['birthDate', 'sex']);
  });

  it('rejects a person outside the programme’s age band or sex', async () => {
    const young = enrolment(gridNanchang, {
      birthDate: '1995-05-05',
      idNumber: residentId('360102', '1995-05-05', 3, 1),
    });
    const res = await (await t.as('screening')).post('/api/screening/participants', young);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].reason).toBe('not_eligible');
    const man = enrolment(gridNanchang, {
      programmeCode: 'two_cancer',
      idNumber: residentId('360102', '1960-03-15', 12, 1),
    });
    const res2 = await (await t.as('screening')).post('/api/screening/participants', man);
    expect(res2.statusCode).toBe(400);
    expect(res2.json().error.details[0]).toEqual({ field: 'sex', reason: 'not_eligible' });
  });

  it('matches a participant to the registry person with the same resident ID', async () => {
    const admin = await t.as('admin');
    const tumours = (await admin.get('/api/registry/tumours?pageSize=100')).json().items;
    // Pick a registry person whose resident ID agrees with the recorded sex and birth date.
    let p: { id: string; idNumber: string; sex: number; birthDate: string; regionCode: string } | undefined;
    for (const tumour of tumours) {
      const person = (await admin.get(`/api/registry/tumours/${tumour.id}?purpose=test`)).json().person;
      if (residentIdConsistency(person.idNumber, person).length === 0 && person.birthDate < '1975-01-01') {
        p = person;
        break;
      }
    }
    if (!p) throw new Error('no consistent registry person in the mini province');
    const grid = p.regionCode === '360202' ? gridJingdezhen : gridNanchang;
    const res = await admin.post(
      '/api/screening/participants',
      enrolment(grid, {
        programmeCode: 'opportunistic',
        idNumber: p.idNumber,
        sex: p.sex,
        birthDate: p.birthDate,
        residence: 'urban',
        consentDate: '2024-01-01',
        enrolledOn: '2024-01-01',
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ registryMatched: true, registryPersonId: p.id });
  });

  it('audits the read of one participant with its purpose', async () => {
    const client = await t.as('screening');
    const list = (await client.get('/api/screening/participants')).json();
    const id = list.items[0].id;
    expect((await client.get(`/api/screening/participants/${id}?purpose=随访`)).statusCode).toBe(200);
    const audit = await t.database.query<{ entity: string; purpose: string }>(
      `select entity, purpose from audit_log where entity = 'screening_participant' and entity_id = $1 and action = 'read'`,
      [id],
    );
    expect(audit).toEqual([{ entity: 'screening_participant', purpose: '随访' }]);
  });
});

describe('scope of screening participants', () => {
  let outside: string;
  beforeAll(async () => {
    const res = await (await t.as('admin')).post(
      '/api/screening/participants',
      enrolment(gridJingdezhen, {
        idNumber: residentId('360202', '1962-02-02', 5, 2),
        sex: 2,
        birthDate: '1962-02-02',
      }),
    );
    outside = res.json().id;
  });

  it.each([
    ['admin', true],
    ['analyst', true],
    ['screening', false],
  ])('shows %s the Jingdezhen participant: %s', async (username, sees) => {
    const items = (await (await t.as(username)).get('/api/screening/participants?pageSize=500')).json().items;
    expect(items.some((i: { id: string }) => i.id === outside)).toBe(sees);
    if (username === 'screening') {
      expect(new Set(items.map((i: { regionCode: string }) => i.regionCode.slice(0, 4)))).toEqual(
        new Set(['3601']),
      );
    }
  });

  it('answers 404 to a screening user for a participant outside its region', async () => {
    const res = await (await t.as('screening')).get(`/api/screening/participants/${outside}`);
    expect(res.statusCode).toBe(404);
  });

  it.each(['registry', 'registry2', 'reporter', 'qc', 'official', 'auditor'])(
    'refuses participant lists to %s with 403',
    async (username) => {
      const res = await (await t.as(username)).get('/api/screening/participants');
      expect(res.statusCode).toBe(403);
    },
  );

  it('refuses a screening user a grid outside its region', async () => {
    const res = await (await t.as('screening')).post('/api/screening/grids', {
      regionCode: '360202',
      township: '某镇',
      village: '某村',
      doctorName: '赵医生',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toEqual({ field: 'regionCode', reason: 'out_of_scope' });
  });
});
