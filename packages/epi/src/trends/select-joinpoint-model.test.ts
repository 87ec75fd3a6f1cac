import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/trend-joinpoint.json';
import { joinpointPartialR2Max } from './information-criteria';
import { prepareSeries } from './joinpoint-design';
import { gridSearchJoinpoints } from './joinpoint-grid';
import { buildJoinpointSseTree } from './joinpoint-sse-tree';
import { type JoinpointSelection, selectJoinpointModel } from './select-joinpoint-model';

// BIC, WBIC and R²max from `Rscript fixtures/r/trend-joinpoint.R` (closed forms: 1e-9 relative).
const relativeError = (got: number, expected: number) => Math.abs(got - expected) / Math.abs(expected);
type Reference = (typeof fixture.series)[number]['fits'][number];
const isFitted = (f: Reference): f is Extract<Reference, { sse: number }> => 'sse' in f;
const seriesNamed = (name: string) => fixture.series.find((s) => s.name === name)!;

describe('joinpoint SSE tree', () => {
  it('gives the same smallest SSE for every k as fitting each position set by QR', () => {
    for (const series of fixture.series) {
      const prepared = prepareSeries(series.points);
      const fitted = series.fits.filter((f) => 'sse' in f);
      const maxK = fitted.length - 1;
      const tree = buildJoinpointSseTree(prepared, maxK);
      const out = new Float64Array(maxK + 1);
      tree.minimumSse(
        Float64Array.from(prepared.logRate, (y, i) => Math.sqrt(prepared.weights[i]!) * y),
        maxK,
        out,
      );
      for (let k = 0; k <= maxK; k++) {
        expect(relativeError(out[k]!, gridSearchJoinpoints(prepared, k)!.sse)).toBeLessThan(1e-9);
      }
    }
  });
});

describe('selectJoinpointModel by BIC and WBIC', () => {
  it.each(fixture.series)('matches R for $name', (series) => {
    const prepared = prepareSeries(series.points);
    for (const method of ['bic', 'wbic'] as const) {
      const got = selectJoinpointModel(series.points, { maxJoinpoints: 3, method }) as JoinpointSelection;
      expect(got.selectedK).toBe(series.selected[method]);
      expect(got.fit.k).toBe(series.selected[method]);
      got.candidates.forEach((candidate) => {
        const reference = series.fits[candidate.k]!;
        if (!isFitted(reference)) throw new Error(`R has no fit for k = ${candidate.k}`);
        expect(candidate.joinpoints).toEqual(reference.joinpoints);
        expect(relativeError(candidate.bic, reference.bic)).toBeLessThan(1e-9);
        expect(relativeError(candidate.wbic, reference.wbic)).toBeLessThan(1e-9);
        const positions = reference.positions;
        const r2 = joinpointPartialR2Max(prepared, positions);
        expect(Math.abs(r2 - reference.r2max)).toBeLessThan(1e-9);
      });
    }
  });

  it('searches only the k whose models exist for a short series', () => {
    const got = selectJoinpointModel(seriesNamed('minimum_k2').points, { maxJoinpoints: 3, method: 'bic' });
    expect(got).toMatchObject({ maxJoinpoints: 3, searchedMaxJoinpoints: 2 });
    expect((got as JoinpointSelection).candidates.map((c) => c.k)).toEqual([0, 1, 2]);
  });

  it('reports that no model exists for fewer than three years', () => {
    const points = [
      { year: 2018, count: 5, population: 1000 },
      { year: 2019, count: 6, population: 1000 },
    ];
    expect(selectJoinpointModel(points, { maxJoinpoints: 2 })).toEqual({
      status: 'model_does_not_exist',
      n: 2,
      minimumObservations: 3,
    });
  });
});

describe('selectJoinpointModel by permutation test', () => {
  it('finds the joinpoints of series with clear changes in trend', () => {
    for (const [name, k] of [
      ['one_joinpoint', 1],
      ['two_joinpoints', 2],
      ['three_joinpoints', 3],
    ] as const) {
      const got = selectJoinpointModel(seriesNamed(name).points, { maxJoinpoints: 3, permutations: 999 });
      expect((got as JoinpointSelection).selectedK).toBe(k);
    }
  });

  it('runs Joinpoint’s sequence of tests with levels α/(K − k_a)', () => {
    const got = selectJoinpointModel(seriesNamed('two_joinpoints').points, {
      maxJoinpoints: 3,
      permutations: 999,
    }) as JoinpointSelection;
    const pairs = got.tests.map((t) => [t.nullK, t.alternativeK, t.alpha]);
    // 0 vs 3 rejected → 1 vs 3 rejected → 2 vs 3 kept: k = 2.
    expect(pairs).toEqual([
      [0, 3, 0.05 / 3],
      [1, 3, 0.05 / 2],
      [2, 3, 0.05],
    ]);
    expect(got.tests.map((t) => t.rejected)).toEqual([true, true, false]);
    for (const test of got.tests) {
      expect(test.pValue).toBeGreaterThanOrEqual(1 / 1000);
      // (1 + count)/(N + 1): a whole number of 1/1000ths.
      expect(Math.abs(test.pValue * 1000 - Math.round(test.pValue * 1000))).toBeLessThan(1e-9);
    }
  });

  it('repeats its p-values with the same seed and changes them with another', () => {
    const points = seriesNamed('small_counts').points;
    const run = (seed: number) =>
      (
        selectJoinpointModel(points, { maxJoinpoints: 2, permutations: 499, seed }) as JoinpointSelection
      ).tests.map((t) => t.pValue);
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('runs 4 499 permutations per test on 30 years with K = 3 quickly', () => {
    const started = performance.now();
    const got = selectJoinpointModel(seriesNamed('three_joinpoints').points, { maxJoinpoints: 3 });
    const elapsed = performance.now() - started;
    expect((got as JoinpointSelection).permutations).toBe(4499);
    expect((got as JoinpointSelection).tests.length).toBeGreaterThan(0);
    // A generous bound for a loaded CI machine; locally this takes well under a second.
    expect(elapsed).toBeLessThan(5000);
  });
});
