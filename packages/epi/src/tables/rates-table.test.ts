import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/rates-table.json';
import type { CsvRow } from './event-fields';
import { type RatesRow, ratesTable } from './rates-table';

// Fixture from `Rscript fixtures/r/rates-table.R`: a synthetic registry computed group by group with
// base R and epitools::ageadjust.direct. Tolerance 1e-9 relative (methods.md §5, closed forms; the
// gamma bounds are accurate to 1e-12).
const relativeError = (got: number, expected: number) =>
  expected === 0 ? Math.abs(got) : Math.abs(got - expected) / Math.abs(expected);

const STATS = [
  'cases',
  'population',
  'crude_rate',
  'asr',
  'asr_lci',
  'asr_uci',
  'cum_rate_0_74',
  'cum_risk_0_74',
  'trunc_rate_35_64',
] as const;

function expectRowsMatch(got: readonly RatesRow[], expected: readonly Record<string, string | number>[]) {
  expect(got).toHaveLength(expected.length);
  got.forEach((row, i) => {
    const want = expected[i] ?? {};
    for (const [column, value] of Object.entries(want)) {
      if (typeof value === 'string') expect(row[column]).toBe(value);
      else expect(relativeError(Number(row[column]), value), `${column} of row ${i}`).toBeLessThan(1e-9);
    }
  });
}

const events: CsvRow[] = fixture.events;
const population: CsvRow[] = fixture.population;

describe('ratesTable against R', () => {
  it('pools everything into one row when no grouping is asked for', () => {
    const { rows } = ratesTable({ events, population });
    expectRowsMatch(rows, fixture.expected.all);
  });

  it('gives one row per sex, grouping columns first', () => {
    const { rows } = ratesTable({ events, population, by: ['sex'] });
    expectRowsMatch(rows, fixture.expected.by_sex);
    expect(Object.keys(rows[0] ?? {})).toEqual(['sex', ...STATS]);
  });

  it('gives one row per year and ICD-10 category over the pooled sexes and counties', () => {
    const { rows } = ratesTable({ events, population, by: ['year', 'icd10_3'] });
    expectRowsMatch(rows, fixture.expected.by_year_icd10_3);
  });

  it('gives one row per county and sex', () => {
    const { rows } = ratesTable({ events, population, by: ['region_code', 'sex'] });
    expectRowsMatch(rows, fixture.expected.by_region_code_sex);
  });

  it('reports every left-out event with its reason', () => {
    const { excluded } = ratesTable({ events, population });
    expect(excluded).toEqual(fixture.excluded.map((e) => ({ source: 'events', ...e })));
  });
});

describe('ratesTable by hand', () => {
  const pop = (sex: string, ageGroup: string, n: number, year = '2020'): CsvRow => ({
    region_code: '360121',
    year,
    sex,
    age_group: ageGroup,
    population: String(n),
  });
  const event = (sex: string, birth: string, date: string, code = 'C16.9'): CsvRow => ({
    sex,
    birth_date: birth,
    region_code: '360121',
    diagnosis_date: date,
    icd10: code,
  });

  it('counts unknown-age events in the crude rate only', () => {
    const { rows } = ratesTable({
      events: [event('1', '1960-03-01', '2020-05-01'), event('1', '', '2020-05-01')],
      population: [pop('1', '60-64', 1000)],
    });
    expect(rows[0]).toMatchObject({ cases: 2, population: 1000, crude_rate: 200 });
    expect(rows[0]?.asr).toBeCloseTo((41_703_848 / 1_242_612_226) * 100, 10); // one case of known age
  });

  it('uses the age column when the birth date is missing, and puts 100-year-olds in 85+', () => {
    const { rows, excluded } = ratesTable({
      events: [{ ...event('2', '', '2020-01-02'), age: '101' }, event('2', '1919-01-01', '2020-01-02')],
      population: [pop('2', '85+', 50)],
    });
    expect(excluded).toEqual([]);
    expect(rows[0]?.asr).toBeCloseTo((4_001_925 / 1_242_612_226) * (2 / 50) * 1e5, 9);
  });

  it('reads the death date and cause of death for mortality', () => {
    const { rows } = ratesTable({
      events: [
        {
          sex: '1',
          birth_date: '1950-01-01',
          region_code: '360121',
          death_date: '2020-06-01',
          cause_of_death: 'C22.0',
        },
      ],
      population: [pop('1', '70-74', 2000)],
      dateField: 'death_date',
      by: ['icd10_3'],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ icd10_3: 'C22', cases: 1 });
  });

  it('gives a row with zero cases and a finite upper bound to a population group without events', () => {
    const { rows } = ratesTable({
      events: [event('1', '1960-03-01', '2020-05-01')],
      population: [pop('1', '60-64', 1000), pop('2', '60-64', 1000)],
      by: ['sex'],
    });
    expect(rows[1]).toMatchObject({ sex: 2, cases: 0, asr: 0, asr_lci: 0 });
    expect(Number.isFinite(rows[1]?.asr_uci)).toBe(true);
  });

  it('leaves out events in an age group without population, reporting them', () => {
    const { rows, excluded } = ratesTable({
      events: [event('1', '2000-01-01', '2020-05-01')],
      population: [pop('1', '60-64', 1000)],
    });
    expect(excluded).toEqual([{ source: 'events', row: 0, reason: 'no_population_for_age_group' }]);
    expect(rows[0]?.cases).toBe(0);
  });

  it('uses the chosen standard for the truncated rate and the per multiplier for every rate', () => {
    const { rows } = ratesTable({
      events: [event('1', '1980-01-01', '2020-05-01')],
      population: [pop('1', '40-44', 1000)],
      standard: 'segi',
      per: 1000,
    });
    expect(rows[0]?.trunc_rate_35_64).toBeCloseTo((6000 / 31_000) * (1 / 1000) * 1000, 12);
    expect(rows[0]?.crude_rate).toBeCloseTo(1, 12);
  });

  it('groups by site through the given site grouping', () => {
    const siteGroupOf = (code: string) => (code === 'C16' ? { id: 4, zh: '胃', en: 'stomach' } : null);
    const { rows, excluded } = ratesTable({
      events: [event('1', '1960-03-01', '2020-05-01'), event('1', '1960-03-01', '2020-05-01', 'C17.1')],
      population: [pop('1', '60-64', 1000)],
      by: ['site'],
      siteGroupOf,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ site: 4, site_name: '胃', cases: 1 });
    expect(excluded).toEqual([{ source: 'events', row: 1, reason: 'site_unknown' }]);
    expect(() => ratesTable({ events: [], population: [], by: ['site'] })).toThrow(/siteGroupOf/);
  });

  it('reports unreadable population rows', () => {
    const { excluded } = ratesTable({ events: [], population: [pop('1', '90-94', 10), pop('9', '0', 10)] });
    expect(excluded.map((e) => e.reason)).toEqual(['age_group_invalid', 'sex_unknown']);
  });

  it('handles 200 000 events in one pass well under a second', () => {
    const population: CsvRow[] = [];
    for (const sex of ['1', '2']) {
      for (const label of [
        '0',
        '1-4',
        '5-9',
        '10-14',
        '15-19',
        '20-24',
        '25-29',
        '30-34',
        '35-39',
        '40-44',
        '45-49',
        '50-54',
        '55-59',
        '60-64',
        '65-69',
        '70-74',
        '75-79',
        '80-84',
        '85+',
      ]) {
        population.push(pop(sex, label, 100_000));
      }
    }
    const codes = ['C16.9', 'C22.0', 'C34.1', 'C50.9', 'C18.7'];
    const many: CsvRow[] = [];
    for (let i = 0; i < 200_000; i++) {
      const year = 1925 + (i % 90);
      many.push(event(i % 2 ? '1' : '2', `${year}-0${1 + (i % 9)}-15`, '2020-06-30', codes[i % 5]));
    }
    const start = performance.now();
    const { rows } = ratesTable({ events: many, population, by: ['sex', 'icd10_3'] });
    const elapsed = performance.now() - start;
    expect(rows).toHaveLength(10);
    expect(rows.reduce((n, r) => n + r.cases, 0)).toBe(200_000);
    expect(elapsed).toBeLessThan(2_000); // loose: a sanity bound, not a benchmark
  });
});
