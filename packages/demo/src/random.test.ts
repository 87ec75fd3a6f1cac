import { describe, expect, it } from 'vitest';
import { Categorical, Random, weighted } from './random';

describe('Random', () => {
  it('gives the same sequence for the same seed, stream and index', () => {
    const a = new Random(42, 1, 7);
    const b = new Random(42, 1, 7);
    const xs = Array.from({ length: 100 }, () => a.nextUint32());
    const ys = Array.from({ length: 100 }, () => b.nextUint32());
    expect(xs).toEqual(ys);
  });

  it('gives different sequences for neighbouring seeds, streams and indices', () => {
    const first = (seed: number, stream: number, index: number) =>
      new Random(seed, stream, index).nextUint32();
    const values = new Set([first(1, 0, 0), first(2, 0, 0), first(1, 1, 0), first(1, 0, 1), first(1, 0, 2)]);
    expect(values.size).toBe(5);
  });

  it('reseeding restores the sequence of a fresh generator', () => {
    const r = new Random(5, 5, 5);
    r.next();
    r.reseed(9, 2, 3);
    expect(r.nextUint32()).toBe(new Random(9, 2, 3).nextUint32());
  });

  it('draws uniform numbers in [0, 1) with mean 1/2 and variance 1/12', () => {
    const r = new Random(123);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      if (u < 0 || u >= 1) outside++;
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / n;
    expect(outside).toBe(0);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.003); // 4.6 standard errors
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('draws integers in range with every value about equally often', () => {
    const r = new Random(8);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[r.int(6)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    for (let i = 0; i < 1000; i++) {
      const v = r.between(3, 5);
      expect(v >= 3 && v <= 5).toBe(true);
    }
  });

  it('draws exponential variates with the requested mean', () => {
    const r = new Random(77);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += r.exponential(2);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe('Categorical', () => {
  it('draws indices in proportion to their weights and never a zero weight', () => {
    const dist = new Categorical([1, 0, 3]);
    const r = new Random(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[dist.draw(r)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeCloseTo(3, 0);
  });

  it('rejects negative, non-finite and all-zero weights', () => {
    expect(() => new Categorical([1, -1])).toThrow(RangeError);
    expect(() => new Categorical([Number.NaN])).toThrow(RangeError);
    expect(() => new Categorical([0, 0])).toThrow(RangeError);
  });

  it('weighted returns the values of the pairs', () => {
    const draw = weighted([
      ['a', 1],
      ['b', 0],
    ]);
    expect(draw(new Random(1))).toBe('a');
  });
});
