import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/projection-reference.json';
import { type LoglinearAgeModel, loglinearProjection } from './loglinear-projection';
import { nordpredProjection } from './nordpred';
import type { PoissonLink } from './poisson-glm';

// Fixture from `Rscript fixtures/r/projection-reference.R` (glm() fits to epsilon 1e-13 and an R
// re-implementation of the Nordpred projection); brief: agreement to 1e-6 relative.
const TOLERANCE = 1e-6;

type Matrix = number[][];
interface Dataset {
  cases: Matrix;
  population: Matrix;
  future_population: Matrix;
}
const datasets = fixture.datasets as Record<string, Dataset>;

function relativeError(got: number, expected: number): number {
  return Math.abs(got - expected) / Math.max(Math.abs(expected), 1e-300);
}

function maxRelativeError(got: ArrayLike<number>, expected: readonly number[]): number {
  expect(got.length).toBe(expected.length);
  let worst = 0;
  expected.forEach((e, i) => {
    worst = Math.max(worst, relativeError(got[i] as number, e));
  });
  return worst;
}

/** 19 age groups → 18 (0 and 1-4 → 0-4), years → consecutive 5-year sums. */
function toNordpred(matrix: Matrix, periods: number): Matrix {
  const rows = [matrix[0]?.map((v, t) => v + (matrix[1]?.[t] as number)) ?? [], ...matrix.slice(2)];
  return rows.map((row) =>
    Array.from({ length: periods }, (_, p) => row.slice(5 * p, 5 * p + 5).reduce((s, v) => s + v, 0)),
  );
}

describe('nordpredProjection against R glm() and an R re-implementation', () => {
  it.each(fixture.nordpred.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const data = datasets[c.dataset] as Dataset;
    const result = nordpredProjection({
      cases: toNordpred(data.cases, 6),
      personYears: toNordpred(data.population, 6),
      futurePersonYears: toNordpred(data.future_population, 6).map((row) => row.slice(0, c.future_periods)),
      basePeriods: c.base_candidates,
      startEstimationAge: c.start_estimation_age,
      startUseAge: c.start_use_age,
      ...(c.recent_option === undefined ? {} : { recent: c.recent_option as boolean }),
      cutTrend: c.cut_trend,
      link: c.link as PoissonLink,
      weights: fixture.weights18,
    });
    const e = c.expected;
    expect(result.basePeriods).toBe(e.base_periods);
    expect(result.recent).toBe(e.recent);
    expect(maxRelativeError(result.fit.coefficients, e.coefficients)).toBeLessThan(TOLERANCE);
    expect(maxRelativeError(result.fit.fitted, e.fitted)).toBeLessThan(TOLERANCE);
    const diagonal = Array.from(
      e.coefficients,
      (_, k) => result.fit.covariance[k * e.coefficients.length + k] as number,
    );
    expect(maxRelativeError(diagonal, e.covariance_diagonal)).toBeLessThan(TOLERANCE);
    expect(relativeError(result.fit.deviance, e.deviance)).toBeLessThan(TOLERANCE);
    expect(relativeError(result.goodnessOfFitPValue, e.goodness_of_fit_p)).toBeLessThan(TOLERANCE);
    expect(Math.abs(result.curvaturePValue - e.curvature_p)).toBeLessThan(
      TOLERANCE * Math.max(e.curvature_p, 1e-12),
    );
    expect(relativeError(result.dispersion, e.dispersion)).toBeLessThan(TOLERANCE);
    expect(result.periods).toHaveLength(c.future_periods);
    result.periods.forEach((period, j) => {
      const want = e.periods[j] as (typeof e.periods)[number];
      expect(maxRelativeError(period.rates, e.rates[j] as number[])).toBeLessThan(TOLERANCE);
      expect(relativeError(period.sums.cases.estimate, want.cases)).toBeLessThan(TOLERANCE);
      expect(relativeError(period.sums.cases.seExpected, want.cases_se_expected)).toBeLessThan(TOLERANCE);
      expect(relativeError(period.sums.cases.sePredicted, want.cases_se_predicted)).toBeLessThan(TOLERANCE);
      expect(period.sums.personYears).toBe(want.person_years);
      expect(relativeError(period.sums.asr?.estimate ?? Number.NaN, want.asr)).toBeLessThan(TOLERANCE);
      expect(relativeError(period.sums.asr?.seExpected ?? Number.NaN, want.asr_se_expected)).toBeLessThan(
        TOLERANCE,
      );
      expect(relativeError(period.sums.asr?.sePredicted ?? Number.NaN, want.asr_se_predicted)).toBeLessThan(
        TOLERANCE,
      );
    });
  });
});

describe('loglinearProjection against R glm()', () => {
  it.each(fixture.loglinear.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const data = datasets[c.dataset] as Dataset;
    const result = loglinearProjection({
      years: fixture.years,
      cases: data.cases,
      personYears: data.population,
      futureYears: fixture.future_years.slice(0, c.future_years),
      futurePersonYears: data.future_population.map((row) => row.slice(0, c.future_years)),
      ageModel: c.age_model as LoglinearAgeModel,
      fitYears: c.fit_years,
      weights: fixture.weights19,
    });
    const e = c.expected;
    expect(maxRelativeError(result.fit.coefficients, e.coefficients)).toBeLessThan(TOLERANCE);
    expect(relativeError(result.fit.deviance, e.deviance)).toBeLessThan(TOLERANCE);
    expect(relativeError(result.dispersion, e.dispersion)).toBeLessThan(TOLERANCE);
    result.projections.forEach((projection, f) => {
      const want = e.projections[f] as (typeof e.projections)[number] & {
        asr?: number;
        asr_se_expected?: number;
        asr_se_predicted?: number;
      };
      expect(projection.year).toBe(want.year);
      expect(relativeError(projection.sums.cases.estimate, want.cases)).toBeLessThan(TOLERANCE);
      expect(relativeError(projection.sums.cases.seExpected, want.cases_se_expected)).toBeLessThan(TOLERANCE);
      expect(relativeError(projection.sums.cases.sePredicted, want.cases_se_predicted)).toBeLessThan(
        TOLERANCE,
      );
      if (want.asr === undefined) {
        expect(projection.sums.asr).toBeNull();
      } else {
        expect(relativeError(projection.sums.asr?.estimate ?? Number.NaN, want.asr)).toBeLessThan(TOLERANCE);
        expect(
          relativeError(projection.sums.asr?.seExpected ?? Number.NaN, want.asr_se_expected ?? Number.NaN),
        ).toBeLessThan(TOLERANCE);
        expect(
          relativeError(projection.sums.asr?.sePredicted ?? Number.NaN, want.asr_se_predicted ?? Number.NaN),
        ).toBeLessThan(TOLERANCE);
      }
    });
  });
});
