import { describe, expect, it } from 'vitest';
import { createSeededRandom, seededRandomFromState, shuffleInPlace } from './seeded-random';

describe('seeded random numbers', () => {
  it('reproduces the xoshiro128** reference outputs from the state 1, 2, 3, 4', () => {
    // The authors' xoshiro128starstar.c as run in rand_xoshiro's test of Xoshiro128StarStar.
    const random = seededRandomFromState([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => random.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });

  it('gives the same stream for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 5 }, () => random.nextDouble());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    for (const u of draw(42)) expect(u >= 0 && u < 1).toBe(true);
  });

  it('draws bounded integers without visible bias', () => {
    const random = createSeededRandom(1);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[random.nextBelow(6)]! += 1;
    // Each count is Binomial(60 000, 1/6): sd ≈ 91, so ±500 is more than 5 sd.
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  it('shuffles into every arrangement of three values about equally often', () => {
    const random = createSeededRandom(2);
    const seen = new Map<string, number>();
    const values = [1, 2, 3];
    for (let i = 0; i < 6_000; i++) {
      shuffleInPlace(values, random);
      const key = values.join('');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    for (const c of seen.values()) expect(Math.abs(c - 1_000)).toBeLessThan(150);
  });
});
