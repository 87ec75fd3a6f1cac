/**
 * A small seeded pseudo-random generator: xoshiro128** (Blackman & Vigna 2018, "Scrambled linear
 * pseudorandom number generators", https://prng.di.unimi.it/xoshiro128starstar.c) seeded through
 * splitmix32. The demo never touches `Math.random`, so a seed reproduces every row bit for bit on any
 * JavaScript engine (all arithmetic is 32-bit integer, `Math.imul`).
 *
 * Streams: `createRandom(seed, stream, index)` hashes the three numbers into an independent state, so
 * tumour number i has its own generator. That makes the case stream, the death stream and a re-run
 * of either agree on every tumour without sharing one sequential generator.
 */
export class Random {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  /**
   * @param seed - any 32-bit integer (other numbers are truncated to 32 bits)
   * @param stream - which family of draws (cases, deaths, …)
   * @param index - which member of the family (tumour number, …)
   */
  constructor(seed: number, stream = 0, index = 0) {
    this.reseed(seed, stream, index);
  }

  /**
   * Resets the state from (seed, stream, index) without allocating a new object.
   *
   * @param seed - any 32-bit integer
   * @param stream - family of draws
   * @param index - member of the family
   */
  reseed(seed: number, stream = 0, index = 0): void {
    // splitmix32 over a mix of the three inputs; each output word is one state word. Vigna recommends
    // seeding xoshiro from splitmix so that nearby seeds give unrelated states.
    let x =
      (seed ^ Math.imul(stream + 0x632be5ab, 0x9e3779b9) ^ Math.imul(index + 0x7f4a7c15, 0x85ebca6b)) | 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) | 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // the all-zero state is a fixed point
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result >>> 0;
  }

  /** Uniform number in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /**
   * Uniform integer in [0, n).
   *
   * @param n - exclusive upper bound, ≥ 1
   */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * Uniform integer in [low, high], both included.
   *
   * @param low - smallest value
   * @param high - largest value
   */
  between(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  /**
   * True with probability p.
   *
   * @param p - probability in [0, 1]
   */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * One element chosen uniformly.
   *
   * @param items - non-empty list
   */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Random.pick: empty list');
    return item;
  }

  /**
   * Exponential variate.
   *
   * @param rate - events per unit time, > 0
   */
  exponential(rate: number): number {
    return -Math.log(1 - this.next()) / rate;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A categorical distribution over 0…n−1 drawn by binary search on the cumulative weights.
 *
 * Weights need not sum to 1; zero weights are never drawn.
 */
export class Categorical {
  private readonly cumulative: Float64Array;
  /** Sum of the weights. */
  readonly total: number;

  /**
   * @param weights - non-negative weights, at least one positive
   * @throws RangeError if a weight is negative or not finite, or all are zero
   */
  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`Categorical: weight ${i} is ${w}`);
      sum += w;
      this.cumulative[i] = sum;
    }
    if (!(sum > 0)) throw new RangeError('Categorical: all weights are zero');
    this.total = sum;
  }

  /**
   * Draws an index.
   *
   * @param random - the generator to use
   * @returns an index whose weight is positive
   */
  draw(random: Random): number {
    const target = random.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * A weighted list of values, drawn with a `Categorical`.
 *
 * @param entries - `[value, weight]` pairs
 * @returns a function drawing one value
 */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const values = entries.map((e) => e[0]);
  const dist = new Categorical(entries.map((e) => e[1]));
  return (random) => values[dist.draw(random)]!;
}
