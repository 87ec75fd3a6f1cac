import { admissiblePositions, type PreparedSeries } from './joinpoint-design';

/**
 * Precomputed geometry of every admissible joinpoint set up to K joinpoints, for evaluating the
 * smallest weighted SSE of each k on many responses with the same years and weights — the inner loop
 * of the permutation test (Kim et al. 2000), where the design never changes and only y does.
 */
export interface JoinpointSseTree {
  /** Largest k the tree holds. */
  readonly maxJoinpoints: number;
  /** Number of admissible sets of 1 … K joinpoints (tree nodes). */
  readonly nodeCount: number;
  /**
   * Smallest weighted SSE for each k = 0 … maxK, written into `out`, for the response √W·y.
   *
   * @param scaledResponse - zᵢ = √wᵢ·yᵢ, length n (not modified).
   * @param maxK - deepest k wanted (≤ maxJoinpoints); deeper nodes are skipped.
   * @param out - receives Q₀ … Q_maxK.
   */
  minimumSse(scaledResponse: Float64Array, maxK: number, out: Float64Array): void;
}

/**
 * Builds the SSE tree: the admissible position sets of 1 … K joinpoints form a prefix tree (every
 * prefix of an admissible set is admissible), and orthonormalising the hinge columns along each
 * root-to-node path (Gram–Schmidt, twice — "twice is enough", Giraud et al., Numer Math 2005) gives
 * Q(node) = Q(parent) − (q_nodeᵀ r)², with r the residual from the straight line. Writing
 * q_node = (h_j − Σ_a c_a q_a)/ν over the line and the ancestors, q_nodeᵀ r = (h_jᵀ r − Σ c_a q_aᵀ r)/ν
 * costs O(depth) per node once the n − 4 products h_jᵀ r are known. A permutation therefore costs
 * O(n² + nodes) instead of one QR per set.
 *
 * @param series - the prepared series (its weights and years; its responses are not used).
 * @param maxJoinpoints - K.
 * @returns the tree.
 */
export function buildJoinpointSseTree(series: PreparedSeries, maxJoinpoints: number): JoinpointSseTree {
  const n = series.time.length;
  const rootW = Float64Array.from(series.weights, Math.sqrt);
  const time = series.time;

  // Orthonormal basis of the straight line √W·[1, t].
  const q0 = Float64Array.from(rootW);
  normalise(q0);
  const q1 = new Float64Array(n);
  for (let i = 0; i < n; i++) q1[i] = rootW[i]! * time[i]!;
  for (let pass = 0; pass < 2; pass++) subtract(q1, q0, dot(q0, q1));
  normalise(q1);

  // Nodes in depth-first preorder = lexicographic order within each depth.
  const sets: number[][] = [];
  for (let k = 1; k <= maxJoinpoints; k++) sets.push(...admissiblePositions(n, k));
  sets.sort(compareLexicographic);
  const nodeCount = sets.length;
  const indexOf = new Map<string, number>(sets.map((s, i) => [s.join(','), i]));
  const hinge = new Int32Array(nodeCount);
  const depth = new Int32Array(nodeCount);
  const parent = new Int32Array(nodeCount);
  const inverseNorm = new Float64Array(nodeCount);
  const chainStart = new Int32Array(nodeCount + 1);
  const chainNode: number[] = [];
  const chainCoefficient: number[] = [];
  const q = new Float64Array(nodeCount * n);
  const v = new Float64Array(n);
  sets.forEach((set, node) => {
    const j = set[set.length - 1]!;
    hinge[node] = j;
    depth[node] = set.length;
    const ancestors = set.slice(0, -1).map((_, d) => indexOf.get(set.slice(0, d + 1).join(','))!);
    parent[node] = ancestors.length === 0 ? -1 : ancestors[ancestors.length - 1]!;
    for (let i = 0; i < n; i++) v[i] = rootW[i]! * Math.max(time[i]! - time[j]!, 0);
    const coefficients = new Array<number>(ancestors.length).fill(0);
    for (let pass = 0; pass < 2; pass++) {
      // The line's coefficients are not kept: r ⟂ line, so they drop out of q_nodeᵀ r.
      subtract(v, q0, dot(q0, v));
      subtract(v, q1, dot(q1, v));
      ancestors.forEach((a, index) => {
        const qa = q.subarray(a * n, (a + 1) * n);
        const c = dot(qa, v);
        subtract(v, qa, c);
        coefficients[index] = coefficients[index]! + c;
      });
    }
    const norm = Math.sqrt(dot(v, v));
    inverseNorm[node] = 1 / norm;
    for (let i = 0; i < n; i++) q[node * n + i] = v[i]! / norm;
    chainStart[node] = chainNode.length;
    chainNode.push(...ancestors);
    chainCoefficient.push(...coefficients);
  });
  chainStart[nodeCount] = chainNode.length;
  const chainNodes = Int32Array.from(chainNode);
  const chainCoefficients = Float64Array.from(chainCoefficient);

  // Scratch space reused on every call: the permutation loop allocates nothing.
  const r = new Float64Array(n);
  const hingeProduct = new Float64Array(n);
  const projection = new Float64Array(nodeCount);
  const sse = new Float64Array(nodeCount);

  const minimumSse = (scaledResponse: Float64Array, maxK: number, out: Float64Array): void => {
    r.set(scaledResponse);
    for (let pass = 0; pass < 2; pass++) {
      subtract(r, q0, dot(q0, r));
      subtract(r, q1, dot(q1, r));
    }
    const sse0 = dot(r, r);
    out[0] = sse0;
    for (let k = 1; k <= maxK; k++) out[k] = Number.POSITIVE_INFINITY;
    for (let j = 2; j <= n - 3; j++) {
      let s = 0;
      const tj = time[j]!;
      for (let i = j + 1; i < n; i++) s += rootW[i]! * (time[i]! - tj) * r[i]!;
      hingeProduct[j] = s;
    }
    for (let node = 0; node < nodeCount; node++) {
      const d = depth[node]!;
      if (d > maxK) continue;
      let s = hingeProduct[hinge[node]!]!;
      for (let c = chainStart[node]!; c < chainStart[node + 1]!; c++) {
        s -= chainCoefficients[c]! * projection[chainNodes[c]!]!;
      }
      const proj = s * inverseNorm[node]!;
      projection[node] = proj;
      const p = parent[node]!;
      const value = (p < 0 ? sse0 : sse[p]!) - proj * proj;
      sse[node] = value;
      if (value < out[d]!) out[d] = value;
    }
    // Rounding can push an exact fit a hair below zero.
    for (let k = 0; k <= maxK; k++) out[k] = Math.max(out[k]!, 0);
  };

  return { maxJoinpoints, nodeCount, minimumSse };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function subtract(target: Float64Array, basis: Float64Array, coefficient: number): void {
  for (let i = 0; i < target.length; i++) target[i] = target[i]! - coefficient * basis[i]!;
}

function normalise(v: Float64Array): void {
  const norm = Math.sqrt(dot(v, v));
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
}

function compareLexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}
