import type { BlockingRule, LinkMode } from './types';

/** Candidate record pairs, column-wise (positions in the input array, left < right in dedupe mode). */
export interface CandidatePairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Index of the blocking rule that first produced the pair. */
  readonly rule: Uint8Array;
  readonly count: number;
}

/** What blocking did, for the run report. */
export interface BlockingStats {
  /** Pairs each rule added (pairs already produced by an earlier rule are not counted again). */
  readonly pairsPerRule: readonly { readonly rule: string; readonly pairs: number }[];
  /** Blocks skipped because they were larger than `maxBlockSize`. */
  readonly skippedBlocks: readonly { readonly rule: string; readonly key: string; readonly size: number }[];
}

class PairBuffer {
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  rule = new Uint8Array(1024);
  count = 0;
  push(i: number, j: number, r: number): void {
    if (this.count === this.left.length) {
      const n = this.count * 2;
      const l = new Int32Array(n);
      l.set(this.left);
      this.left = l;
      const g = new Int32Array(n);
      g.set(this.right);
      this.right = g;
      const u = new Uint8Array(n);
      u.set(this.rule);
      this.rule = u;
    }
    this.left[this.count] = i;
    this.right[this.count] = j;
    this.rule[this.count] = r;
    this.count++;
  }
}

/**
 * Candidate pairs from several blocking passes, each pair once.
 *
 * Each rule hashes its key per record into a Map of blocks; all pairs inside a block are emitted,
 * except pairs an earlier rule already produced — detected by comparing the earlier rules' keys of
 * the two records, so no set of seen pairs is needed (Splink's blocking-rule "subtraction"). Several
 * passes let a pair with a missing or mistyped ID still be found by name or birth date (domain guide
 * §2.8).
 *
 * @param records - the records, in one array (in link mode both sources, told apart by `side`)
 * @param rules - blocking passes, strongest first
 * @param options - `mode`, `side` (0/1 per record, link mode), `maxBlockSize` (default 5 000)
 * @returns the pairs, statistics and each rule's key per record
 * @throws RangeError when link mode has no `side`, or more than 255 rules are given
 */
export function blockPairs<R>(
  records: readonly R[],
  rules: readonly BlockingRule<R>[],
  options: { mode?: LinkMode; side?: Uint8Array; maxBlockSize?: number } = {},
): { pairs: CandidatePairs; stats: BlockingStats; keys: (string | null)[][] } {
  const mode = options.mode ?? 'dedupe';
  const side = options.side;
  if (mode === 'link' && (!side || side.length !== records.length)) {
    throw new RangeError('blockPairs: link mode needs a side (0 or 1) for every record');
  }
  if (rules.length > 255) throw new RangeError(`blockPairs: at most 255 rules, got ${rules.length}`);
  const maxBlockSize = options.maxBlockSize ?? 5_000;
  const n = records.length;
  const keys: (string | null)[][] = rules.map((rule) => records.map((r) => rule.key(r)));
  const out = new PairBuffer();
  const pairsPerRule: { rule: string; pairs: number }[] = [];
  const skippedBlocks: { rule: string; key: string; size: number }[] = [];
  // Keys of blocks a rule skipped: a pair sharing such a key was not produced by that rule.
  const skippedKeys: Set<string>[] = rules.map(() => new Set<string>());

  for (let k = 0; k < rules.length; k++) {
    const ruleKeys = keys[k]!;
    const blocks = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = ruleKeys[i];
      if (key === null || key === undefined) continue;
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
    const before = out.count;
    for (const [key, members] of blocks) {
      const size = members.length;
      if (size < 2) continue;
      if (size > maxBlockSize) {
        skippedBlocks.push({ rule: rules[k]!.name, key, size });
        skippedKeys[k]!.add(key);
        continue;
      }
      for (let a = 0; a < size; a++) {
        const i = members[a]!;
        for (let b = a + 1; b < size; b++) {
          const j = members[b]!;
          if (side && mode === 'link' && side[i] === side[j]) continue;
          if (seenByEarlierRule(keys, skippedKeys, k, i, j)) continue;
          // Link mode keeps side 0 on the left so that outputs read "person, death".
          if (side && mode === 'link' && side[i] === 1) out.push(j, i, k);
          else out.push(i, j, k);
        }
      }
    }
    pairsPerRule.push({ rule: rules[k]!.name, pairs: out.count - before });
  }
  return {
    pairs: {
      left: out.left.subarray(0, out.count),
      right: out.right.subarray(0, out.count),
      rule: out.rule.subarray(0, out.count),
      count: out.count,
    },
    stats: { pairsPerRule, skippedBlocks },
    keys,
  };
}

function seenByEarlierRule(
  keys: readonly (string | null)[][],
  skippedKeys: readonly Set<string>[],
  k: number,
  i: number,
  j: number,
): boolean {
  for (let e = 0; e < k; e++) {
    const ke = keys[e]!;
    const a = ke[i];
    if (a !== null && a !== undefined && a === ke[j] && !skippedKeys[e]!.has(a)) return true;
  }
  return false;
}
