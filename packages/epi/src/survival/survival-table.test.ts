// Reference rows from `Rscript fixtures/r/survival-reference.R` (packages/epi): observed from survfit
// (1e-9), Ederer II / Pohar Perme from the exact R reference (1e-8), methods.md §5.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './cohort';
import { buildLifeTable, type LifeTableRow } from './life-table';
import { survivalTable } from './survival-table';

interface Row {
  [column: string]: string | number | null;
}
interface TableFixture {
  records: CaseRecord[];
  medium_ids: string[];
  by_sex: Row[];
  by_icd10_3: Row[];
  icss1_by_sex_medium: Row[];
  excluded: Record<string, number>;
}

const readFixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as T;
const fixture = readFixture<{ table: TableFixture }>('survival-reference.json').table;
const lifeTableJson = readFixture<{ years: number[]; qx: number[][][] }>('survival-life-table.json');
const lifeTableRows = lifeTableJson.qx.flatMap((bySex, s) =>
  bySex.flatMap((byYear, y) =>
    byYear.map((qx, age): LifeTableRow => ({ year: lifeTableJson.years[y]!, sex: s === 0 ? 1 : 2, age, qx })),
  ),
);
const lifeTable = buildLifeTable(lifeTableRows);
const times = [1, 3, 5, 30];

function expectRowsClose(got: Row[], expected: Row[], tolerance: number): void {
  expect(got.length).toBe(expected.length);
  got.forEach((row, k) => {
    const want = expected[k]!;
    expect(Object.keys(row)).toEqual(Object.keys(want));
    for (const [column, value] of Object.entries(want)) {
      if (typeof value === 'number' && column !== 'time_years' && column !== 'sex') {
        expect(row[column], `${JSON.stringify(want)} ${column}`).not.toBeNull();
        expect(Math.abs((row[column] as number) - value), `${JSON.stringify(want)} ${column}`).toBeLessThan(
          tolerance,
        );
      } else {
        expect(row[column], column).toEqual(value);
      }
    }
  });
}

const methods = ['observed', 'ederer2', 'pohar-perme'] as const;

describe('survivalTable', () => {
  it.each(methods)('gives %s survival by sex as the R reference, nulls included', (method) => {
    const { rows } = survivalTable({ cases: fixture.records, lifeTable, method, times, by: ['sex'] });
    expectRowsClose(
      rows,
      fixture.by_sex.filter((r) => r['method'] === method),
      method === 'observed' ? 1e-9 : 1e-8,
    );
  });

  it.each(methods)('gives %s survival by icd10_3, with a group of nine patients', (method) => {
    const { rows } = survivalTable({ cases: fixture.records, lifeTable, method, times, by: ['icd10_3'] });
    expectRowsClose(
      rows,
      fixture.by_icd10_3.filter((r) => r['method'] === method),
      method === 'observed' ? 1e-9 : 1e-8,
    );
  });

  it.each(methods)('age-standardises %s survival with ICSS 1 as the R reference', (method) => {
    const medium = new Set(fixture.medium_ids);
    const cases = fixture.records.filter((r) => medium.has(r['id']!));
    const { rows } = survivalTable({ cases, lifeTable, method, times, by: ['sex'], standard: 'icss1' });
    expectRowsClose(
      rows,
      fixture.icss1_by_sex_medium.filter((r) => r['method'] === method),
      1e-8,
    );
  });

  it('counts each exclusion reason of methods.md §3.1 once per row', () => {
    const { excluded } = survivalTable({ cases: fixture.records, method: 'observed' });
    expect(Object.fromEntries(excluded.map((e) => [e.reason, e.count]))).toEqual(fixture.excluded);
  });

  it('accepts parsed life_table.csv strings and gives the same numbers as typed rows', () => {
    const strings = lifeTableRows.map((r) => ({
      year: String(r.year),
      sex: String(r.sex),
      age: r.age === 100 ? '100+' : String(r.age),
      qx: String(r.qx),
    }));
    const a = survivalTable({ cases: fixture.records, lifeTable: strings, method: 'ederer2', by: ['sex'] });
    const b = survivalTable({
      cases: fixture.records,
      lifeTable: lifeTableRows,
      method: 'ederer2',
      by: ['sex'],
    });
    expect(a.rows).toEqual(b.rows);
  });

  it('groups by site through the given siteOf, rows with no site last', () => {
    const siteOf = (icd10: string) => (icd10 === 'C16' ? 'stomach' : icd10 === 'C22' ? 'liver' : null);
    const { rows } = survivalTable({
      cases: fixture.records,
      method: 'observed',
      times: [1],
      by: ['site'],
      siteOf,
    });
    expect(rows.map((r) => r['site'])).toEqual(['liver', 'stomach', null]);
    expect(() => survivalTable({ cases: fixture.records, method: 'observed', by: ['site'] })).toThrow(
      RangeError,
    );
  });

  it('refuses relative survival without a life table', () => {
    expect(() => survivalTable({ cases: fixture.records, method: 'pohar-perme' })).toThrow(/lifeTable/);
  });
});
