/** A seeded stream of pseudo-random numbers: the same seed gives the same stream on every platform. */
export interface SeededRandom {
  /** Next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Next double, uniform on [0, 1) with 53 random bits. */
  nextDouble(): number;
  /** Next integer, uniform on 0 … bound − 1 (bound ≥ 1), without modulo bias. */
  nextBelow(bound: number): number;
}

/**
 * xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 2021),
 * its 128-bit state filled from the seed by SplitMix32. Written here rather than `Math.random` so
 * that the permutation test's p-values repeat from a seed (methods.md §4) and the package stays pure.
 *
 * @param seed - any integer; only its low 32 bits are used.
 * @returns a generator; each call advances its own state.
 * @example createSeededRandom(1).nextUint32() // the same number on every run
 */
export function createSeededRandom(seed: number): SeededRandom {
  if (!Number.isFinite(seed)) throw new RangeError(`createSeededRandom: seed must be finite, got ${seed}`);
  let splitState = Math.trunc(seed) >>> 0;
  const splitMix32 = (): number => {
    // SplitMix32 (Steele, Lea & Flood 2014, 32-bit variant): decorrelates nearby seeds.
    splitState = (splitState + 0x9e3779b9) >>> 0;
    let z = splitState;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return seededRandomFromState([splitMix32(), splitMix32(), splitMix32(), splitMix32()]);
}

/**
 * xoshiro128** started from an explicit 128-bit state (four 32-bit words), for reproducing the
 * reference test vectors; {@link createSeededRandom} is the usual entry point.
 *
 * @param state - four 32-bit words, not all zero (an all-zero state is replaced by [1, 0, 0, 0]).
 * @returns a generator.
 */
export function seededRandomFromState(state: readonly [number, number, number, number]): SeededRandom {
  const s = new Uint32Array(state);
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1; // the all-zero state is a fixed point

  const nextUint32 = (): number => {
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]!;
    const s3 = s[3]!;
    const product = Math.imul(s1, 5) >>> 0;
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    const n2 = (s2 ^ s0) >>> 0;
    const n3 = (s3 ^ s1) >>> 0;
    const n1 = (s1 ^ n2) >>> 0;
    const n0 = (s0 ^ n3) >>> 0;
    s[0] = n0;
    s[1] = n1;
    s[2] = (n2 ^ t) >>> 0;
    s[3] = ((n3 << 11) | (n3 >>> 21)) >>> 0;
    return result;
  };

  const nextDouble = (): number => {
    const high = nextUint32() >>> 5; // 27 bits
    const low = nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992;
  };

  const nextBelow = (bound: number): number => {
    if (!Number.isInteger(bound) || bound < 1 || bound > 0x100000000) {
      throw new RangeError(`nextBelow: bound must be a whole number in 1 … 2^32, got ${bound}`);
    }
    // Rejection sampling (Lemire's threshold): drop the top sliver that would bias small values.
    const threshold = (0x100000000 - bound) % bound;
    for (;;) {
      const r = nextUint32();
      if (r >= threshold) return r % bound;
    }
  };

  return { nextUint32, nextDouble, nextBelow };
}

/**
 * Fisher–Yates shuffle in place (Durstenfeld 1964): every permutation equally likely given a uniform
 * `nextBelow`.
 *
 * @param values - the array to permute; modified in place.
 * @param random - the seeded generator.
 */
export function shuffleInPlace(values: Float64Array | number[], random: SeededRandom): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.nextBelow(i + 1);
    const tmp = values[i]!;
    values[i] = values[j]!;
    values[j] = tmp;
  }
}
