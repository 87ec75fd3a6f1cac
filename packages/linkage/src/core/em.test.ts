import { describe, expect, it } from 'vitest';
import { expectationMaximisation, patternTable } from './em';
import { seededRandom } from './random';

describe('expectationMaximisation', () => {
  it('recovers m, u and λ from comparison vectors drawn from a known two-class model', () => {
    // Three comparisons with 3, 2 and 3 levels; 20% matches; one value in 10 missing.
    const m = [
      [0.85, 0.1, 0.05],
      [0.95, 0.05],
      [0.7, 0.25, 0.05],
    ];
    const u = [
      [0.02, 0.08, 0.9],
      [0.5, 0.5],
      [0.05, 0.15, 0.8],
    ];
    const rand = seededRandom(11);
    const draw = (p: number[]) => {
      let x = rand();
      for (let l = 0; l < p.length; l++) {
        x -= p[l]!;
        if (x < 0) return l;
      }
      return p.length - 1;
    };
    const n = 50_000;
    const levels = new Int8Array(n * 3);
    for (let i = 0; i < n; i++) {
      const match = rand() < 0.2;
      for (let c = 0; c < 3; c++) levels[i * 3 + c] = rand() < 0.1 ? -1 : draw((match ? m : u)[c]!);
    }
    const table = patternTable(levels, n, [3, 2, 3]);
    expect(table.size).toBeLessThanOrEqual(4 * 3 * 4);
    const flat = (k: number) => new Float64Array(k).fill(1 / k);
    const em = expectationMaximisation(
      table,
      {
        m: [Float64Array.of(0.6, 0.3, 0.1), Float64Array.of(0.8, 0.2), Float64Array.of(0.6, 0.3, 0.1)],
        u: [flat(3), flat(2), flat(3)],
        lambda: 0.5,
      },
      { maxIterations: 500, tolerance: 1e-8, estimateU: true },
    );
    expect(em.converged).toBe(true);
    expect(em.lambda).toBeCloseTo(0.2, 2);
    for (let c = 0; c < 3; c++) {
      for (let l = 0; l < m[c]!.length; l++) {
        expect(Math.abs(em.m[c]![l]! - m[c]![l]!)).toBeLessThan(0.02);
        expect(Math.abs(em.u[c]![l]! - u[c]![l]!)).toBeLessThan(0.02);
      }
    }
  });
});
