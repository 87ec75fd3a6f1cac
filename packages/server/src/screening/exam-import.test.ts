import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, testApp } from '../testing/test-app';
import { enrolment, makeGrid, residentId } from './screening-fixtures';

let t: TestApp;
let staff: Client;
const idA = residentId('360102', '1960-03-15', 801, 1);
const idB = residentId('360102', '1960-03-15', 802, 1);

function upload(csv: string, strict = false) {
  const boundary = '----orcascreening';
  const payload = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="exams.csv"',
    'Content-Type: text/csv',
    '',
    csv,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return staff.request({
    method: 'POST',
    url: `/api/screening/imports/exams${strict ? '?strict=true' : ''}`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const count = async () =>
  (await t.database.query<{ n: number }>('select count(*)::int as n from screening_exams'))[0]!.n;

beforeAll(async () => {
  t = await testApp();
  staff = await t.as('screening');
  const grid = await makeGrid(staff, '360102', '导入村');
  for (const idNumber of [idA, idB])
    await staff.post('/api/screening/participants', enrolment(grid, { idNumber }));
});
afterAll(() => t.close());

const header = 'programme,身份证号,cancer,method,exam_date,result_category,final_diagnosis,stage';

describe('bulk import of screening examinations', () => {
  it('rejects a strict file with one bad row as import_rejected and writes nothing', async () => {
    const before = await count();
    const res = await upload(
      [header, `urban,${idA},lung,ldct,2024-04-01,4B,cancer,I`, `urban,${idB},lung,ldct,2024-04-01,9,,`].join(
        '\n',
      ),
      true,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'import_rejected',
      details: [{ row: 3, field: 'resultCategory', reason: 'not_in_category_list' }],
    });
    expect(await count()).toBe(before);
  });

  it('writes the good rows with their tasks and returns each bad row with its line, field and reason', async () => {
    const before = await count();
    const unknown = residentId('360102', '1961-01-01', 803, 1);
    const res = await upload(
      [
        header,
        `urban,${idA},lung,ldct,2024/4/1,4B,cancer,I`,
        `urban,${unknown},lung,ldct,2024-04-01,1,,`,
        `urban,${idB},lung,ldct,2023-01-01,1,,`,
        `urban,${idB},upper_gi,endoscopy,2024-04-02,normal,,`,
      ].join('\n'),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      rowsRead: 4,
      rowsAccepted: 2,
      rejections: [
        { row: 3, field: 'id_number', reason: 'not_enrolled' },
        { row: 4, field: 'examDate', reason: 'before_enrolment' },
      ],
    });
    expect(await count()).toBe(before + 2);
    const tasks = await t.database.query<{ kind: string }>(
      "select kind from screening_tasks where kind = 'referral'",
    );
    expect(tasks).toHaveLength(1);
  });
});
