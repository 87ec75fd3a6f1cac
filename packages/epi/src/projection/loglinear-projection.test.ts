import { describe, expect, it } from 'vitest';
import { loglinearProjection } from './loglinear-projection';

// Counts exactly on r_a·exp(0.03·(t − 2020)) for 2011–2020, with an age group that has no case.
const years = Array.from({ length: 10 }, (_, k) => 2011 + k);
const baseRates = [0, 2e-4, 5e-4];
const py = 50_000;
const input = {
  years,
  cases: baseRates.map((r) => years.map((t) => py * r * Math.exp(0.03 * (t - 2020)))),
  personYears: baseRates.map(() => years.map(() => py)),
  futureYears: [2021, 2025],
  futurePersonYears: baseRates.map(() => [60_000, 60_000]),
  weights: [0.2, 0.3, 0.5],
};

describe('loglinearProjection on exact exponential data', () => {
  it('recovers the common slope and its annual percent change', () => {
    const result = loglinearProjection(input);
    expect(result.slopes[0]).toBeCloseTo(0.03, 10);
    expect(result.annualPercentChange).toBeCloseTo(100 * (Math.exp(0.03) - 1), 8);
    expect(result.referenceYear).toBe(2020);
  });

  it('projects each rate forward at the fitted slope and an age group without cases at 0', () => {
    const result = loglinearProjection(input);
    const y2025 = result.projections[1];
    expect(y2025?.rates[0]).toBe(0);
    expect(y2025?.rates[2]).toBeCloseTo(5e-4 * Math.exp(0.15), 14);
    expect(y2025?.sums.cases.estimate).toBeCloseTo(60_000 * 7e-4 * Math.exp(0.15), 8);
    expect(y2025?.sums.asr?.estimate).toBeCloseTo((0.3 * 2e-4 + 0.5 * 5e-4) * Math.exp(0.15), 14);
  });

  it('fits separate slopes per age group and gives NaN for the group without cases', () => {
    const result = loglinearProjection({ ...input, ageModel: 'separate' });
    expect(result.slopes[0]).toBeNaN();
    expect(result.slopes[1]).toBeCloseTo(0.03, 10);
    expect(result.slopes[2]).toBeCloseTo(0.03, 10);
  });

  it('has no ASR for the all-ages total model', () => {
    const result = loglinearProjection({ ...input, ageModel: 'total' });
    expect(result.projections[0]?.sums.asr).toBeNull();
    expect(result.slopes[0]).toBeCloseTo(0.03, 10);
  });

  it('widens the interval with the projection horizon', () => {
    const result = loglinearProjection({ ...input, cases: input.cases.map((row) => row.map(Math.round)) });
    const [near, far] = result.projections;
    const width = (p: typeof near) =>
      ((p?.sums.cases.uci as number) - (p?.sums.cases.lci as number)) / (p?.sums.cases.estimate as number);
    expect(width(far)).toBeGreaterThan(width(near));
  });

  it('refuses decreasing years and a fit window of one year', () => {
    expect(() => loglinearProjection({ ...input, years: [...years].reverse() })).toThrow(/increasing/);
    expect(() => loglinearProjection({ ...input, fitYears: 1 })).toThrow(/fitYears/);
  });
});
