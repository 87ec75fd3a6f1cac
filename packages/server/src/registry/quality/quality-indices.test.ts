import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  emptyTally,
  lightAbove,
  lightBelow,
  lightBetween,
  qualityRowOf,
  timeliness,
} from './quality-indices';

describe('timeliness', () => {
  it('takes the middle delay of an odd count and the mean of the two middle ones of an even count', () => {
    expect(
      timeliness(
        new Map([
          [3, 1],
          [7, 1],
          [100, 1],
        ]),
      ),
    ).toEqual({ medianDays: 7, within90Pct: 200 / 3, timed: 3 });
    // 10, 10, 10, 91 → (10 + 10)/2; within 90: 3/4 (90 itself would count).
    expect(
      timeliness(
        new Map([
          [10, 3],
          [91, 1],
        ]),
      ),
    ).toEqual({ medianDays: 10, within90Pct: 75, timed: 4 });
    expect(
      timeliness(
        new Map([
          [90, 1],
          [200, 1],
        ]),
      ),
    ).toEqual({ medianDays: 145, within90Pct: 50, timed: 2 });
  });

  it('gives nulls when no case was timed', () => {
    expect(timeliness(new Map())).toEqual({ medianDays: null, within90Pct: null, timed: 0 });
  });
});

describe('traffic lights', () => {
  it('turns MV amber within a tenth below 66 and red further down', () => {
    expect(lightAbove(66.1, 66)).toBe('green');
    expect(lightAbove(66, 66)).toBe('amber'); // the criterion is MV > 66 %
    expect(lightAbove(59.4, 66)).toBe('amber');
    expect(lightAbove(59.3, 66)).toBe('red');
    expect(lightAbove(null, 66)).toBe('none');
  });

  it('turns DCO amber up to 16.5 % and M/I amber within a tenth outside 0.6–0.8', () => {
    expect(lightBelow(14.9, 15)).toBe('green');
    expect(lightBelow(16.5, 15)).toBe('amber');
    expect(lightBelow(16.6, 15)).toBe('red');
    expect(lightBetween(0.6, 0.6, 0.8)).toBe('green');
    expect(lightBetween(0.55, 0.6, 0.8)).toBe('amber');
    expect(lightBetween(0.88, 0.6, 0.8)).toBe('amber');
    expect(lightBetween(0.9, 0.6, 0.8)).toBe('red');
  });
});

describe('qualityRowOf', () => {
  it('matches the national pooled 2013 reference values (domain guide §2.11) from counts', () => {
    // 67.89 % MV, 1.81 % DCO, M/I 0.62 on 10 000 cases.
    const tally = { ...emptyTally(true), cases: 10_000, mv: 6789, dco: 181, deaths: 6200 };
    const row = qualityRowOf('2013', '2013', tally, DEFAULT_THRESHOLDS, false);
    expect(row).toMatchObject({ mvPct: 67.89, dcoPct: 1.81, miRatio: 0.62 });
    expect(row.lights).toEqual({ mv: 'green', dco: 'green', mi: 'green' });
  });

  it('gives null indices, not zeros, for a group without cases', () => {
    const row = qualityRowOf('x', 'x', { ...emptyTally(true), deaths: 7 }, DEFAULT_THRESHOLDS, false);
    expect(row).toMatchObject({ mvPct: null, dcoPct: null, miRatio: null, lights: { mv: 'none' } });
    expect(row.deaths).toEqual({ value: 7, suppressed: false });
  });

  it('hides every index of a 1–4 case cell and M/I of 1–4 deaths when suppressing', () => {
    const small = qualityRowOf('x', 'x', { ...emptyTally(true), cases: 4, mv: 4 }, DEFAULT_THRESHOLDS, true);
    expect(small).toMatchObject({ cases: { value: null, suppressed: true }, mvPct: null });
    const fewDeaths = qualityRowOf(
      'x',
      'x',
      { ...emptyTally(true), cases: 50, mv: 40, deaths: 3 },
      DEFAULT_THRESHOLDS,
      true,
    );
    expect(fewDeaths).toMatchObject({ mvPct: 80, deaths: { suppressed: true }, miRatio: null });
  });
});
