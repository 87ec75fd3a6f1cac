import { describe, expect, it } from 'vitest';
import { fitPoissonGlm, GlmFitError } from './poisson-glm';

describe('fitPoissonGlm', () => {
  it('gives ln(Σy/ΣE) and variance 1/Σy for an intercept-only log-link model', () => {
    const fit = fitPoissonGlm({
      design: Float64Array.from([1, 1, 1]),
      rows: 3,
      columns: 1,
      counts: [3, 7, 10],
      exposure: [1000, 2000, 3000],
      link: 'log',
    });
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(20 / 6000), 12);
    expect(fit.covariance[0]).toBeCloseTo(1 / 20, 12);
    expect(fit.dfResidual).toBe(2);
  });

  it('recovers the coefficients of counts lying exactly on a power-5 curve, with deviance 0', () => {
    // rate^(1/5) = 0.2 + 0.01·t for t = 1…6, exposure 10⁵: counts need not be integers.
    const t = [1, 2, 3, 4, 5, 6];
    const exposure = t.map(() => 1e5);
    const counts = t.map((x) => 1e5 * (0.2 + 0.01 * x) ** 5);
    const fit = fitPoissonGlm({
      design: Float64Array.from(t.flatMap((x) => [1, x])),
      rows: 6,
      columns: 2,
      counts,
      exposure,
      link: 'power5',
    });
    expect(fit.coefficients[0]).toBeCloseTo(0.2, 10);
    expect(fit.coefficients[1]).toBeCloseTo(0.01, 10);
    expect(fit.deviance).toBeLessThan(1e-12);
    fit.fitted.forEach((mu, i) => {
      expect(mu).toBeCloseTo(counts[i] as number, 8);
    });
  });

  it('fits two groups exactly with a log link: each coefficient is the log of its group rate', () => {
    const fit = fitPoissonGlm({
      design: Float64Array.from([1, 0, 1, 0, 0, 1, 0, 1]),
      rows: 4,
      columns: 2,
      counts: [5, 15, 0, 4],
      exposure: [100, 300, 50, 50],
      link: 'log',
    });
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(20 / 400), 12);
    expect(fit.coefficients[1]).toBeCloseTo(Math.log(4 / 100), 12);
  });

  it('throws a GlmFitError naming the iterations when IRLS has not converged', () => {
    const input = {
      design: Float64Array.from([1, 1, 1, 2, 1, 3]),
      rows: 3,
      columns: 2,
      counts: [3, 8, 20],
      exposure: [100, 100, 100],
      link: 'log' as const,
    };
    expect(() => fitPoissonGlm({ ...input, maxIterations: 1 })).toThrow(/did not converge in 1 iterations/);
    expect(() => fitPoissonGlm({ ...input, maxIterations: 1 })).toThrow(GlmFitError);
  });

  it('throws a GlmFitError for a design whose columns are collinear', () => {
    expect(() =>
      fitPoissonGlm({
        design: Float64Array.from([1, 2, 1, 2, 1, 2]),
        rows: 3,
        columns: 2,
        counts: [1, 2, 3],
        exposure: [10, 10, 10],
        link: 'log',
      }),
    ).toThrow(/rank deficient/);
  });

  it('rejects a negative count and a zero exposure, naming the entry', () => {
    const base = { design: Float64Array.from([1, 1]), rows: 2, columns: 1, link: 'log' as const };
    expect(() => fitPoissonGlm({ ...base, counts: [1, -1], exposure: [1, 1] })).toThrow(/count 1/);
    expect(() => fitPoissonGlm({ ...base, counts: [1, 1], exposure: [0, 1] })).toThrow(/exposure 0/);
  });
});
