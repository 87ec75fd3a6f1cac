import { describe, expect, it } from 'vitest';
import joinpointFixture from '../../fixtures/trend-joinpoint.json';
import fixture from '../../fixtures/trend-permutation.json';
import { prepareSeries } from './joinpoint-design';
import { buildJoinpointSseTree } from './joinpoint-sse-tree';
import { joinpointPermutationTest } from './permutation-test';
import { createSeededRandom } from './seeded-random';

// Fixture from `Rscript fixtures/r/trend-permutation.R`: the same test written in R with .lm.fit grid
// searches and R's own random numbers (N = 1 999). The observed statistic is deterministic (1e-9); the
// p-values are Monte Carlo estimates from different streams, so they must agree within 4.5 standard
// errors of their difference, √(p(1 − p)(1/N₁ + 1/N₂)).
describe('joinpointPermutationTest against an R permutation test', () => {
  const cases = fixture.tests.map((t) => ({
    ...t,
    name: `${t.series}, ${t.null_k} against ${t.alt_k} joinpoints`,
  }));
  it.each(cases)('agrees on $name', (reference) => {
    const points = joinpointFixture.series.find((s) => s.name === reference.series)!.points;
    const series = prepareSeries(points);
    const tree = buildJoinpointSseTree(series, reference.alt_k);
    const permutations = 4499;
    const got = joinpointPermutationTest(
      series,
      tree,
      reference.null_k,
      reference.alt_k,
      permutations,
      createSeededRandom(11),
      0.05,
    );
    expect(Math.abs(got.statistic - reference.statistic) / reference.statistic).toBeLessThan(1e-9);
    const p = (got.pValue + reference.p_value) / 2;
    const se = Math.sqrt(p * (1 - p) * (1 / permutations + 1 / reference.permutations));
    expect(Math.abs(got.pValue - reference.p_value)).toBeLessThan(4.5 * se + 1 / permutations);
  });
});
