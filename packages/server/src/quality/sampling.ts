/**
 * Minimum review sample (处方点评, Hospital prescription review specification 2010): inpatient orders
 * at least 1 % of the month's records and at least 30; all of them when there are fewer.
 *
 * @param population - prescriptions of the month.
 * @returns the sample size.
 */
export function reviewSampleSize(population: number): number {
  return Math.min(population, Math.max(30, Math.ceil(population * 0.01)));
}

/** mulberry32: a small seeded generator, so a sample can be redrawn and checked from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A simple random sample without replacement (partial Fisher–Yates on a sorted copy, so the same
 * seed and population give the same sample whatever the input order).
 *
 * @param ids - the population.
 * @param size - how many to draw.
 * @param seed - the generator seed.
 * @returns the sample, sorted.
 */
export function sampleIds(ids: readonly string[], size: number, seed: number): string[] {
  const pool = [...ids].sort();
  const random = mulberry32(seed);
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, n).sort();
}
