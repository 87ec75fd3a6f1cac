/**
 * A seeded 32-bit pseudo-random generator (mulberry32, T. Ettinger 2017, public domain): fast,
 * reproducible across platforms, good enough for sampling pairs and synthetic data — not for secrets.
 *
 * @param seed - any integer
 * @returns a function giving uniform numbers in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
