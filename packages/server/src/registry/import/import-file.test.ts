import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../testing/test-app';
import { deaths, importRejections, populations, reports, tumours } from '../registry.tables';
import { residentId } from '../reports/test-cards';
import { type ImportFileRequest, importFile } from './import-file';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await testApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-import-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEADER =
  'id,name,sex,birth_date,id_number,region_code,diagnosis_date,icd10,topography,morphology,basis,stage,vital_status,last_contact_date,cause_of_death';

/** One clean cases.csv line for a man in 东湖区; `n` varies the person. */
function caseLine(id: string, n: number, overrides: Record<string, string> = {}): string {
  const birth = `19${String(40 + (n % 40)).padStart(2, '0')}0101`;
  const v: Record<string, string> = {
    id,
    name: `王${'伟芳娜敏静'[n % 5]}${n}`,
    sex: '1',
    birth_date: `${birth.slice(0, 4)}-01-01`,
    id_number: residentId('360102', birth, n % 400, 1),
    region_code: '360102',
    diagnosis_date: '2023-06-01',
    icd10: 'C16.9',
    topography: 'C16.9',
    morphology: '8140/3',
    basis: '7',
    stage: 'II',
    vital_status: '1',
    last_contact_date: '2024-01-01',
    cause_of_death: '',
    ...overrides,
  };
  return HEADER.split(',')
    .map((c) => v[c] ?? '')
    .join(',');
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function run(file: string, options: Partial<ImportFileRequest> = {}) {
  return importFile(t.database, t.sealer, {
    kind: 'cases',
    file,
    institutionCode: 'H360102',
    actor: { userId: null, username: 'test' },
    scope: null,
    today: '2026-01-15',
    ...options,
  });
}

async function rejectionsOf(jobId: string) {
  return t.database.db
    .select()
    .from(importRejections)
    .where(eq(importRejections.jobId, jobId))
    .orderBy(importRejections.line);
}

async function countReports(prefix: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(reports)
    .where(sql`${reports.sourceId} like ${`${prefix}%`}`);
  return Number(row?.n ?? 0);
}

describe('importing cases.csv', () => {
  it('gives every kind of bad row a line, a column and a reason, and keeps the good rows', async () => {
    const file = write(
      'bad.csv',
      [
        `${HEADER},hospital_ward`,
        `${caseLine('B-1', 1)},肿瘤科`,
        '',
        `${caseLine('B-2', 2, { diagnosis_date: '2023-02-30' })},`,
        `${caseLine('B-3', 3, { id_number: `${residentId('360102', '19430101', 3, 1)}1` })},`,
        `${caseLine('B-4', 4, { name: "=cmd|' /C calc'!A0" })},`,
        `${caseLine('B-1', 5)},`,
        `${caseLine('B-6', 6).replace('王', '"王\n')}`.replace(/,1,/, '",1,'),
        '',
      ].join('\n'),
    );
    const outcome = await run(file);
    expect(outcome).toMatchObject({ status: 'done', rowsRead: 6, rowsAccepted: 3, rowsRejected: 3 });
    const rejections = await rejectionsOf(outcome.jobId);
    const byLine = new Map(rejections.map((r) => [r.line, r]));
    expect(byLine.get(4)).toMatchObject({ field: 'diagnosis_date', ruleId: 'date_invalid' });
    // A wrong ID number is a warning of the rule set (the contract: "may be missing or wrong"): the row
    // is kept for review with the finding on the field.
    expect(byLine.has(5)).toBe(false);
    const [longId] = await t.database.db.select().from(reports).where(eq(reports.sourceId, 'B-3'));
    expect(longId!.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'id_number_format', field: 'id_number' })]),
    );
    expect(byLine.get(6)).toMatchObject({ field: 'name', ruleId: 'formula_cell' });
    expect(byLine.get(7)).toMatchObject({ field: 'id', ruleId: 'duplicate_id' });
    const [kept] = await t.database.db.select().from(reports).where(eq(reports.sourceId, 'B-1'));
    expect(kept).toMatchObject({ status: 'submitted', extra: { hospital_ward: '肿瘤科' } });
    const [quoted] = await t.database.db.select().from(reports).where(eq(reports.sourceId, 'B-6'));
    expect(t.sealer.unseal(quoted!.nameSealed)).toContain('\n');
  });

  it('rejects a file without a required column, naming the column', async () => {
    const file = write(
      'nodate.csv',
      `id,name,sex,birth_date,region_code,icd10,basis\nX-1,王伟,1,1950-01-01,360102,C16.9,7\n`,
    );
    const outcome = await run(file);
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('diagnosis_date');
    expect(outcome.message).toContain('诊断日期');
    expect(await countReports('X-')).toBe(0);
  });

  it('imports the same file twice without duplicates, and an updated file updates', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => caseLine(`I-${i}`, 100 + i));
    const file = write('idem.csv', [HEADER, ...lines].join('\n'));
    const first = await run(file);
    expect(first).toMatchObject({ status: 'done', rowsInserted: 30, rowsUpdated: 0 });
    const second = await run(file);
    expect(second).toMatchObject({ status: 'done', rowsInserted: 0, rowsUpdated: 30 });
    expect(await countReports('I-')).toBe(30);
    const changed = write(
      'idem2.csv',
      [HEADER, ...lines.slice(1), caseLine('I-0', 100, { stage: 'IV' })].join('\n'),
    );
    const third = await run(changed);
    expect(third).toMatchObject({ rowsInserted: 0, rowsUpdated: 30 });
    const [row] = await t.database.db.select().from(reports).where(eq(reports.sourceId, 'I-0'));
    expect(row!.stage).toBe('IV');
    expect(await countReports('I-')).toBe(30);
  });

  it('rejects the whole file in strict mode and writes nothing', async () => {
    const file = write(
      'strict.csv',
      [HEADER, caseLine('S-1', 1), caseLine('S-2', 2, { sex: '5' })].join('\n'),
    );
    const outcome = await run(file, { strict: true });
    expect(outcome).toMatchObject({ status: 'rejected', rowsRejected: 1, rowsAccepted: 0 });
    expect(await countReports('S-')).toBe(0);
    expect((await rejectionsOf(outcome.jobId)).map((r) => r.line)).toEqual([3]);
  });

  it('leaves nothing written when the database fails in the middle of a file', async () => {
    const lines = Array.from({ length: 2100 }, (_, i) => caseLine(`A-${i}`, i));
    const file = write('atomic.csv', [HEADER, ...lines].join('\n'));
    const outcome = await run(file, {
      beforeFlush: async (tx, batch) => {
        if (batch === 1) await tx.execute(sql`select 1 / 0`);
      },
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/division by zero|failed/);
    expect(await countReports('A-')).toBe(0);
  });

  it('reads a GBK file saved by Chinese Excel, with Chinese headers, without mangling names', async () => {
    const header = '编号,姓名,性别,出生日期,身份证号,地区编码,诊断日期,ICD10编码,诊断依据,报告单位编码';
    const line = `G-1,欧阳娜娜,2,1962-03-04,${residentId('360102', '19620304', 11, 2)},360102,2022/5/6,C50.9,7,H360102`;
    const file = path.join(dir, 'gbk.csv');
    fs.writeFileSync(file, iconv.encode(`${header}\r\n${line}\r\n`, 'gbk'));
    const outcome = await run(file, { institutionCode: null });
    expect(outcome).toMatchObject({ status: 'done', rowsAccepted: 1 });
    const [row] = await t.database.db.select().from(reports).where(eq(reports.sourceId, 'G-1'));
    expect(t.sealer.unseal(row!.nameSealed)).toBe('欧阳娜娜');
    expect(row!.diagnosisDate).toBe('2022-05-06');
  });

  it('reads an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('cases');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(caseLine('XL-1', 7).split(','));
    sheet.addRow(caseLine('XL-2', 8, { icd10: 'Q99' }).split(','));
    const file = path.join(dir, 'cases.xlsx');
    await workbook.xlsx.writeFile(file);
    const outcome = await run(file);
    expect(outcome).toMatchObject({ status: 'done', rowsAccepted: 1, rowsRejected: 1 });
    expect((await rejectionsOf(outcome.jobId))[0]).toMatchObject({ line: 3, field: 'icd10' });
  });

  it('accepts and consolidates at once with --accept, and re-consolidates an accepted card that changed', async () => {
    const id = residentId('360102', '19470101', 301, 1);
    const file = write(
      'accept.csv',
      [
        HEADER,
        caseLine('AC-1', 7, { id_number: id, birth_date: '1947-01-01' }),
        caseLine('AC-2', 7, {
          id_number: id,
          birth_date: '1947-01-01',
          basis: '5',
          diagnosis_date: '2023-01-01',
        }),
      ].join('\n'),
    );
    const outcome = await run(file, { accept: true });
    expect(outcome).toMatchObject({ status: 'done', rowsAccepted: 2 });
    const rows = await t.database.db.select().from(reports).where(sql`${reports.sourceId} like 'AC-%'`);
    expect(rows.every((r) => r.status === 'accepted')).toBe(true);
    expect(new Set(rows.map((r) => r.tumourId)).size).toBe(1);
    const [tumour] = await t.database.db.select().from(tumours).where(eq(tumours.id, rows[0]!.tumourId!));
    expect(tumour).toMatchObject({ reportCount: 2, diagnosisDate: '2023-01-01', basis: 7 });

    // The same file again changes nothing; a new histology in AC-2 splits it into a second tumour.
    const again = await run(file, { accept: true });
    expect(again).toMatchObject({ rowsInserted: 0, rowsUpdated: 0, rowsAccepted: 2 });
    const changed = write(
      'accept2.csv',
      [
        HEADER,
        caseLine('AC-1', 7, { id_number: id, birth_date: '1947-01-01' }),
        caseLine('AC-2', 7, {
          id_number: id,
          birth_date: '1947-01-01',
          basis: '7',
          morphology: '8070/3',
          diagnosis_date: '2023-01-01',
        }),
      ].join('\n'),
    );
    const third = await run(changed, { accept: true });
    expect(third).toMatchObject({ rowsUpdated: 1 });
    const after = await t.database.db.select().from(reports).where(sql`${reports.sourceId} like 'AC-%'`);
    expect(new Set(after.map((r) => r.tumourId)).size).toBe(2);
    const [kept] = await t.database.db.select().from(tumours).where(eq(tumours.id, tumour!.id));
    expect(kept).toMatchObject({ reportCount: 1, diagnosisDate: '2023-06-01' });
  });
});

describe('importing deaths.csv and population.csv', () => {
  it('upserts deaths by source id', async () => {
    const header = 'id,name,sex,birth_date,id_number,region_code,death_date,cause_of_death';
    const file = write(
      'deaths.csv',
      [
        header,
        'DX-1,孙八,1,1940-01-01,,360102,2024-02-01,C34.1',
        'DX-2,周九,2,1941-01-01,,360102,2024-13-01,C16.9',
      ].join('\n'),
    );
    const first = await run(file, { kind: 'deaths', institutionCode: null });
    expect(first).toMatchObject({ status: 'done', rowsInserted: 1, rowsRejected: 1 });
    const second = await run(file, { kind: 'deaths', institutionCode: null });
    expect(second).toMatchObject({ rowsInserted: 0, rowsUpdated: 1 });
    expect(await t.database.db.select().from(deaths).where(eq(deaths.sourceId, 'DX-1'))).toHaveLength(1);
  });

  it('upserts population by county, year, sex and age group', async () => {
    const header = 'region_code,year,sex,age_group,population';
    const file = write(
      'pop.csv',
      [header, '360102,2030,1,0,1000', '360102,2030,2,0,990', '360102,2030,1,19,5'].join('\n'),
    );
    const first = await run(file, { kind: 'population', institutionCode: null });
    expect(first).toMatchObject({ rowsInserted: 2, rowsRejected: 1 });
    const updated = write('pop2.csv', [header, '360102,2030,1,0,1200'].join('\n'));
    const second = await run(updated, { kind: 'population', institutionCode: null });
    expect(second).toMatchObject({ rowsInserted: 0, rowsUpdated: 1 });
    const rows = await t.database.db.select().from(populations).where(eq(populations.year, 2030));
    expect(rows.map((r) => r.population).sort()).toEqual([1200, 990]);
  });
});
