import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, testApp } from '../../testing/test-app';
import { residentId } from '../reports/test-cards';
import { csvCell } from './import-job';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

function upload(client: Client, query: string, fileName: string, content: string) {
  const boundary = '----orca-test-boundary';
  const payload = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${fileName}"`,
    'Content-Type: text/csv',
    '',
    content,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return client.request({
    method: 'POST',
    url: `/api/registry/imports?${query}`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

async function finished(client: Client, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await client.get(`/api/registry/imports/${id}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

const HEADER = 'id,name,sex,birth_date,id_number,region_code,diagnosis_date,icd10,basis';
const good = `U-1,王芳,2,1960-02-02,${residentId('360102', '19600202', 5, 2)},360102,2023-01-01,C50.9,7`;
const bad = 'U-2,=HYPERLINK("http://x"),1,1960-02-02,,360102,2023-01-01,=1+1,7';

describe('the import routes', () => {
  it('answers at once with the job, which the page polls to the end, and serves the rejected rows as safe CSV', async () => {
    const reporter = await t.as('reporter');
    const res = await upload(reporter, 'kind=cases', 'cards.csv', `${HEADER}\n${good}\n${bad}\n`);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ kind: 'cases', fileName: 'cards.csv', institutionCode: 'H360102' });
    const job = await finished(reporter, res.json().id);
    expect(job).toMatchObject({ status: 'done', rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(job.bytesRead).toBe(job.bytesTotal);

    const rejected = (await reporter.get(`/api/registry/imports/${job.id}/rejections`)).json();
    expect(rejected[0]).toMatchObject({ line: 3, ruleId: 'formula_cell' });
    const csv = await reporter.get(`/api/registry/imports/${job.id}/rejections.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('line,field,rule_id,reason');
    expect(lines).toHaveLength(3);
    // No cell of the export starts with a formula character.
    for (const line of lines.slice(1))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);

    const list = (await reporter.get('/api/registry/imports')).json();
    expect(list.map((j: { id: string }) => j.id)).toContain(job.id);
    expect((await (await t.as('registry2')).get(`/api/registry/imports/${job.id}`)).statusCode).toBe(404);
  });

  it('lets only registry users import deaths or accept at once', async () => {
    const reporter = await t.as('reporter');
    expect((await upload(reporter, 'kind=deaths', 'd.csv', 'id\n1\n')).statusCode).toBe(403);
    expect((await upload(reporter, 'kind=cases&accept=true', 'c.csv', `${HEADER}\n`)).statusCode).toBe(403);
    expect((await upload(await t.as('official'), 'kind=cases', 'c.csv', `${HEADER}\n`)).statusCode).toBe(403);
  });

  it('rejects rows of another county for a county registry user', async () => {
    const registry = await t.as('registry');
    const other = good.replace('U-1', 'U-9').replace(',360102,2023', ',360121,2023');
    const res = await upload(
      registry,
      'kind=cases&institutionCode=H360102',
      'c.csv',
      `${HEADER}\n${other}\n`,
    );
    const job = await finished(registry, res.json().id);
    expect(job).toMatchObject({ rowsRejected: 1, rowsAccepted: 0 });
  });
});

describe('csvCell', () => {
  it.each([
    ['=cmd|calc', "'=cmd|calc"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
  ])('neutralises %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
