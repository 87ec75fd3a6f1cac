import { describe, expect, it } from 'vitest';
import { apcDesign } from './apc-design';

describe('apcDesign', () => {
  it('lays out age, drift, inner period and inner cohort columns as R aliases them', () => {
    // 2 ages × 3 periods (absolute 4, 5, 6): cohorts 1…4, of which 2 and 3 get columns.
    const d = apcDesign({ ageCount: 2, periodCount: 3, firstPeriod: 4 });
    expect(d.columns).toBe(2 + 1 + 1 + 2);
    expect(d.cohortCount).toBe(4);
    expect(d.periodColumn(1)).toBe(-1);
    expect(d.periodColumn(2)).toBe(3);
    expect(d.periodColumn(3)).toBe(-1);
    expect(d.cohortColumn(1)).toBe(-1);
    expect(d.cohortColumn(4)).toBe(-1);
    const row = (i: number, q: number) => Array.from(d.design.subarray((i * 3 + q) * 6, (i * 3 + q + 1) * 6));
    // Youngest age (i = 0) in the middle period: cohort (2 − 1 − 0) + 1 + 1 = 3.
    expect(row(0, 1)).toEqual([1, 0, 5, 1, 0, 1]);
    // Oldest age in the first period: the oldest cohort, level 1, has no column.
    expect(row(1, 0)).toEqual([0, 1, 4, 0, 0, 0]);
  });

  it('adds a Period² column and drops period effects for the curvature test', () => {
    const d = apcDesign({
      ageCount: 3,
      periodCount: 4,
      firstPeriod: 1,
      periodEffects: false,
      periodSquared: true,
    });
    expect(d.periodColumn(2)).toBe(-1);
    expect(d.squaredColumn).toBe(4);
    expect(d.design[2 * d.columns + d.squaredColumn]).toBe(9);
  });

  it('refuses fewer than 3 periods', () => {
    expect(() => apcDesign({ ageCount: 3, periodCount: 2, firstPeriod: 1 })).toThrow(RangeError);
  });
});
