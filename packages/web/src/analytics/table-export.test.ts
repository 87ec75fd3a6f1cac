import { describe, expect, it } from 'vitest';
import { crc32, neutraliseFormula, toCsv, toXlsx } from './table-export';

describe('table export', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('南昌市')).toBe('南昌市');
  });

  it('writes CSV with a BOM, quoting, numbers as numbers and empty nulls', () => {
    const csv = toCsv(
      ['地区', '病例数', '率'],
      [
        ['东湖区, "老城"', 12, 3.5],
        ['-cmd', null, -1],
      ],
    );
    expect(csv).toBe('\uFEFF地区,病例数,率\r\n"东湖区, ""老城""",12,3.5\r\n\'-cmd,,-1\r\n');
  });

  it('computes the zip CRC-32 of a known string', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes an XLSX zip whose sheet holds numbers and escaped, neutralised strings', () => {
    const bytes = toXlsx(
      '发病率',
      ['site', 'asr'],
      [
        ['=1+1', 12.5],
        ['<胃>', null],
      ],
    );
    expect(bytes[0]).toBe(0x50); // "PK"
    expect(bytes[1]).toBe(0x4b);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('<c r="B2"><v>12.5</v></c>');
    expect(text).toContain(`<t xml:space="preserve">'=1+1</t>`);
    expect(text).toContain('&lt;胃&gt;');
    expect(text).toContain('<sheet name="发病率"');
  });
});
