/** Why a pair needs a person to look at it. */
export type ReviewReason = 'grey_zone' | 'conflict' | 'weak_bridge';

/** Input of {@link clusterLinks}. */
export interface ClusterInput {
  /** Number of records. */
  readonly size: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly weight: Float64Array;
  readonly count: number;
  /** Link threshold: pairs at or above are links. */
  readonly linkWeight: number;
  /** Conflict key per record (valid resident ID), or null. */
  readonly conflictKey?: readonly (string | null)[];
  /** Bridges at or above this weight are never cut. */
  readonly bridgeMaxWeight: number;
  /** A bridge is cut when the mean direct weight across it is below this. */
  readonly bridgeMinCrossWeight: number;
  /** Match weight of any two records, computed on demand for the bridge test. */
  readonly scorePair: (i: number, j: number) => number;
}

/** Output of {@link clusterLinks}. */
export interface ClusterOutput {
  /** Cluster number of each record (0 … clusterCount−1), singletons included. */
  readonly clusterOf: Int32Array;
  readonly clusterCount: number;
  /** Link pairs (positions in the pair arrays) that were not applied, and why. */
  readonly withheld: readonly {
    readonly pair: number;
    readonly reason: Exclude<ReviewReason, 'grey_zone'>;
  }[];
}

// Bridge search is quadratic in a cluster's edges; bigger clusters are left whole (and rare).
const MAX_BRIDGE_EDGES = 2_000;
// Enough direct comparisons to judge two sides without scoring every pair of a large cluster.
const MAX_CROSS_PAIRS = 64;

/**
 * Groups linked records into persons without chaining unrelated people.
 *
 * 1. Links are applied strongest first with union–find (Kruskal order). A link that would put two
 *    different conflict keys (two different valid resident IDs) in one cluster is withheld and
 *    reported as a `conflict` — a valid ID differs from another valid ID by at least two characters
 *    (ISO 7064 MOD 11-2 catches every single substitution and adjacent transposition), so two valid
 *    IDs are two people, whatever the names say.
 * 2. In each cluster of three or more records, bridges (links whose removal disconnects the cluster)
 *    are examined weakest first. A bridge below `bridgeMaxWeight` is cut when the records on its two
 *    sides, compared directly, have a mean match weight below `bridgeMinCrossWeight`: the sides were
 *    held together by one link while disagreeing with each other (A≈B, B≈C, A≉C). The cut link goes to
 *    review as `weak_bridge`; the search repeats on the parts.
 *
 * Plain connected components (Splink's default) chain namesakes through one bad link; the guard
 * follows the "cannot-link" constraint of constrained clustering (Wagstaff et al., ICML 2001) and the
 * bridge test of Splink's cluster metrics (`is_bridge`), applied as a decision.
 *
 * @param input - records, scored pairs, thresholds and the on-demand scorer
 * @returns cluster numbers and withheld links
 */
export function clusterLinks(input: ClusterInput): ClusterOutput {
  const { size, left, right, weight } = input;
  const links: number[] = [];
  for (let p = 0; p < input.count; p++) if (weight[p]! >= input.linkWeight) links.push(p);
  links.sort((a, b) => weight[b]! - weight[a]! || a - b);

  const parent = new Int32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) {
      const next = parent[x]!;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const key: (string | null)[] = input.conflictKey ? [...input.conflictKey] : new Array(size).fill(null);
  const withheld: { pair: number; reason: 'conflict' | 'weak_bridge' }[] = [];
  const accepted: number[] = [];
  for (const p of links) {
    const a = find(left[p]!);
    const b = find(right[p]!);
    if (a === b) {
      accepted.push(p);
      continue;
    }
    const ka = key[a] ?? null;
    const kb = key[b] ?? null;
    if (ka !== null && kb !== null && ka !== kb) {
      withheld.push({ pair: p, reason: 'conflict' });
      continue;
    }
    parent[b] = a;
    key[a] = ka ?? kb;
    accepted.push(p);
  }

  // Edges per cluster root, for the bridge pass.
  const edgesOf = new Map<number, number[]>();
  for (const p of accepted) {
    const r = find(left[p]!);
    const list = edgesOf.get(r);
    if (list) list.push(p);
    else edgesOf.set(r, [p]);
  }
  const cut = new Set<number>();
  for (const edges of edgesOf.values()) {
    if (edges.length < 2 || edges.length > MAX_BRIDGE_EDGES) continue;
    splitOnWeakBridges(edges, input, cut);
  }
  for (const p of cut) withheld.push({ pair: p, reason: 'weak_bridge' });

  // Final components from the accepted, uncut edges.
  for (let i = 0; i < size; i++) parent[i] = i;
  for (const p of accepted) {
    if (cut.has(p)) continue;
    const a = find(left[p]!);
    const b = find(right[p]!);
    if (a !== b) parent[b] = a;
  }
  const clusterOf = new Int32Array(size).fill(-1);
  const number = new Map<number, number>();
  for (let i = 0; i < size; i++) {
    const r = find(i);
    let c = number.get(r);
    if (c === undefined) {
      c = number.size;
      number.set(r, c);
    }
    clusterOf[i] = c;
  }
  return { clusterOf, clusterCount: number.size, withheld };
}

function splitOnWeakBridges(edges: readonly number[], input: ClusterInput, cut: Set<number>): void {
  const { left, right, weight } = input;
  let changed = true;
  while (changed) {
    changed = false;
    const live = edges.filter((p) => !cut.has(p));
    const candidates = live
      .filter((p) => weight[p]! < input.bridgeMaxWeight)
      .sort((a, b) => weight[a]! - weight[b]!);
    for (const e of candidates) {
      const sides = sidesIfBridge(live, e, left, right);
      if (!sides) continue;
      const [s1, s2] = sides;
      if (s1.length + s2.length < 3) continue; // a lone pair has nothing to contradict it
      let sum = 0;
      let n = 0;
      for (const i of s1) {
        for (const j of s2) {
          if ((i === left[e] && j === right[e]) || (i === right[e] && j === left[e])) continue;
          if (n >= MAX_CROSS_PAIRS) break;
          sum += input.scorePair(i, j);
          n++;
        }
      }
      if (n > 0 && sum / n < input.bridgeMinCrossWeight) {
        cut.add(e);
        changed = true;
        break;
      }
    }
  }
}

/** The two vertex sets an edge separates, or null when the edge is not a bridge. */
function sidesIfBridge(
  edges: readonly number[],
  e: number,
  left: Int32Array,
  right: Int32Array,
): [number[], number[]] | null {
  const adjacency = new Map<number, number[]>();
  const add = (a: number, b: number) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const p of edges) {
    if (p === e) continue;
    add(left[p]!, right[p]!);
    add(right[p]!, left[p]!);
  }
  const reach = (start: number): Set<number> => {
    const seen = new Set<number>([start]);
    const stack = [start];
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (const w of adjacency.get(v) ?? []) {
        if (!seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
      }
    }
    return seen;
  };
  const a = reach(left[e]!);
  if (a.has(right[e]!)) return null;
  const b = reach(right[e]!);
  return [[...a], [...b]];
}
