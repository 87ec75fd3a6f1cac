import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/trend-joinpoint.json';
import { trendTable } from './trend-table';

// Series from `Rscript fixtures/r/trend-joinpoint.R`, turned back into series.csv text rows.
const seriesNamed = (name: string) => fixture.series.find((s) => s.name === name)!;
const csvRows = (name: string, extra: Record<string, string> = {}) =>
  seriesNamed(name).points.map((p) => ({
    ...extra,
    year: String(p.year),
    count: String(p.count),
    population: String(p.population),
  }));
type Reference = (typeof fixture.series)[number]['fits'][number];
const isFitted = (f: Reference): f is Extract<Reference, { sse: number }> => 'sse' in f;
const relativeError = (got: number, expected: number) => Math.abs(got - expected) / Math.abs(expected);

describe('trendTable', () => {
  it('fits each group of series.csv with k joinpoints, grouping columns first', () => {
    const table = trendTable({
      series: [...csvRows('one_joinpoint', { sex: '1' }), ...csvRows('gapped_years', { sex: '2' })],
      joinpoints: 1,
    });
    expect(table.rejected).toEqual([]);
    expect(table.rows.map((r) => Object.keys(r)[0])).toEqual(['sex', 'sex']);
    for (const [row, name] of [
      [table.rows[0]!, 'one_joinpoint'],
      [table.rows[1]!, 'gapped_years'],
    ] as const) {
      const reference = seriesNamed(name).fits[1]!;
      if (!isFitted(reference)) throw new Error('the fixture fits k = 1');
      expect(row.joinpoints).toEqual(reference.joinpoints);
      expect(row.segments.map((s) => [s.start_year, s.end_year])).toEqual(
        reference.segments.map((s) => [s.start_year, s.end_year]),
      );
      row.segments.forEach((s, i) => {
        expect(relativeError(s.apc, reference.segments[i]!.apc)).toBeLessThan(1e-9);
        expect(relativeError(s.apc_lci, reference.segments[i]!.apc_lci)).toBeLessThan(1e-9);
        expect(relativeError(s.apc_uci, reference.segments[i]!.apc_uci)).toBeLessThan(1e-9);
      });
      expect(relativeError(row.aapc!, reference.aapc.aapc)).toBeLessThan(1e-9);
      expect(relativeError(row.aapc_lci!, reference.aapc.lower)).toBeLessThan(1e-9);
      expect(relativeError(row.aapc_uci!, reference.aapc.upper)).toBeLessThan(1e-9);
      expect(row.fitted.map((f) => f.year)).toEqual(seriesNamed(name).points.map((p) => p.year));
      row.fitted.forEach((f, i) => {
        expect(relativeError(f.fitted_rate, reference.fitted_rate_per_100k[i]!)).toBeLessThan(1e-9);
      });
    }
  });

  it('chooses k by WBIC and reports every candidate', () => {
    const table = trendTable({ series: csvRows('two_joinpoints'), maxJoinpoints: 3, method: 'wbic' });
    const row = table.rows[0]!;
    expect(row.k).toBe(seriesNamed('two_joinpoints').selected.wbic);
    expect(row.model_selection?.method).toBe('wbic');
    expect(row.model_selection?.candidates.map((c) => c.k)).toEqual([0, 1, 2, 3]);
    expect(row.model_selection?.tests).toEqual([]);
  });

  it('rejects a whole series for a zero count, a bad population or a repeated year, naming each row', () => {
    const good = csvRows('minimum_k1', { region_code: '360102' });
    const bad = csvRows('minimum_k1', { region_code: '360121' });
    bad[1] = { ...bad[1]!, count: '0' };
    bad[2] = { ...bad[2]!, population: 'n/a' };
    bad[3] = { ...bad[3]!, year: bad[0]!.year };
    const table = trendTable({ series: [...good, ...bad], joinpoints: 0 });
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({ region_code: '360102', status: 'fitted', k: 0 });
    expect(table.rejected).toEqual([
      { row: 6, field: 'count', reason: 'count_not_positive', series: { region_code: '360121' } },
      { row: 7, field: 'population', reason: 'population_invalid', series: { region_code: '360121' } },
      { row: 8, field: 'year', reason: 'year_duplicate', series: { region_code: '360121' } },
    ]);
  });

  it('reports a model that does not exist for a series below the minimum number of years', () => {
    const rows = csvRows('minimum_k2').slice(0, 7);
    const table = trendTable({ series: rows, joinpoints: 2 });
    expect(table.rows[0]).toMatchObject({
      status: 'model_does_not_exist',
      n: 7,
      k: 2,
      minimum_years: 8,
      segments: [],
      aapc: null,
    });
  });

  it('runs the permutation test with its sequence of tests in model_selection', () => {
    const table = trendTable({
      series: csvRows('one_joinpoint'),
      maxJoinpoints: 2,
      permutations: 499,
      seed: 1,
    });
    const selection = table.rows[0]!.model_selection!;
    expect(table.rows[0]!.k).toBe(1);
    expect(selection).toMatchObject({ method: 'permutation', permutations: 499, seed: 1, alpha: 0.05 });
    expect(selection.tests.map((t) => [t.null_k, t.alt_k])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('asks for exactly one of joinpoints and maxJoinpoints', () => {
    expect(() => trendTable({ series: [] })).toThrow(RangeError);
    expect(() => trendTable({ series: [], joinpoints: 1, maxJoinpoints: 2 })).toThrow(RangeError);
  });
});
