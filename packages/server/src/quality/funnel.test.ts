import { describe, expect, it } from 'vitest';
import fixture from './fixtures/funnel-limits.json';
import { binomialCdf, binomialQuantile, funnelCurve, funnelLimit, funnelPoint, funnelSignal } from './funnel';

describe('binomial distribution', () => {
  it('gives hand-computed probabilities for Bin(4, 0.5)', () => {
    // P(X ≤ 1) = (1 + 4) / 16; P(X ≤ 2) = 11/16.
    expect(binomialCdf(1, 4, 0.5)).toBeCloseTo(5 / 16, 14);
    expect(binomialCdf(2, 4, 0.5)).toBeCloseTo(11 / 16, 14);
    expect(binomialCdf(-1, 4, 0.5)).toBe(0);
    expect(binomialCdf(4, 4, 0.5)).toBe(1);
    expect(binomialQuantile(0.3125, 4, 0.5)).toBe(1);
    expect(binomialQuantile(0.32, 4, 0.5)).toBe(2);
  });
});

describe('funnel limits', () => {
  it('interpolates a hand-computed limit for n = 4, θ = 0.5', () => {
    // qbinom(0.975, 4, .5) = 4 (F(3) = 15/16 < .975); α = (1 − .975) / (1 − 15/16) = 0.4 → (4 − 0.4)/4.
    expect(funnelLimit(0.975, 4, 0.5)).toBeCloseTo(0.9, 12);
    // Lower: qbinom(.025) = 0 (F(0) = 1/16 ≥ .025); α = (1/16 − .025)/(1/16) = 0.6 → −0.15, clamped to 0.
    expect(funnelLimit(0.025, 4, 0.5)).toBe(0);
  });

  it.each(fixture.cases)('matches R qbinom/pbinom for n = $n, θ = $theta', (c) => {
    const got = funnelPoint(c.n, c.theta);
    // Same closed form on the same quantile; the beta continued fraction agrees with pbinom to ~1e-12.
    expect(Math.abs(got.lower95 - Math.max(0, c.lower95))).toBeLessThan(1e-9);
    expect(Math.abs(got.upper95 - Math.min(1, c.upper95))).toBeLessThan(1e-9);
    expect(Math.abs(got.lower998 - Math.max(0, c.lower998))).toBeLessThan(1e-9);
    expect(Math.abs(got.upper998 - Math.min(1, c.upper998))).toBeLessThan(1e-9);
    expect(binomialQuantile(0.975, c.n, c.theta)).toBe(c.qbinom975);
  });

  it('does not flag a small hospital that a fixed threshold would flag', () => {
    // 2 of 5 (40 %) against an overall 20 %: inside the funnel; 80 of 200 (40 %) is far outside.
    expect(funnelSignal(2, 5, 0.2)).toBe('inside');
    expect(funnelSignal(80, 200, 0.2)).toBe('alarm_high');
    expect(funnelSignal(28, 100, 0.2)).toBe('alert_high');
    expect(funnelSignal(5, 100, 0.2)).toBe('alarm_low');
  });

  it('draws a curve that narrows as n grows and contains every unit n', () => {
    const curve = funnelCurve(0.3, [7, 250]);
    expect(curve.map((p) => p.n)).toEqual(expect.arrayContaining([1, 7, 250]));
    const first = curve[0]!;
    const last = curve[curve.length - 1]!;
    expect(last.n).toBeGreaterThanOrEqual(250);
    expect(last.upper998 - last.lower998).toBeLessThan(first.upper998 - first.lower998);
    expect(funnelPoint(10, 0)).toEqual({ n: 10, lower95: 0, upper95: 0, lower998: 0, upper998: 0 });
  });
});
