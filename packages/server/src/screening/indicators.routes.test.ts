import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persons, tumours } from '../registry/registry.tables';
import { type Client, type TestApp, testApp } from '../testing/test-app';
import { enrolment, makeGrid, residentId } from './screening-fixtures';

let t: TestApp;
let staff: Client;
const ids: Record<string, string> = {};
const query = 'programmeCode=urban&from=2024-01-01&to=2024-12-31';

/** Registry person and tumour with this resident ID, written as the registry would. */
async function registryTumour(
  idNumber: string,
  sex: number,
  birthDate: string,
  icd10: string,
  diagnosisDate: string,
  stage: string,
) {
  const [p] = await t.database.db
    .insert(persons)
    .values({
      regionCode: '360102',
      nameSealed: t.sealer.seal('登记人'),
      nameIndex: t.sealer.nameIndex('登记人'),
      idNumberSealed: t.sealer.seal(idNumber),
      idNumberIndex: t.sealer.idNumberIndex(idNumber),
      sex,
      birthDate,
    })
    .returning();
  await t.database.db
    .insert(tumours)
    .values({ personId: p!.id, regionCode: '360102', diagnosisDate, icd10, stage });
}

beforeAll(async () => {
  t = await testApp();
  staff = await t.as('screening');
  const grid = await makeGrid(staff, '360102', '筛查村');
  const birthDate = '1960-06-01';
  const people = [
    ['A', 1, ['lung']],
    ['B', 1, ['lung']],
    ['C', 1, []],
  ] as const;
  let seq = 500;
  for (const [key, sex] of people) {
    const idNumber = residentId('360102', birthDate, seq++, sex);
    const res = await staff.post(
      '/api/screening/participants',
      enrolment(grid, { idNumber, sex, birthDate, enrolledOn: '2024-01-10', consentDate: '2024-01-10' }),
    );
    ids[key] = res.json().id;
    ids[`${key}-id`] = idNumber;
  }
  const answers = (copd: 'yes' | 'no') => ({
    smoking: 'never',
    passive_smoking: 'none',
    occupational: 'no',
    copd,
    family_lung: 'no',
    alcohol: 'none',
    hot_salted_food: 'no',
    hepatitis: 'no',
    cirrhosis: 'no',
    family_liver: 'no',
    gastric: 'no',
    family_upper_gi: 'no',
    colorectal_polyp: 'no',
    family_colorectal: 'no',
    bowel_symptoms: 'no',
  });
  for (const [key, , risk] of people) {
    await staff.post(`/api/screening/participants/${ids[key]}/assessments`, {
      assessedOn: '2024-02-01',
      answers: answers(risk.length > 0 ? 'yes' : 'no'),
    });
  }
  // A: positive LDCT, lung cancer found in the registry 2 months later at stage IA (screen-detected).
  await staff.post('/api/screening/exams', {
    participantId: ids.A,
    cancer: 'lung',
    method: 'ldct',
    examDate: '2024-03-01',
    resultCategory: '4B',
  });
  await registryTumour(ids['A-id']!, 1, birthDate, 'C34.1', '2024-05-01', 'IA');
  // B: negative LDCT, then lung cancer in the registry within 24 months (an interval cancer).
  await staff.post('/api/screening/exams', {
    participantId: ids.B,
    cancer: 'lung',
    method: 'ldct',
    examDate: '2024-03-01',
    resultCategory: '1',
  });
  await registryTumour(ids['B-id']!, 1, birthDate, 'C34.9', '2025-01-20', 'III');
});
afterAll(() => t.close());

describe('screening indicators through the API, linked to the registry', () => {
  it('computes the hand-counted season for county staff', async () => {
    const res = await staff.get(`/api/screening/indicators?${query}`);
    expect(res.statusCode).toBe(200);
    const v = Object.fromEntries(res.json().values.map((x: { indicator: string }) => [x.indicator, x]));
    expect(v.assessed).toMatchObject({ numerator: 3, denominator: 3 });
    expect(v.high_risk).toMatchObject({ numerator: 2, denominator: 3 });
    expect(v.participation).toMatchObject({ numerator: 2, denominator: 2, proportion: 1 });
    expect(v.positive).toMatchObject({ numerator: 1, denominator: 2, proportion: 0.5 });
    // A's cancer is found through the resident-ID blind index; its stage IA comes from the registry.
    expect(v.detection).toMatchObject({ numerator: 1, denominator: 2 });
    expect(v.early_diagnosis_0_1).toMatchObject({ numerator: 1, denominator: 1 });
    expect(v.interval_cancer).toMatchObject({ numerator: 1, denominator: 1 });
    expect(v.referral_completion).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('drills down to the masked participants behind a numerator', async () => {
    const res = await staff.get(
      `/api/screening/indicators/drill?${query}&indicator=interval_cancer&part=numerator`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().map((p: { id: string }) => p.id)).toEqual([ids.B]);
    expect(res.json()[0].name).toMatch(/\*/);
  });

  it('shows an official the counts with cells under 5 suppressed, and no drill-down', async () => {
    const official = await t.as('official');
    const res = await official.get(`/api/screening/indicators?${query}`);
    expect(res.statusCode).toBe(200);
    const v = Object.fromEntries(res.json().values.map((x: { indicator: string }) => [x.indicator, x]));
    expect(v.assessed).toMatchObject({ numerator: null, denominator: null, proportion: null });
    expect(v.follow_up_completion).toMatchObject({ numerator: 0, denominator: 0 });
    const drill = await official.get(
      `/api/screening/indicators/drill?${query}&indicator=assessed&part=numerator`,
    );
    expect(drill.statusCode).toBe(403);
  });

  it('rejects a period that ends before it starts', async () => {
    const res = await staff.get(
      '/api/screening/indicators?programmeCode=urban&from=2024-12-31&to=2024-01-01',
    );
    expect(res.statusCode).toBe(400);
  });
});

describe('public self-assessment', () => {
  it('scores answers without login and stores nothing', async () => {
    const q = (await t.anonymous.get('/api/public/screening/questionnaire')).json();
    const answers = Object.fromEntries(
      q.questions.map((x: { id: string; options: { value: string }[] }) => [x.id, x.options[0]!.value]),
    );
    const before = await t.database.query<{ n: number }>(
      'select count(*)::int as n from screening_enrolment_requests',
    );
    const res = await t.anonymous.post('/api/public/screening/self-assessment', {
      sex: 2,
      ageYears: 50,
      answers: { ...answers, hepatitis: 'yes' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ level: 'high', highRisk: ['liver'] });
    const after = await t.database.query<{ n: number }>(
      'select count(*)::int as n from screening_enrolment_requests',
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('stores a consented enrolment request sealed, and refuses one without consent', async () => {
    const idNumber = residentId('360102', '1970-01-01', 77, 2);
    const body = { name: '自评居民', idNumber, phone: '13900001111', regionCode: '360102', consent: true };
    expect(
      (await t.anonymous.post('/api/public/screening/enrolment-requests', { ...body, consent: false }))
        .statusCode,
    ).toBe(400);
    const res = await t.anonymous.post('/api/public/screening/enrolment-requests', body);
    expect(res.statusCode).toBe(201);
    const rows = await t.database.query('select * from screening_enrolment_requests');
    expect(JSON.stringify(rows)).not.toContain(idNumber);
    expect(JSON.stringify(rows)).not.toContain('自评居民');
  });

  it('limits each client to 30 public requests a minute', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++)
      last = (await t.anonymous.get('/api/public/screening/questionnaire')).statusCode;
    expect(last).toBe(429);
  });
});
