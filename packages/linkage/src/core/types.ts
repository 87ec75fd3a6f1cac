/**
 * A field comparison after {@link Comparison.compile}: the comparison level of a record pair, by the
 * records' positions in the compiled array.
 */
export interface CompiledComparison {
  /** Level index of the pair (0 = closest agreement), or -1 when either value is missing. */
  level(i: number, j: number): number;
  /** Term-frequency key of a record (e.g. its name's pinyin), or null; absent when no TF is used. */
  readonly tfKey: ((i: number) => string | null) | null;
}

/**
 * One field comparison of the Fellegi–Sunter model, generic over the record type (like a Splink
 * `Comparison`): ordered levels from closest agreement to disagreement, the last being "else".
 */
export interface Comparison<R> {
  /** Field name shown in explanations (`residentId`, `name`, …). */
  readonly name: string;
  /** Level labels, closest agreement first; the last one is the catch-all disagreement. */
  readonly levels: readonly string[];
  /** Levels whose u probability is replaced by the value's term frequency (e.g. exact name). */
  readonly tfLevels: readonly number[];
  /** Prepares every record once (normalisation, pinyin) so that pair comparisons are cheap. */
  compile(records: readonly R[]): CompiledComparison;
}

/** A blocking pass: records with equal non-null keys become candidate pairs. */
export interface BlockingRule<R> {
  /** Label used in statistics (`residentId`, `pinyin+birthYear`, …). */
  readonly name: string;
  /** The block key of a record, or null when the record is not blocked by this rule. */
  readonly key: (record: R) => string | null;
  /**
   * Comparisons the rule forces to agree (e.g. `name` for a name+birth-year rule): they are left out
   * of this rule's EM session, as Splink does, since blocked pairs tell nothing about them.
   */
  readonly comparisons?: readonly string[];
}

/** Match-weight cut-offs (log2 Bayes factor including the prior, as Splink's `match_weight`). */
export interface Thresholds {
  /** Pairs at or above are linked automatically. */
  readonly link: number;
  /** Pairs at or above, but below `link`, go to clerical review; below it they are non-links. */
  readonly review: number;
}

/** Parameters of one comparison level. */
export interface LevelParameters {
  readonly label: string;
  /** P(level | match). */
  readonly m: number;
  /** P(level | non-match). */
  readonly u: number;
  /** log2(m / u): the evidence this level adds, in bits. */
  readonly weight: number;
}

/** A trained Fellegi–Sunter model: the m and u probabilities per comparison level and the prior. */
export interface FellegiSunterModel {
  readonly comparisons: readonly {
    readonly name: string;
    readonly levels: readonly LevelParameters[];
    readonly tfLevels: readonly number[];
  }[];
  /** P(two records drawn at random match), by EM over all pairs (blocked-out pairs as non-matches). */
  readonly lambda: number;
  /** log2(λ / (1 − λ)): the starting point of every pair's match weight. */
  readonly priorWeight: number;
  readonly training: {
    readonly candidatePairs: number;
    readonly patterns: number;
    readonly randomPairs: number;
    /** Iterations of the final λ step. */
    readonly iterations: number;
    readonly converged: boolean;
    /** One EM session per blocking rule (Splink's training sessions). */
    readonly sessions: readonly {
      readonly rule: string;
      readonly pairs: number;
      /** Comparisons left out (blocked on, or constant in the session). */
      readonly excluded: readonly string[];
      readonly lambda: number;
      /** m per comparison and level from this session (empty rows for excluded comparisons). */
      readonly m: readonly (readonly number[])[];
      readonly iterations: number;
      readonly converged: boolean;
    }[];
    /** Comparisons no session could estimate m for: they keep the starting values. */
    readonly unestimated: readonly string[];
  };
}

/** How records are paired: all with all (dedupe) or only across two sources (link). */
export type LinkMode = 'dedupe' | 'link';

/** Everything the engine needs to know about a record schema (see `registry-schema.ts`). */
export interface LinkageSettings<R> {
  /** Stable id of a record, used in outputs. */
  readonly recordId: (record: R) => string;
  readonly comparisons: readonly Comparison<R>[];
  readonly blocking: readonly BlockingRule<R>[];
  readonly thresholds: Thresholds;
  /**
   * A key two records of one person can never disagree on when both have it (a valid resident ID):
   * clusters never join two different keys; such links go to review as conflicts.
   */
  readonly conflictKey?: (record: R) => string | null;
  /** Weak-bridge splitting of clusters (see `clustering.ts`). */
  readonly bridge?: BridgeSettings;
  /** EM options. */
  readonly em?: EmSettings;
  /** Random pairs drawn to estimate u (default 200 000). */
  readonly uSampleSize?: number;
  /** Seed of the random-pair sampler (default 1). */
  readonly seed?: number;
  /** Blocks larger than this are skipped and reported (default 5 000 records). */
  readonly maxBlockSize?: number;
  /** Floor of a term frequency, so one-off values do not get unbounded weights (default 1e-5). */
  readonly tfMinimum?: number;
}

/** Options of the expectation–maximisation step. */
export interface EmSettings {
  readonly maxIterations?: number;
  /** Stop when no m, u or λ moves by more than this (default 1e-6). */
  readonly tolerance?: number;
  /** Re-estimate u by EM too (default false: u from random pairs is kept, as Splink does). */
  readonly estimateU?: boolean;
}

/** Weak-bridge guard of the clustering. */
export interface BridgeSettings {
  /** Only bridges below this weight may be cut (default: link threshold + 8 bits). */
  readonly maxWeight?: number;
  /**
   * A bridge is cut when the mean weight of the direct comparisons between the two sides it joins is
   * below this (default: the review threshold).
   */
  readonly minCrossWeight?: number;
}
