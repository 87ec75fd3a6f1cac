import { describe, expect, it } from 'vitest';
import { kaplanMeier } from './kaplan-meier';
import { survivalAt } from './survival-at';

const Y = 365.241;

describe('kaplanMeier', () => {
  it('puts deaths before censorings at a tie (hand-computed)', () => {
    const curve = kaplanMeier([
      { timeDays: 10, died: true },
      { timeDays: 10, died: true },
      { timeDays: 10, died: false },
      { timeDays: 20, died: true },
      { timeDays: 30, died: false },
    ]);
    expect(Array.from(curve.atRisk)).toEqual([5, 2, 1]);
    expect(curve.estimate[0]).toBeCloseTo(0.6, 15);
    expect(curve.estimate[1]).toBeCloseTo(0.3, 15);
    expect(curve.variance[0]).toBeCloseTo(2 / 15, 15);
    expect(curve.variance[1]).toBeCloseTo(2 / 15 + 1 / 2, 15);
  });

  it('gives estimate 1 with no interval while only censorings have happened', () => {
    const curve = kaplanMeier([
      { timeDays: 3, died: false },
      { timeDays: 400, died: true },
      { timeDays: 800, died: false },
    ]);
    expect(curve.estimate[0]).toBe(1);
    expect(Number.isNaN(curve.lower[0]!)).toBe(true);
    expect(curve.estimate[1]).toBe(0.5);
  });

  it('reaches 0 when everybody dies, with no interval and a zero variance of S', () => {
    const curve = kaplanMeier([
      { timeDays: 100, died: true },
      { timeDays: Y, died: true },
    ]);
    expect(curve.estimate[1]).toBe(0);
    expect(curve.variance[1]).toBe(Number.POSITIVE_INFINITY);
    expect(survivalAt(curve, [1])[0]).toEqual({
      timeYears: 1,
      estimate: 0,
      lower: null,
      upper: null,
      estimateVariance: 0,
    });
  });

  it('only counts patients after their entry time', () => {
    const curve = kaplanMeier([
      { timeDays: 10, died: true },
      { timeDays: 50, died: true, entryDays: 20 },
      { timeDays: 60, died: false },
    ]);
    expect(Array.from(curve.time)).toEqual([10, 20, 50, 60]);
    expect(Array.from(curve.atRisk)).toEqual([2, 1, 2, 1]);
    expect(curve.estimate[2]).toBeCloseTo(0.25, 15);
  });

  it('rejects a follow-up time of 0 and an entry after the exit', () => {
    expect(() => kaplanMeier([{ timeDays: 0, died: true }])).toThrow(/subject 0/);
    expect(() => kaplanMeier([{ timeDays: 5, died: true, entryDays: 5 }])).toThrow(RangeError);
  });
});

describe('survivalAt', () => {
  const curve = kaplanMeier([
    { timeDays: 200, died: true },
    { timeDays: 500, died: false },
    { timeDays: 900, died: true },
    { timeDays: 1000, died: false },
  ]);

  it('reads the step function at the largest time not after t*', () => {
    const [one, two] = survivalAt(curve, [1, 2.5]);
    expect(one!.estimate).toBe(0.75);
    expect(two!.estimate).toBeCloseTo(0.375, 15);
  });

  it('gives 1 with a null interval before the first time and null beyond the last', () => {
    const [early, late] = survivalAt(curve, [0.1, 3]);
    expect(early).toMatchObject({ estimate: 1, lower: null, upper: null });
    expect(late).toMatchObject({ estimate: null, lower: null, upper: null });
  });

  it('still reads the value exactly at the last follow-up time', () => {
    expect(survivalAt(curve, [1000 / Y])[0]!.estimate).toBeCloseTo(0.375, 15);
  });
});
