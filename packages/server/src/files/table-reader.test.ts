import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { detectEncoding, readTableValues } from './table-reader';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('reading data-contract files', () => {
  it('reads UTF-8 with a BOM and CRLF, case-insensitive headers, and normalises dates', async () => {
    const file = write('a.csv', '\uFEFFID,Name,Diagnosis_Date\r\n1,张三,2021/3/5\r\n2,李四,20210306\r\n');
    expect(await readTableValues(file)).toEqual([
      { id: '1', name: '张三', diagnosis_date: '2021-03-05' },
      { id: '2', name: '李四', diagnosis_date: '2021-03-06' },
    ]);
  });

  it('reads a file saved by Chinese Excel in GBK with Chinese headers without mangling names', async () => {
    const text = '编号,姓名,性别,出生日期,诊断日期,备注\n1,欧阳娜娜,2,1980-01-02,2020-05-06,复诊\n';
    const file = write('gbk.csv', iconv.encode(text, 'gbk'));
    expect(detectEncoding(fs.readFileSync(file))).toBe('gb18030');
    expect(await readTableValues(file)).toEqual([
      {
        id: '1',
        name: '欧阳娜娜',
        sex: '2',
        birth_date: '1980-01-02',
        diagnosis_date: '2020-05-06',
        备注: '复诊',
      },
    ]);
  });

  it('keeps quoted newlines and skips empty lines', async () => {
    const file = write('q.csv', 'id,address\n\n1,"江西省\n南昌市"\n\n');
    expect(await readTableValues(file)).toEqual([{ id: '1', address: '江西省\n南昌市' }]);
  });

  it('reads XLSX with the same headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('cases');
    ws.addRow(['身份证号', '姓名', '诊断日期']);
    ws.addRow(['11010519491231002X', '王芳', new Date(Date.UTC(2020, 0, 31))]);
    const file = path.join(dir, 'a.xlsx');
    await wb.xlsx.writeFile(file);
    expect(await readTableValues(file)).toEqual([
      { id_number: '11010519491231002X', name: '王芳', diagnosis_date: '2020-01-31' },
    ]);
  });
});
