import { describe, expect, it } from 'vitest';
import { ageStandardisedSurvival, ICSS_WEIGHTS, icssAgeGroupIndex } from './icss';

describe('ICSS age standardisation', () => {
  it('puts ages in the five ICSS groups and leaves children out', () => {
    expect([14, 15, 44, 45, 54, 55, 74, 75, 101].map(icssAgeGroupIndex)).toEqual([
      null,
      0,
      0,
      1,
      1,
      2,
      3,
      4,
      4,
    ]);
  });

  it('has weights summing to 1 for each standard', () => {
    for (const weights of Object.values(ICSS_WEIGHTS)) {
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    }
  });

  it('is not estimable when an age group has no estimate', () => {
    const point = { timeYears: 5, estimate: 0.5, lower: 0.4, upper: 0.6, estimateVariance: 0.001 };
    expect(ageStandardisedSurvival([point, point, point, point, null], 'icss1', 'log')).toEqual({
      estimate: null,
      lower: null,
      upper: null,
    });
    const all = ageStandardisedSurvival([point, point, point, point, point], 'icss2', 'log');
    expect(all.estimate).toBeCloseTo(0.5, 15);
  });
});
