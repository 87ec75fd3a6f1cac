import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/direct-asr.json';
import { indirectStandardisation } from './indirect-standardisation';
import { proportions } from './proportions';
import { rankSites } from './rank-sites';
import { standardisedRateRatio } from './rate-ratio';
import type { Stratum } from './stratum';

// Fixture from `Rscript fixtures/r/direct-asr.R`: Fay (1999) F interval written out with R's qf, and
// poisson.test for the SIR. R's qf can be off by ~1e-8 in extreme corners (see distributions.test),
// so the interval is held to 1e-8 here; the ratios themselves are closed forms (1e-9).
const relativeError = (got: number, expected: number) => Math.abs(got - expected) / Math.abs(expected);

const strata = (index: number): Stratum[] => {
  const c = fixture.cases[index - 1];
  if (!c) throw new Error(`no fixture case ${index}`);
  return c.cases.map((cases, i) => ({ cases, population: c.population[i] ?? 0, weight: c.weights[i] ?? 0 }));
};

describe('standardisedRateRatio against R', () => {
  it.each(fixture.rate_ratios)('matches the $name interval', (c) => {
    const got = standardisedRateRatio(strata(c.numerator), strata(c.reference), {
      interval: c.interval as 'fay' | 'tiwari',
    });
    expect(relativeError(got.ratio, c.expected.ratio)).toBeLessThan(1e-9);
    expect(relativeError(got.lower, c.expected.lower)).toBeLessThan(1e-8);
    expect(relativeError(got.upper, c.expected.upper)).toBeLessThan(1e-8);
  });

  it('gives lower 0 when the numerator has no events and ∞ when the reference has none', () => {
    const none: Stratum[] = [{ cases: 0, population: 1000, weight: 1 }];
    const some: Stratum[] = [{ cases: 4, population: 1000, weight: 1 }];
    expect(standardisedRateRatio(none, some)).toMatchObject({ ratio: 0, lower: 0 });
    expect(standardisedRateRatio(some, none).upper).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('indirectStandardisation', () => {
  it('matches poisson.test(O, E) for the SIR', () => {
    const s = fixture.sir;
    const got = indirectStandardisation(
      s.observed,
      s.population.map((population, i) => ({ population, referenceRate: s.reference_rate[i] ?? 0 })),
    );
    expect(relativeError(got.expected, s.expected)).toBeLessThan(1e-9);
    expect(relativeError(got.ratio, s.ratio)).toBeLessThan(1e-9);
    expect(relativeError(got.lower, s.lower)).toBeLessThan(1e-9);
    expect(relativeError(got.upper, s.upper)).toBeLessThan(1e-9);
  });

  it('gives SIR 1.5 for 12 cases where 8 were expected, and lower 0 for none', () => {
    expect(indirectStandardisation(12, [{ population: 10_000, referenceRate: 8e-4 }]).ratio).toBeCloseTo(
      1.5,
      14,
    );
    expect(indirectStandardisation(0, [{ population: 10_000, referenceRate: 8e-4 }]).lower).toBe(0);
    expect(() => indirectStandardisation(1, [{ population: 0, referenceRate: 1 }])).toThrow(/expected/);
  });
});

describe('proportions and ranking', () => {
  it('gives shares of the total in per cent, null when there is nothing', () => {
    expect(proportions([1, 3])).toEqual([25, 75]);
    expect(proportions([0, 0])).toEqual([null, null]);
  });

  it('ranks by count with shared ranks for ties and shares of the whole total', () => {
    const ranked = rankSites(
      [
        { key: 'C16', count: 5 },
        { key: 'C34', count: 9 },
        { key: 'C22', count: 5 },
        { key: 'C50', count: 1 },
      ],
      2,
    );
    expect(ranked.map((r) => [r.key, r.rank])).toEqual([
      ['C34', 1],
      ['C16', 2],
      ['C22', 2],
    ]);
    expect(ranked[0]?.percent).toBeCloseTo(45, 12);
  });
});
