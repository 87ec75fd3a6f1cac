import { describe, expect, it } from 'vitest';
import type { CsvRow } from './event-fields';
import { qualityTable } from './quality-table';

// Hand-derived cases (methods.md §2): every index is a count ratio, so exact values are known.
const c = (basis: string, icd10: string, extra: Partial<Record<string, string>> = {}): CsvRow => ({
  sex: '1',
  birth_date: '1950-01-01',
  region_code: '360121',
  diagnosis_date: '2020-03-01',
  icd10,
  basis,
  ...extra,
});
const d = (cause: string, date = '2020-08-01', sex = '1'): CsvRow => ({
  sex,
  region_code: '360121',
  death_date: date,
  cause_of_death: cause,
});

describe('qualityTable', () => {
  const cases = [
    c('7', 'C16.9'),
    c('5', 'C16.2'),
    c('0', 'C22.0'),
    c('1', 'C80.9', { birth_date: '' }),
    c('', 'C34.1'),
    c('8', 'C34.1'), // the card's 8 counts as 7 (MV)
    c('9', 'C34.1'),
    c('3', 'D32.0'), // not C00–C97
  ];
  const deaths = [d('C16.9'), d('C22.0'), d('C22.1'), d('C34.1'), d('C34.9', '2019-12-31'), d('C50.9')];

  it('gives MV, DCO, UB, ill-defined and unknown-age percentages and M/I for all sites', () => {
    const { rows, excluded } = qualityTable({ cases, deaths });
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row?.cases).toBe(7);
    expect(row?.mv_pct).toBeCloseTo((100 * 3) / 7, 12);
    expect(row?.dco_pct).toBeCloseTo(100 / 7, 12);
    expect(row?.ub_pct).toBeCloseTo(200 / 7, 12); // basis missing and 9
    expect(row?.ill_defined_pct).toBeCloseTo(100 / 7, 12);
    expect(row?.unknown_age_pct).toBeCloseTo(100 / 7, 12);
    // 2019 death ignored (no cases that year); C50 death counts for ALL.
    expect(row?.deaths).toBe(5);
    expect(row?.mi_ratio).toBeCloseTo(5 / 7, 12);
    expect(excluded).toEqual([{ source: 'cases', row: 7, reason: 'not_c00_c97' }]);
  });

  it('gives null percentages and M/I for a category with deaths but no cases', () => {
    const { rows } = qualityTable({ cases, deaths, by: ['icd10_3'] });
    expect(rows.map((r) => r.icd10_3)).toEqual(['C16', 'C22', 'C34', 'C50', 'C80']);
    const c22 = rows[1];
    expect(c22).toMatchObject({ cases: 1, deaths: 2, mi_ratio: 2 }); // M/I may exceed 1
    expect(rows[3]).toMatchObject({ cases: 0, mv_pct: null, dco_pct: null, deaths: 1, mi_ratio: null });
  });

  it('leaves deaths and M/I null without a deaths file', () => {
    const { rows } = qualityTable({ cases: [c('7', 'C16.9')] });
    expect(rows[0]).toMatchObject({ cases: 1, mv_pct: 100, deaths: null, mi_ratio: null });
  });

  it('matches deaths by sex and year when grouping by them', () => {
    const { rows } = qualityTable({
      cases: [c('7', 'C16.9'), c('7', 'C16.9', { sex: '2', diagnosis_date: '2021-01-05' })],
      deaths: [d('C16.0', '2020-05-01', '2'), d('C16.0', '2021-05-01', '2')],
      by: ['sex', 'year'],
    });
    expect(rows.map((r) => [r.sex, r.year, r.cases, r.deaths])).toEqual([
      [1, 2020, 1, 0],
      [2, 2020, 0, 1],
      [2, 2021, 1, 1],
    ]);
  });
});
