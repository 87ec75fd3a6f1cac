import { AGE_GROUPS, standardWeights } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import type { CsvRow } from '../tables/event-fields';
import { NORDPRED_AGE_GROUPS, nordpredProjection } from './nordpred';
import { projectionTable } from './projection-table';

// A small synthetic registry: 2 counties, 2001–2020, both sexes, counts on a smooth +2 %/year trend.
const REGIONS = ['360121', '360122'];
const YEARS = Array.from({ length: 20 }, (_, k) => 2001 + k);
const SHAPE = [
  300, 1200, 1500, 1600, 1700, 1800, 1900, 1850, 1750, 1650, 1550, 1400, 1200, 1000, 800, 600, 400, 220, 120,
];
const populationOf = (region: number, year: number, sex: 1 | 2, age: number) =>
  Math.round(
    10 *
      (SHAPE[age] as number) *
      (1 + 0.01 * (year - 2001)) *
      (region === 0 ? 1 : 0.8) *
      (sex === 1 ? 1 : 1.02),
  );
const casesOf = (region: number, year: number, sex: 1 | 2, age: number) => {
  const mid = (AGE_GROUPS[age]?.lowerYears ?? 0) + 2;
  const rate = 3e-6 * Math.exp(0.085 * mid) * (sex === 2 ? 0.8 : 1) * Math.exp(0.02 * (year - 2010));
  return Math.round(rate * populationOf(region, year, sex, age));
};

const population: CsvRow[] = [];
const events: CsvRow[] = [];
for (const [r, region] of REGIONS.entries()) {
  for (const year of YEARS) {
    for (const sex of [1, 2] as const) {
      AGE_GROUPS.forEach((group, age) => {
        population.push({
          region_code: region,
          year: String(year),
          sex: String(sex),
          age_group: group.label,
          population: String(populationOf(r, year, sex, age)),
        });
        for (let k = 0; k < casesOf(r, year, sex, age); k++) {
          events.push({
            sex: String(sex),
            birth_date: '',
            age: String(group.lowerYears + (k % 4 === 0 ? 0 : 1)),
            region_code: region,
            diagnosis_date: `${year}-06-15`,
            icd10: k % 2 === 0 ? 'C34.1' : 'C16.9',
          });
        }
      });
    }
  }
}
const BAD_ROWS: CsvRow[] = [
  { sex: '9', age: '60', region_code: '360121', diagnosis_date: '2010-01-01', icd10: 'C34.1' },
  { sex: '1', age: '60', region_code: '360121', diagnosis_date: '2019-02-30', icd10: 'C34.1' },
  { sex: '1', age: '60', region_code: '360121', diagnosis_date: '2019-02-03', icd10: 'D32.0' },
  { sex: '1', age: '', region_code: '360121', diagnosis_date: '2019-02-03', icd10: 'C34.1' },
  { sex: '1', age: '60', region_code: '999999', diagnosis_date: '2019-02-03', icd10: 'C34.1' },
];

/** The tables the rows were made from, pooled over counties, in Nordpred's 18 × 4 periods shape. */
function expectedTables(sex: 1 | 2) {
  const cell = (of: typeof casesOf, age: number, p: number) => {
    let sum = 0;
    for (let year = 2001 + 5 * p; year < 2006 + 5 * p; year++) {
      for (let r = 0; r < REGIONS.length; r++) {
        sum += of(r, year, sex, age) + (age === 0 ? of(r, year, sex, 1) : 0);
      }
    }
    return sum;
  };
  const ages = Array.from({ length: NORDPRED_AGE_GROUPS }, (_, a) => (a === 0 ? 0 : a + 1));
  return {
    cases: ages.map((age) => [0, 1, 2, 3].map((p) => cell(casesOf, age, p))),
    personYears: ages.map((age) => [0, 1, 2, 3].map((p) => cell(populationOf, age, p))),
    last: ages.map((age) => {
      let sum = 0;
      for (let r = 0; r < REGIONS.length; r++)
        sum += populationOf(r, 2020, sex, age) + (age === 0 ? populationOf(r, 2020, sex, 1) : 0);
      return sum;
    }),
  };
}

describe('projectionTable with Nordpred', () => {
  const table = projectionTable({
    cases: [...events, ...BAD_ROWS],
    population,
    method: 'nordpred',
    untilYear: 2032,
  });

  it('gives 4 observed and 3 projected 5-year periods per sex, the last ending in 2035', () => {
    const male = table.rows.filter((row) => row.sex === 1);
    expect(male.map((row) => row.period)).toEqual([
      '2001-2005',
      '2006-2010',
      '2011-2015',
      '2016-2020',
      '2021-2025',
      '2026-2030',
      '2031-2035',
    ]);
    expect(male.map((row) => row.kind)).toEqual([
      'observed',
      'observed',
      'observed',
      'observed',
      'projected',
      'projected',
      'projected',
    ]);
    expect(table.models.map((m) => [m.sex, m.basePeriods, m.futurePopulation])).toEqual([
      [1, 4, 'carried_forward'],
      [2, 4, 'carried_forward'],
    ]);
  });

  it('reports every left-out row with its reason', () => {
    expect(table.excluded.map((e) => e.reason)).toEqual([
      'sex_unknown',
      'date_invalid',
      'not_c00_c97',
      'age_unknown',
      'no_population',
    ]);
    expect(table.excluded.map((e) => e.row)).toEqual([0, 1, 2, 3, 4].map((k) => events.length + k));
  });

  it('counts the observed periods as the data were made', () => {
    const { cases, personYears } = expectedTables(2);
    const observed = table.rows.filter((row) => row.sex === 2 && row.kind === 'observed');
    observed.forEach((row, p) => {
      const n = cases.reduce((s, age) => s + (age[p] as number), 0);
      const py = personYears.reduce((s, age) => s + (age[p] as number), 0);
      expect(row.cases).toBe(n);
      expect(row.population).toBe(py);
      expect(row.crude_rate).toBeCloseTo((n / py) * 1e5, 9);
    });
  });

  it('projects exactly what nordpredProjection gives on the same tables, per 100 000', () => {
    const { cases, personYears, last } = expectedTables(1);
    const weights = standardWeights('china2000');
    const direct = nordpredProjection({
      cases,
      personYears,
      futurePersonYears: last.map((py) => [5 * py, 5 * py, 5 * py]),
      weights: [(weights[0] as number) + (weights[1] as number), ...weights.slice(2)],
    });
    const projected = table.rows.filter((row) => row.sex === 1 && row.kind === 'projected');
    projected.forEach((row, j) => {
      const sums = direct.periods[j]?.sums;
      expect(row.cases).toBeCloseTo(sums?.cases.estimate as number, 9);
      expect(row.cases_upi).toBeCloseTo(sums?.cases.upi as number, 9);
      expect(row.asr).toBeCloseTo((sums?.asr?.estimate as number) * 1e5, 9);
      expect(row.asr_lci).toBeCloseTo((sums?.asr?.lci as number) * 1e5, 9);
      expect(row.crude_rate).toBeCloseTo((sums?.crudeRate.estimate as number) * 1e5, 9);
    });
  });

  it('doubles projected cases but not rates when the given future population is double the last year', () => {
    const future: CsvRow[] = population
      .filter((row) => row.year === '2020')
      .flatMap((row) =>
        Array.from({ length: 15 }, (_, k) => ({
          ...row,
          year: String(2021 + k),
          population: String(2 * Number(row.population)),
        })),
      );
    const doubled = projectionTable({
      cases: events,
      population,
      futurePopulation: future,
      method: 'nordpred',
      untilYear: 2035,
    });
    const base = table.rows.filter((row) => row.kind === 'projected');
    const twice = doubled.rows.filter((row) => row.kind === 'projected');
    twice.forEach((row, k) => {
      expect(row.cases).toBeCloseTo(2 * (base[k]?.cases as number), 8);
      expect(row.asr).toBeCloseTo(base[k]?.asr as number, 10);
    });
    expect(doubled.models[0]?.futurePopulation).toBe('given');
  });

  it('names the missing year when the given future population stops short', () => {
    const future = population.filter((row) => row.year === '2020').map((row) => ({ ...row, year: '2021' }));
    expect(() =>
      projectionTable({
        cases: events,
        population,
        futurePopulation: future,
        method: 'nordpred',
        untilYear: 2025,
      }),
    ).toThrow(/no rows for year 2022/);
  });
});

describe('projectionTable with the log-linear model', () => {
  it('gives one row per observed and projected year, with the lung-only selection', () => {
    const table = projectionTable({
      cases: events,
      population,
      method: 'loglinear',
      untilYear: 2030,
      sites: ['C34'],
    });
    const female = table.rows.filter((row) => row.sex === 2);
    expect(female).toHaveLength(30);
    expect(female[29]).toMatchObject({ period: '2030', start_year: 2030, end_year: 2030, kind: 'projected' });
    expect(table.excluded.every((e) => e.reason === 'site_not_selected')).toBe(true);
    // The data grow by 2 % a year; the fitted annual percent change should be near it.
    expect(table.models[0]?.annualPercentChange).toBeGreaterThan(1);
    expect(table.models[0]?.annualPercentChange).toBeLessThan(3);
    const [first, last] = [female[20], female[29]];
    expect(last?.asr).toBeGreaterThan(first?.asr as number);
    expect(last?.asr_lpi).toBeLessThan(last?.asr_lci as number);
  });

  it('refuses an untilYear that is not after the last observed year', () => {
    expect(() =>
      projectionTable({ cases: events, population, method: 'loglinear', untilYear: 2020 }),
    ).toThrow(/untilYear/);
  });
});
