import { addWorkdays } from '@orca/codes';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../auth/auth.tables';
import { createRequestContext, type RequestContext } from '../context/request-context';
import { type Client, type TestApp, testApp } from '../testing/test-app';
import { chinaToday } from './dates';
import { recordingChannel, sendInvitations } from './messaging';
import { screeningMessages } from './screening.tables';
import { enrolment, makeGrid, residentId } from './screening-fixtures';

let t: TestApp;
let staff: Client;
let grid: string;
beforeAll(async () => {
  t = await testApp();
  staff = await t.as('screening');
  grid = await makeGrid(staff, '360121', '南新村');
});
afterAll(() => t.close());

async function ctxFor(username: string): Promise<RequestContext> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return createRequestContext(
    {
      userId: u!.id,
      username: u!.username,
      displayName: u!.displayName,
      roles: u!.roles as RequestContext['principal']['roles'],
      regionCode: u!.regionCode,
      institutionId: u!.institutionId,
    },
    t.database.db,
    t.sealer,
  );
}

let seq = 100;
async function enrolOne(over: Record<string, unknown> = {}): Promise<string> {
  const sex = (over.sex as 1 | 2 | undefined) ?? 1;
  const birthDate = (over.birthDate as string | undefined) ?? '1960-03-15';
  const res = await staff.post(
    '/api/screening/participants',
    enrolment(grid, { idNumber: residentId('360121', birthDate, seq++, sex), ...over }),
  );
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

const NO_RISK = {
  smoking: 'never',
  passive_smoking: 'none',
  occupational: 'no',
  copd: 'no',
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
};

describe('risk assessment', () => {
  it('scores the questionnaire on submission: ≥30 pack-years makes a man high-risk for lung cancer', async () => {
    const id = await enrolOne();
    const res = await staff.post(`/api/screening/participants/${id}/assessments`, {
      assessedOn: '2024-03-02',
      answers: { ...NO_RISK, smoking: 'current_ge30', alcohol: 'heavy', hot_salted_food: 'yes' },
    });
    expect(res.statusCode).toBe(201);
    const result = res.json().result;
    expect(result.level).toBe('high');
    // lung 3 (trigger), upper GI 1 + 2 + 1 = 4 ≥ 3, liver 2 < 3.
    expect(result.highRisk).toEqual(['lung', 'upper_gi']);
    expect(result.cancers.find((c: { cancer: string }) => c.cancer === 'liver')).toMatchObject({
      score: 2,
      highRisk: false,
    });
    expect(result.cancers.some((c: { cancer: string }) => c.cancer === 'breast')).toBe(false);
  });

  it('names every unanswered question of the person’s sex in a 400', async () => {
    const id = await enrolOne({ sex: 2 });
    const res = await staff.post(`/api/screening/participants/${id}/assessments`, {
      assessedOn: '2024-03-02',
      answers: NO_RISK,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'answers.breast_atypia',
      'answers.family_breast',
      'answers.reproductive',
    ]);
  });
});

describe('invitations and reminders', () => {
  it('invites the high-risk through the channel, reminds non-attenders once and skips the opted-out', async () => {
    const a = await enrolOne();
    const b = await enrolOne();
    for (const id of [a, b]) {
      await staff.post(`/api/screening/participants/${id}/assessments`, {
        assessedOn: '2024-03-02',
        answers: { ...NO_RISK, copd: 'yes' },
      });
    }
    await staff.post(`/api/screening/participants/${b}/opt-out`, { on: '2024-03-03' });
    const ctx = await ctxFor('screening');
    const channel = recordingChannel();
    const first = await sendInvitations(ctx, channel, '2024-03-05', 'urban');
    const mine = channel.sent.filter((m) => m.participantId === a || m.participantId === b);
    expect(mine).toEqual([
      expect.objectContaining({
        participantId: a,
        kind: 'invitation',
        channel: 'sms',
        cancer: 'lung',
        to: '13800001234',
      }),
    ]);
    expect(mine[0]!.body).toContain('肺癌');
    expect(mine[0]!.body).toContain('南新村');
    expect(first.invitations).toBeGreaterThanOrEqual(1);
    // Ten days later no reminder is due; fourteen days later exactly one.
    expect((await sendInvitations(ctx, channel, '2024-03-15', 'urban')).reminders).toBe(0);
    await sendInvitations(ctx, channel, '2024-03-19', 'urban');
    await sendInvitations(ctx, channel, '2024-03-25', 'urban');
    const kinds = channel.sent.filter((m) => m.participantId === a).map((m) => m.kind);
    expect(kinds).toEqual(['invitation', 'reminder']);
    const stored = await t.database.db
      .select()
      .from(screeningMessages)
      .where(eq(screeningMessages.participantId, a));
    expect(stored).toHaveLength(2);
    expect(stored[0]!.bodySealed).not.toContain('肺癌'); // sealed: it names the person
  });

  it('sends nothing to a participant screened within the interval', async () => {
    const id = await enrolOne();
    await staff.post(`/api/screening/participants/${id}/assessments`, {
      assessedOn: '2024-03-02',
      answers: { ...NO_RISK, family_lung: 'yes' },
    });
    await staff.post('/api/screening/exams', {
      participantId: id,
      cancer: 'lung',
      method: 'ldct',
      examDate: '2024-03-04',
      resultCategory: '1',
    });
    const channel = recordingChannel();
    await sendInvitations(await ctxFor('screening'), channel, '2024-03-05', 'urban');
    expect(channel.sent.filter((m) => m.participantId === id)).toEqual([]);
  });
});

describe('examinations, referrals and follow-up', () => {
  it('creates a referral due in 10 working days for Lung-RADS 4B, visible as overdue to county staff', async () => {
    const id = await enrolOne();
    const res = await staff.post('/api/screening/exams', {
      participantId: id,
      cancer: 'lung',
      method: 'ldct',
      appointmentDate: '2024-04-01',
      examDate: '2024-04-01',
      resultCategory: '4B',
    });
    expect(res.statusCode).toBe(201);
    const exam = res.json();
    expect(exam.positive).toBe(true);
    expect(exam.tasks).toEqual([
      expect.objectContaining({ kind: 'referral', dueDate: addWorkdays('2024-04-01', 10), overdue: true }),
    ]);
    const overdue = (await staff.get('/api/screening/tasks?overdue=true&pageSize=500')).json();
    expect(overdue.items.map((x: { id: string }) => x.id)).toContain(exam.tasks[0].id);
    expect(overdue.items[0].participantName).toMatch(/\*/);
  });

  it('shows a grid doctor only the tasks of the grids it is responsible for', async () => {
    const admin = await t.as('admin');
    const mineGrid = (
      await admin.post('/api/screening/grids', {
        regionCode: '360121',
        township: '莲塘镇',
        village: '莲西村',
        doctorName: '南昌市筛查员',
        doctorUsername: 'screening',
      })
    ).json().id;
    const birthDate = '1959-09-09';
    const p = (
      await admin.post(
        '/api/screening/participants',
        enrolment(mineGrid, { idNumber: residentId('360121', birthDate, 300, 1), birthDate }),
      )
    ).json().id;
    await admin.post('/api/screening/exams', {
      participantId: p,
      cancer: 'colorectal',
      method: 'colonoscopy',
      examDate: '2024-05-06',
      resultCategory: 'advanced_adenoma',
    });
    const mine = (await staff.get('/api/screening/tasks?mine=true&pageSize=500')).json();
    expect(mine.items.length).toBe(1);
    expect(mine.items[0]).toMatchObject({ participantId: p, village: '莲西村', kind: 'referral' });
  });

  it('rejects an exam for someone not enrolled with 400', async () => {
    const res = await staff.post('/api/screening/exams', {
      participantId: '00000000-0000-4000-8000-000000000000',
      cancer: 'lung',
      method: 'ldct',
      examDate: '2024-04-01',
      resultCategory: '1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'participantId', reason: 'not_enrolled' }]);
  });

  it('rejects a result code outside the method’s category list and writes nothing', async () => {
    const id = await enrolOne();
    const before = await t.database.query<{ n: number }>('select count(*)::int as n from screening_exams');
    const res = await staff.post('/api/screening/exams', {
      participantId: id,
      cancer: 'lung',
      method: 'ldct',
      examDate: '2024-04-01',
      resultCategory: '5',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'resultCategory', reason: 'not_in_category_list' }]);
    const after = await t.database.query<{ n: number }>('select count(*)::int as n from screening_exams');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('rejects a follow-up dated before its exam, both at entry and at completion', async () => {
    const id = await enrolOne();
    const early = await staff.post('/api/screening/exams', {
      participantId: id,
      cancer: 'lung',
      method: 'ldct',
      examDate: '2024-04-01',
      resultCategory: '3',
      followUpDate: '2024-03-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details).toEqual([{ field: 'followUpDate', reason: 'before_exam' }]);
    const ok = await staff.post('/api/screening/exams', {
      participantId: id,
      cancer: 'lung',
      method: 'ldct',
      examDate: '2024-04-01',
      resultCategory: '3',
    });
    const task = ok.json().tasks[0];
    expect(task).toMatchObject({ kind: 'follow_up', dueDate: '2024-10-01' });
    const bad = await staff.post(`/api/screening/tasks/${task.id}/complete`, {
      completedOn: '2024-03-31',
      outcome: '复查',
    });
    expect(bad.statusCode).toBe(400);
    const good = await staff.post(`/api/screening/tasks/${task.id}/complete`, {
      completedOn: '2024-10-02',
      outcome: 'LDCT复查结节稳定',
    });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ completedOn: '2024-10-02', overdue: false });
  });

  it('rejects a method that does not belong to the cancer', async () => {
    const id = await enrolOne();
    const res = await staff.post('/api/screening/exams', {
      participantId: id,
      cancer: 'lung',
      method: 'colonoscopy',
      examDate: '2024-04-01',
      resultCategory: 'normal',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('method');
  });

  it('uses China’s calendar date for today', () => {
    expect(chinaToday(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
  });
});
