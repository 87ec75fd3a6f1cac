import { describe, expect, it } from 'vitest';
import {
  generateLifeTable,
  LIFE_TABLE_MAX_AGE,
  LifeTableLookup,
  lifeExpectancyAtBirth,
  lifeTableQx,
  targetLifeExpectancy,
} from './life-table';

describe('life table', () => {
  it('has life expectancy near 77 for men and 82 for women in 2020', () => {
    // The table stops at 100, which truncates e0 by a few hundredths of a year.
    expect(lifeExpectancyAtBirth(lifeTableQx(2020, 1))).toBeCloseTo(77, 0);
    expect(lifeExpectancyAtBirth(lifeTableQx(2020, 2))).toBeCloseTo(82.2, 0);
    expect(
      Math.abs(lifeExpectancyAtBirth(lifeTableQx(2020, 1)) - targetLifeExpectancy(2020, 1)),
    ).toBeLessThan(0.2);
  });

  it('improves every calendar year for both sexes', () => {
    for (const sex of [1, 2] as const) {
      for (let year = 2006; year < 2026; year++) {
        expect(lifeExpectancyAtBirth(lifeTableQx(year + 1, sex))).toBeGreaterThan(
          lifeExpectancyAtBirth(lifeTableQx(year, sex)),
        );
      }
    }
  });

  it('has the Gompertz shape: qx rising with age after 40 and men above women', () => {
    const men = lifeTableQx(2020, 1);
    const women = lifeTableQx(2020, 2);
    for (let age = 40; age < LIFE_TABLE_MAX_AGE; age++) {
      expect(men[age + 1]!).toBeGreaterThan(men[age]!);
      expect(men[age]!).toBeGreaterThan(women[age]!);
    }
    expect(men[0]!).toBeGreaterThan(men[5]!); // infant mortality above childhood mortality
    expect(men[70]!).toBeGreaterThan(0.015);
    expect(men[70]!).toBeLessThan(0.04);
  });

  it('writes 101 ages per year and sex with qx in (0, 1)', () => {
    const rows = generateLifeTable(2015, 2025);
    expect(rows).toHaveLength(11 * 2 * 101);
    for (const r of rows) expect(r.qx > 0 && r.qx < 1).toBe(true);
    expect(rows[0]).toEqual({ year: 2015, sex: 1, age: 0, qx: expect.any(Number) });
  });

  it('the lookup uses the nearest year outside its span and age 100 for older ages', () => {
    const lookup = new LifeTableLookup(2015, 2020);
    expect(lookup.qx(2030, 2, 60)).toBe(lifeTableQx(2020, 2)[60]);
    expect(lookup.qx(2000, 1, 105)).toBe(lifeTableQx(2015, 1)[100]);
  });
});
