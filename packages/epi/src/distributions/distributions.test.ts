import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/distributions.json';
import { betaQuantile } from './beta-quantile';
import { chiSquareQuantile } from './chi-square-quantile';
import { fQuantile } from './f-quantile';
import { gammaQuantile } from './gamma-quantile';
import { logGamma } from './log-gamma';
import { normalQuantile } from './normal-quantile';
import { poissonExactCi } from './poisson-exact-ci';
import { regularizedGamma } from './regularized-gamma';
import { studentTQuantile } from './student-t-quantile';

// Fixture from `Rscript fixtures/r/distributions.R` (R 4.2 qgamma, qchisq, qnorm, qt, qf, qbeta,
// poisson.test). Tolerance: 1e-12 relative (the brief's target for the gamma quantile).
const relativeError = (got: number, expected: number) =>
  expected === 0 ? Math.abs(got) : Math.abs(got - expected) / Math.abs(expected);

function maxRelativeError<T>(cases: readonly T[], err: (c: T) => number): number {
  let worst = 0;
  for (const c of cases) worst = Math.max(worst, err(c));
  return worst;
}

describe('distribution quantiles against R', () => {
  it('gammaQuantile matches qgamma over shapes 0.05 … 250 000 and tails 1e-10 … 1 − 1e-6', () => {
    const worst = maxRelativeError(fixture.gamma, (c) =>
      relativeError(gammaQuantile(c.p, c.shape, c.scale), c.expected),
    );
    expect(worst).toBeLessThan(1e-12);
  });

  it('chiSquareQuantile matches qchisq', () => {
    const worst = maxRelativeError(fixture.chisq, (c) =>
      relativeError(chiSquareQuantile(c.p, c.df), c.expected),
    );
    expect(worst).toBeLessThan(1e-12);
  });

  it('normalQuantile matches qnorm down to p = 1e-300', () => {
    const worst = maxRelativeError(fixture.normal, (c) => relativeError(normalQuantile(c.p), c.expected));
    expect(worst).toBeLessThan(1e-14);
  });

  it('studentTQuantile matches qt for df 1 … 1000', () => {
    const worst = maxRelativeError(fixture.t, (c) => relativeError(studentTQuantile(c.p, c.df), c.expected));
    // Measured 1.4e-12 at df = 1000 (the beta prefactor's ln Γ differences lose a few digits there).
    expect(worst).toBeLessThan(5e-12);
  });

  it('fQuantile matches qf with fractional degrees of freedom', () => {
    // R's qf(0.001, 1, df2 > 1) is itself off by up to 3.6e-8 (it forms 1/(1 − B) with B near 1);
    // those cases are checked against a 50-digit mpmath bisection below instead.
    const cases = fixture.f.filter((c) => !(c.p === 0.001 && c.df1 === 1 && c.df2 > 1));
    const worst = maxRelativeError(cases, (c) => relativeError(fQuantile(c.p, c.df1, c.df2), c.expected));
    expect(worst).toBeLessThan(1e-10); // measured 3.6e-11, at qf(0.999, 1, 1) ≈ 4e5
    expect(relativeError(fQuantile(0.001, 1, 500), 1.5723687334958823e-6)).toBeLessThan(1e-11);
    expect(relativeError(fQuantile(0.001, 1, 20), 1.610545406337234e-6)).toBeLessThan(1e-11);
    expect(relativeError(fQuantile(0.999, 10, 1), 605620.9712239099)).toBeLessThan(1e-11);
  });

  it('betaQuantile matches qbeta', () => {
    const worst = maxRelativeError(fixture.beta, (c) =>
      relativeError(betaQuantile(c.p, c.a, c.b), c.expected),
    );
    expect(worst).toBeLessThan(1e-12);
  });

  it('poissonExactCi matches poisson.test, including a count of 0', () => {
    const worst = maxRelativeError(fixture.poisson, (c) => {
      const got = poissonExactCi(c.count, c.level);
      return Math.max(relativeError(got.lower, c.lower), relativeError(got.upper, c.upper));
    });
    expect(worst).toBeLessThan(1e-12);
  });
});

describe('distribution functions by hand', () => {
  it('logGamma gives ln((n − 1)!) at whole numbers and ln √π at ½', () => {
    expect(logGamma(1)).toBeCloseTo(0, 15);
    expect(relativeError(logGamma(5), Math.log(24))).toBeLessThan(1e-14);
    expect(relativeError(logGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
    expect(relativeError(logGamma(171), 706.57306224578747)).toBeLessThan(1e-14); // R lgamma(171)
  });

  it('regularizedGamma with shape 1 is the exponential distribution', () => {
    const { lower, upper } = regularizedGamma(1, 2);
    expect(relativeError(upper, Math.exp(-2))).toBeLessThan(1e-14);
    expect(relativeError(lower, 1 - Math.exp(-2))).toBeLessThan(1e-14);
  });

  it('gammaQuantile with shape 1 is −scale·ln(1 − p), the zero-case Fay–Feuer bound', () => {
    expect(relativeError(gammaQuantile(0.975, 1, 3e-5), -3e-5 * Math.log(0.025))).toBeLessThan(1e-13);
    expect(gammaQuantile(0, 2)).toBe(0);
    expect(gammaQuantile(1, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it('normalQuantile gives the 1.959964 of the normal-approximation interval', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('studentTQuantile with one degree of freedom is the Cauchy quantile tan(π(p − ½))', () => {
    expect(relativeError(studentTQuantile(0.9, 1), Math.tan(Math.PI * 0.4))).toBeLessThan(1e-12);
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBe(normalQuantile(0.975));
  });

  it('rejects arguments out of range naming the value', () => {
    expect(() => gammaQuantile(1.2, 1)).toThrow(/1\.2/);
    expect(() => gammaQuantile(0.5, 0)).toThrow(/shape/);
    expect(() => chiSquareQuantile(0.5, -1)).toThrow(/-1/);
    expect(() => poissonExactCi(1.5)).toThrow(/1\.5/);
    expect(() => studentTQuantile(0.5, 0)).toThrow(/df/);
  });
});
