import { describe, expect, it } from 'vitest';
import { dayNumberOfCivilDate } from './calendar';
import { expectedCumulativeHazard } from './expected-hazard';
import { buildLifeTable, DAYS_PER_YEAR, type LifeTableRow } from './life-table';

function table(
  qxOf: (year: number, sex: 1 | 2, age: number) => number,
  years = [2000, 2001],
): LifeTableRow[] {
  const rows: LifeTableRow[] = [];
  for (const year of years)
    for (const sex of [1, 2] as const)
      for (let age = 0; age <= 100; age++) rows.push({ year, sex, age, qx: qxOf(year, sex, age) });
  return rows;
}

describe('life table and expected hazard', () => {
  it('integrates a constant hazard to −ln(1 − q)·t / 365.241 across every boundary', () => {
    const lifeTable = buildLifeTable(table(() => 0.1));
    const person = { sex: 1 as const, ageDays: 30_000, diagnosisDay: dayNumberOfCivilDate(1999, 7, 1) };
    const t = 20 * DAYS_PER_YEAR;
    expect(expectedCumulativeHazard(lifeTable, person, t)).toBeCloseTo(
      (-Math.log(0.9) * t) / DAYS_PER_YEAR,
      12,
    );
  });

  it('changes the hazard at the birthday k·365.241 days of age and keeps age 100 for 100+', () => {
    const lifeTable = buildLifeTable(table((_y, _s, age) => (age < 60 ? 0.01 : age < 100 ? 0.02 : 0.5)));
    const person = {
      sex: 2 as const,
      ageDays: 60 * DAYS_PER_YEAR - 10,
      diagnosisDay: dayNumberOfCivilDate(2000, 6, 1),
    };
    const low = -Math.log(0.99) / DAYS_PER_YEAR;
    const high = -Math.log(0.98) / DAYS_PER_YEAR;
    expect(expectedCumulativeHazard(lifeTable, person, 30)).toBeCloseTo(10 * low + 20 * high, 14);
    const old = {
      sex: 2 as const,
      ageDays: 105 * DAYS_PER_YEAR,
      diagnosisDay: dayNumberOfCivilDate(2000, 6, 1),
    };
    expect(expectedCumulativeHazard(lifeTable, old, 1000)).toBeCloseTo(
      (-Math.log(0.5) * 1000) / DAYS_PER_YEAR,
      12,
    );
  });

  it('splits at 1 January and uses the nearest year of the table outside it', () => {
    const lifeTable = buildLifeTable(table((year) => (year === 2000 ? 0.01 : 0.03)));
    const a = -Math.log(0.99) / DAYS_PER_YEAR;
    const b = -Math.log(0.97) / DAYS_PER_YEAR;
    // Diagnosed 1999-12-22 (before the table: year 2000's rates), 10 days to 1 January 2000 ... then
    // 366 days of 2000, then 2001 and beyond (2001's rates).
    const person = { sex: 1 as const, ageDays: 20_000, diagnosisDay: dayNumberOfCivilDate(1999, 12, 22) };
    expect(expectedCumulativeHazard(lifeTable, person, 500)).toBeCloseTo(376 * a + 124 * b, 14);
  });

  it('rejects qx = 1, a duplicate cell and a missing cell, naming it', () => {
    expect(() => buildLifeTable(table((_y, _s, age) => (age === 100 ? 1 : 0.1)))).toThrow(/qx 1/);
    const rows = table(() => 0.1);
    expect(() => buildLifeTable([...rows, rows[0]!])).toThrow(/duplicate/);
    expect(() => buildLifeTable(rows.slice(1))).toThrow(/year 2000, sex 1, age 0/);
  });
});
