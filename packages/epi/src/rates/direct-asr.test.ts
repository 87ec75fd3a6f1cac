import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/direct-asr.json';
import { ageSpecificRates } from './age-specific-rates';
import { crudeRate } from './crude-rate';
import { cumulativeRate, cumulativeRisk } from './cumulative-rate';
import { directAsr } from './direct-asr';
import type { Stratum } from './stratum';
import { truncatedRate } from './truncated-rate';

// Fixture from `Rscript fixtures/r/direct-asr.R` (epitools::ageadjust.direct and base R).
// Tolerance (methods.md §5): closed forms 1e-9 relative; the gamma quantile is good to 1e-12, so the
// intervals are held to 1e-9 as well.
const relativeError = (got: number, expected: number) =>
  expected === 0 ? Math.abs(got) : Math.abs(got - expected) / Math.abs(expected);

type Case = (typeof fixture.cases)[number];
const strataOf = (c: Case): Stratum[] =>
  c.cases.map((cases, i) => ({ cases, population: c.population[i] ?? 0, weight: c.weights[i] ?? 0 }));

describe('directAsr against R', () => {
  it.each(fixture.cases)('matches the Fay–Feuer interval for $name', (c) => {
    const got = directAsr(strataOf(c), { level: c.level });
    expect(relativeError(got.rate, c.fay_feuer.rate)).toBeLessThan(1e-9);
    expect(relativeError(got.variance, c.fay_feuer.variance)).toBeLessThan(1e-9);
    expect(relativeError(got.lower, c.fay_feuer.lower)).toBeLessThan(1e-9);
    expect(relativeError(got.upper, c.fay_feuer.upper)).toBeLessThan(1e-9);
    if (c.epitools) {
      expect(relativeError(got.rate, c.epitools.rate)).toBeLessThan(1e-9);
      expect(relativeError(got.lower, c.epitools.lower)).toBeLessThan(1e-9);
      expect(relativeError(got.upper, c.epitools.upper)).toBeLessThan(1e-9);
    }
  });

  it.each(fixture.cases)('matches the Tiwari and normal intervals for $name', (c) => {
    const tiwari = directAsr(strataOf(c), { level: c.level, interval: 'tiwari' });
    expect(relativeError(tiwari.lower, c.tiwari.lower)).toBeLessThan(1e-9);
    expect(relativeError(tiwari.upper, c.tiwari.upper)).toBeLessThan(1e-9);
    const normal = directAsr(strataOf(c), { level: c.level, interval: 'normal' });
    expect(relativeError(normal.lower, c.normal.lower)).toBeLessThan(1e-9);
    expect(relativeError(normal.upper, c.normal.upper)).toBeLessThan(1e-9);
  });

  it.each(fixture.cases)('matches the cumulative and truncated rates for $name', (c) => {
    const rates = ageSpecificRates(strataOf(c));
    expect(relativeError(cumulativeRate(rates), c.cum_rate_0_74)).toBeLessThan(1e-9);
    expect(relativeError(cumulativeRisk(cumulativeRate(rates)), c.cum_risk_0_74)).toBeLessThan(1e-9);
    expect(relativeError(cumulativeRate(rates, '0-64'), c.cum_rate_0_64)).toBeLessThan(1e-9);
    expect(relativeError(cumulativeRisk(cumulativeRate(rates, '0-64')), c.cum_risk_0_64)).toBeLessThan(1e-9);
    expect(relativeError(truncatedRate(rates, c.weights), c.trunc_rate_35_64)).toBeLessThan(1e-9);
  });
});

describe('directAsr by hand', () => {
  it('weights two strata and gives the Fay–Feuer bounds from the gamma moments', () => {
    // w = 0.6, 0.4; y = 0.6·10/20000 + 0.4·30/10000 = 0.0003 + 0.0012 = 0.0015.
    const got = directAsr([
      { cases: 10, population: 20_000, weight: 6 },
      { cases: 30, population: 10_000, weight: 4 },
    ]);
    expect(relativeError(got.rate, 0.0015)).toBeLessThan(1e-14);
    // V = 0.6²·10/20000² + 0.4²·30/10000² = 9e-9 + 4.8e-8 = 5.7e-8
    expect(relativeError(got.variance, 5.7e-8)).toBeLessThan(1e-14);
    expect(got.lower).toBeLessThan(0.0015);
    expect(got.upper).toBeGreaterThan(0.0015);
  });

  it('gives lower bound 0 and upper −w_M·ln 0.025 when no case was seen', () => {
    const got = directAsr([
      { cases: 0, population: 5_000, weight: 1 },
      { cases: 0, population: 2_000, weight: 1 },
    ]);
    expect(got).toMatchObject({ rate: 0, lower: 0, variance: 0 });
    const wM = 0.5 / 2_000;
    expect(relativeError(got.upper, -wM * Math.log(0.025))).toBeLessThan(1e-13);
  });

  it('keeps an empty stratum in the weights without renormalising them', () => {
    const withEmpty = directAsr([
      { cases: 0, population: 0, weight: 1 },
      { cases: 5, population: 1_000, weight: 1 },
    ]);
    expect(withEmpty.rate).toBeCloseTo(0.0025, 15); // ½ · 5/1000, not 5/1000
    // w_M skips the empty stratum (its w/p would be infinite).
    expect(Number.isFinite(withEmpty.upper)).toBe(true);
  });

  it('gives the normal interval symmetric and unclipped below 0', () => {
    const got = directAsr([{ cases: 1, population: 1_000, weight: 1 }], { interval: 'normal' });
    expect(got.lower).toBeLessThan(0);
    expect(relativeError(got.upper - got.rate, got.rate - got.lower)).toBeLessThan(1e-12);
  });

  it('rejects cases without population, naming the stratum', () => {
    expect(() => directAsr([{ cases: 2, population: 0, weight: 1 }])).toThrow(/stratum 0 has 2 cases/);
    expect(() => directAsr([{ cases: -1, population: 10, weight: 1 }])).toThrow(/-1/);
    expect(() => directAsr([{ cases: 0, population: 0, weight: 1 }])).toThrow(/population 0/);
    expect(() => directAsr([])).toThrow(/no strata/);
  });
});

describe('crude, cumulative and truncated rates by hand', () => {
  it('gives the crude rate per person-year', () => {
    expect(crudeRate(25, 500_000) * 1e5).toBeCloseTo(5, 12);
    expect(() => crudeRate(1, 0)).toThrow(/population/);
  });

  it('sums rate × width over 0 … 70-74 for the cumulative rate, 75 years in all', () => {
    const rates = Array<number>(19).fill(1e-4);
    expect(cumulativeRate(rates)).toBeCloseTo(0.75, 14);
    expect(cumulativeRate(rates, '0-64')).toBeCloseTo(0.65, 14);
    // 85+ and 75-84 never count.
    const old = [...Array<number>(16).fill(0), 1, 1, 1];
    expect(cumulativeRate(old)).toBe(0);
  });

  it('turns a cumulative rate of 10 % into a risk of 1 − e^−0.1', () => {
    expect(cumulativeRisk(10)).toBeCloseTo(100 * (1 - Math.exp(-0.1)), 13);
  });

  it('weights ages 35–64 with Segi 6000, 6000, 6000, 5000, 4000, 4000 for the truncated rate', () => {
    const segi = [
      2400, 9600, 10000, 9000, 9000, 8000, 8000, 6000, 6000, 6000, 6000, 5000, 4000, 4000, 3000, 2000, 1000,
      500, 500,
    ];
    const rates = Array<number>(19).fill(0);
    rates[8] = 6e-4; // 35-39
    rates[13] = 3e-4; // 60-64
    expect(truncatedRate(rates, segi)).toBeCloseTo((6000 * 6e-4 + 4000 * 3e-4) / 31_000, 15);
  });
});
