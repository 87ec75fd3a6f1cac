import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/smoothing-eb.json';
import { areaSirs } from './area-sir';
import { empiricalBayesSmoothing } from './empirical-bayes';
import { smoothedSirTable } from './smoothed-sir-table';

// Fixture from `Rscript fixtures/r/smoothing-eb.R`: SIRs with poisson.test intervals, the Clayton–
// Kaldor iteration of DCluster::empbaysmooth and Marshall's global estimator written out in R, and
// qgamma posterior intervals. Closed forms and iterations done in the same order: 1e-9 relative; the
// gamma quantiles are good to ~1e-12, so the intervals are held to 1e-9 as well.
const relativeError = (got: number, expected: number) =>
  expected === 0 ? Math.abs(got) : Math.abs(got - expected) / Math.abs(expected);

type Case = (typeof fixture.cases)[number];
const sirsOf = (c: Case) => areaSirs(c.areas, c.reference_rates ? { referenceRates: c.reference_rates } : {});

describe('areaSirs against R', () => {
  it.each(fixture.cases)('matches poisson.test for $name', (c) => {
    const got = sirsOf(c);
    let worst = 0;
    got.forEach((area, i) => {
      const r = c.sir[i]!;
      expect(area.area).toBe(c.areas[i]!.area);
      expect(area.observed).toBe(r.observed);
      for (const [g, e] of [
        [area.expected, r.expected],
        [area.sir, r.sir],
        [area.lower, r.lower],
        [area.upper, r.upper],
      ] as const) {
        worst = Math.max(worst, relativeError(g, e));
      }
    });
    expect(worst).toBeLessThan(1e-9);
  });

  it('standardises internally so that observed and expected totals agree', () => {
    const c = fixture.cases.find((x) => x.internal)!;
    const got = areaSirs(c.areas);
    const observed = got.reduce((s, a) => s + a.observed, 0);
    const expected = got.reduce((s, a) => s + a.expected, 0);
    expect(relativeError(expected, observed)).toBeLessThan(1e-12);
  });

  it('rejects an area without person-years, naming it', () => {
    const areas = [
      { area: 'A', cases: [1, 2], population: [100, 200] },
      { area: 'B', cases: [0, 0], population: [0, 0] },
    ];
    expect(() => areaSirs(areas)).toThrow(/area B/);
    expect(() => areaSirs([{ area: 'C', cases: [1.5], population: [10] }])).toThrow(/area C/);
  });
});

describe('empiricalBayesSmoothing against R', () => {
  it.each(fixture.cases)('matches the Clayton–Kaldor iteration for $name', (c) => {
    const got = empiricalBayesSmoothing(sirsOf(c));
    const r = c.clayton_kaldor;
    expect(got.iterations).toBe(r.iterations);
    expect(relativeError(got.prior.shape!, r.nu)).toBeLessThan(1e-9);
    expect(relativeError(got.prior.rate!, r.alpha)).toBeLessThan(1e-9);
    let worst = 0;
    got.areas.forEach((area, i) => {
      worst = Math.max(
        worst,
        relativeError(area.smoothedSir, r.smoothed[i]!),
        relativeError(area.lower, r.lower[i]!),
        relativeError(area.upper, r.upper[i]!),
      );
    });
    expect(worst).toBeLessThan(1e-9);
  });

  it.each(fixture.cases)('matches Marshall’s global estimator for $name', (c) => {
    const got = empiricalBayesSmoothing(sirsOf(c), { method: 'marshall' });
    const r = c.marshall;
    expect(relativeError(got.prior.mean, r.mean)).toBeLessThan(1e-9);
    expect(relativeError(got.prior.variance, r.variance)).toBeLessThan(1e-9);
    let worst = 0;
    got.areas.forEach((area, i) => {
      worst = Math.max(
        worst,
        relativeError(area.smoothedSir, r.smoothed[i]!),
        relativeError(area.lower, r.lower[i]!),
        relativeError(area.upper, r.upper[i]!),
      );
    });
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('empiricalBayesSmoothing', () => {
  it('pulls small areas towards the mean more than large ones', () => {
    const got = empiricalBayesSmoothing(
      [
        { area: 'small', observed: 4, expected: 1 },
        { area: 'large', observed: 400, expected: 100 },
        { area: 'a', observed: 50, expected: 60 },
        { area: 'b', observed: 30, expected: 45 },
        { area: 'c', observed: 90, expected: 80 },
      ],
      { method: 'marshall' },
    );
    const [small, large] = got.areas;
    expect(small!.shrinkageWeight).toBeLessThan(large!.shrinkageWeight);
    expect(Math.abs(small!.smoothedSir - small!.sir)).toBeGreaterThan(
      Math.abs(large!.smoothedSir - large!.sir),
    );
    for (const area of got.areas) {
      expect(area.lower).toBeLessThan(area.smoothedSir);
      expect(area.upper).toBeGreaterThan(area.smoothedSir);
    }
  });

  it('gives every area the mean when Marshall finds no extra-Poisson variation', () => {
    const areas = [
      { observed: 10, expected: 10 },
      { observed: 20, expected: 20 },
      { observed: 30, expected: 30 },
    ];
    const got = empiricalBayesSmoothing(areas, { method: 'marshall' });
    expect(got.prior).toEqual({ shape: null, rate: null, mean: 1, variance: 0 });
    for (const area of got.areas) expect(area).toMatchObject({ smoothedSir: 1, lower: 1, upper: 1 });
    // Clayton–Kaldor: the SIRs have no spread at all, so the same.
    expect(empiricalBayesSmoothing(areas).prior.variance).toBe(0);
  });

  it('rejects an area with no expected count or a fractional observed count, naming it', () => {
    expect(() =>
      empiricalBayesSmoothing([
        { area: 'X', observed: 1, expected: 0 },
        { area: 'Y', observed: 1, expected: 1 },
      ]),
    ).toThrow(/area X/);
    expect(() =>
      empiricalBayesSmoothing([
        { observed: 1.5, expected: 1 },
        { observed: 1, expected: 1 },
      ]),
    ).toThrow(/area 0/);
  });
});

describe('smoothedSirTable', () => {
  it('puts the raw and smoothed SIR of each area of the R case in one row', () => {
    const c = fixture.cases[0]!;
    const table = smoothedSirTable(c.areas, { referenceRates: c.reference_rates! });
    expect(table.method).toBe('clayton-kaldor');
    expect(table.rows.map((r) => r.area)).toEqual(c.areas.map((a) => a.area));
    table.rows.forEach((row, i) => {
      expect(relativeError(row.sir_uci, c.sir[i]!.upper)).toBeLessThan(1e-9);
      expect(relativeError(row.smoothed_sir, c.clayton_kaldor.smoothed[i]!)).toBeLessThan(1e-9);
      expect(relativeError(row.smoothed_lci, c.clayton_kaldor.lower[i]!)).toBeLessThan(1e-9);
    });
  });
});
