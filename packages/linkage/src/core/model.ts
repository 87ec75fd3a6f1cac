import { type BlockingStats, blockPairs, type CandidatePairs } from './blocking';
import { comparisonVectors, estimateURandom, expectationMaximisation, patternTable } from './em';
import type {
  CompiledComparison,
  FellegiSunterModel,
  LevelParameters,
  LinkageSettings,
  LinkMode,
} from './types';

/** Records prepared for comparison: compiled comparisons and each record's term frequency. */
export interface RecordIndex {
  readonly size: number;
  readonly compiled: readonly CompiledComparison[];
  /** `tfFrequency[c][i]`: share of records with record i's TF key on comparison c (NaN if none). */
  readonly tfFrequency: readonly (Float64Array | null)[];
}

/** How a record array is paired: dedupe, or link with side 0/1 per record. */
export interface PairingOptions {
  readonly mode?: LinkMode;
  readonly side?: Uint8Array;
}

/**
 * Prepares records once: compiles every comparison and counts term frequencies.
 *
 * @param records - the records
 * @param settings - the schema's comparisons
 * @returns the index used by training and scoring
 */
export function indexRecords<R>(records: readonly R[], settings: LinkageSettings<R>): RecordIndex {
  const compiled = settings.comparisons.map((c) => c.compile(records));
  const tfFrequency = compiled.map((cc, c) => {
    if (!cc.tfKey || settings.comparisons[c]!.tfLevels.length === 0) return null;
    const keys: (string | null)[] = new Array(records.length);
    const counts = new Map<string, number>();
    let present = 0;
    for (let i = 0; i < records.length; i++) {
      const k = cc.tfKey(i);
      keys[i] = k;
      if (k === null) continue;
      present++;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const freq = new Float64Array(records.length).fill(Number.NaN);
    for (let i = 0; i < records.length; i++) {
      const k = keys[i];
      if (k !== null && k !== undefined) freq[i] = counts.get(k)! / present;
    }
    return freq;
  });
  return { size: records.length, compiled, tfFrequency };
}

/** Everything training produced, kept so that dedupe does not block and compare twice. */
export interface Training {
  readonly model: FellegiSunterModel;
  readonly index: RecordIndex;
  readonly pairs: CandidatePairs;
  readonly levels: Int8Array;
  readonly blocking: BlockingStats;
}

/**
 * Blocks, compares and fits the Fellegi–Sunter model on the records themselves: u from random pairs,
 * then m and λ by EM over the candidate pairs' pattern table (see `em.ts`).
 *
 * @param records - the records (in link mode both sources)
 * @param settings - schema, blocking rules, EM options
 * @param pairing - dedupe (default) or link with a side per record
 * @returns the model and the intermediate products
 */
export function fitModel<R>(
  records: readonly R[],
  settings: LinkageSettings<R>,
  pairing: PairingOptions = {},
): Training {
  const mode = pairing.mode ?? 'dedupe';
  const index = indexRecords(records, settings);
  const { pairs, stats, keys } = blockPairs(records, settings.blocking, {
    mode,
    ...(pairing.side ? { side: pairing.side } : {}),
    maxBlockSize: settings.maxBlockSize ?? 5_000,
  });
  const levels = comparisonVectors(index.compiled, pairs.left, pairs.right, pairs.count);
  const levelCounts = settings.comparisons.map((c) => c.levels.length);
  const random = estimateURandom(index.compiled, levelCounts, records.length, {
    sampleSize: settings.uSampleSize ?? 200_000,
    seed: settings.seed ?? 1,
    mode,
    ...(pairing.side ? { side: pairing.side } : {}),
  });
  const emOptions = {
    maxIterations: settings.em?.maxIterations ?? 200,
    tolerance: settings.em?.tolerance ?? 1e-6,
    estimateU: false,
  };
  const sessions = trainingSessions(settings, keys, pairs, levels, levelCounts, random.u, emOptions);
  const m = levelCounts.map((l, c) => {
    const estimates = sessions.mEstimates[c]!;
    if (estimates.length === 0) return startingM(l);
    const mean = new Float64Array(l);
    for (const e of estimates) for (let k = 0; k < l; k++) mean[k]! += e[k]! / estimates.length;
    return mean;
  });
  // λ = P(two random records match), coherent with u from random pairs (Splink's
  // `probability_two_random_records_match`): EM for λ alone over all pairs, the pairs blocking did
  // not propose counting as non-matches — right when blocking recall is near 1.
  const table = patternTable(levels, pairs.count, levelCounts);
  const totalPairs = allPairs(records.length, mode, pairing.side);
  let em = expectationMaximisation(
    table,
    { m, u: random.u, lambda: Math.min(0.5, pairs.count / Math.max(1, totalPairs)) },
    { ...emOptions, estimateM: false, totalPairs },
  );
  if (settings.em?.estimateU) {
    em = expectationMaximisation(
      table,
      { m: em.m, u: em.u, lambda: em.lambda },
      { ...emOptions, estimateU: true },
    );
  }
  const model: FellegiSunterModel = {
    comparisons: settings.comparisons.map((c, ci) => ({
      name: c.name,
      tfLevels: c.tfLevels,
      levels: c.levels.map(
        (label, l): LevelParameters => ({
          label,
          m: em.m[ci]![l]!,
          u: em.u[ci]![l]!,
          weight: Math.log2(em.m[ci]![l]! / em.u[ci]![l]!),
        }),
      ),
    })),
    lambda: em.lambda,
    priorWeight: Math.log2(em.lambda / (1 - em.lambda)),
    training: {
      candidatePairs: pairs.count,
      patterns: table.size,
      randomPairs: random.pairs,
      iterations: em.iterations,
      converged: em.converged,
      sessions: sessions.report,
      unestimated: settings.comparisons
        .filter((_, c) => sessions.mEstimates[c]!.length === 0)
        .map((c) => c.name),
    },
  };
  return { model, index, pairs, levels, blocking: stats };
}

/**
 * Trains a Fellegi–Sunter model on unlabelled records (u by random sampling, m and λ by EM).
 *
 * @param records - the records to be linked
 * @param settings - comparisons, blocking, EM options
 * @param pairing - dedupe (default) or link with a side per record
 * @returns the model: m, u and weight per level, the prior, training diagnostics
 */
export function trainModel<R>(
  records: readonly R[],
  settings: LinkageSettings<R>,
  pairing: PairingOptions = {},
): FellegiSunterModel {
  return fitModel(records, settings, pairing).model;
}

function allPairs(n: number, mode: LinkMode, side?: Uint8Array): number {
  if (mode === 'link' && side) {
    let ones = 0;
    for (const s of side) ones += s;
    return (n - ones) * ones;
  }
  return (n * (n - 1)) / 2;
}

// A session needs enough pairs for EM to separate two classes.
const MIN_SESSION_PAIRS = 20;
// A comparison at one level in this share of a session's pairs carries no information there.
const CONSTANT_SHARE = 0.995;

/**
 * Splink's training sessions: EM once per blocking rule over the pairs that rule blocks, u held at
 * the random-pair estimate, leaving out the comparisons the rule forces to agree (declared, or
 * found constant). Blocked non-matches agree on the blocking fields far more than random pairs do;
 * leaving those fields out keeps EM from calling every candidate a match. Each comparison's m is the
 * mean over the sessions that estimated it.
 */
function trainingSessions<R>(
  settings: LinkageSettings<R>,
  keys: readonly (string | null)[][],
  pairs: CandidatePairs,
  levels: Int8Array,
  levelCounts: readonly number[],
  u: Float64Array[],
  emOptions: { maxIterations: number; tolerance: number; estimateU: boolean },
): { mEstimates: Float64Array[][]; report: FellegiSunterModel['training']['sessions'] } {
  const nc = levelCounts.length;
  const mEstimates: Float64Array[][] = levelCounts.map(() => []);
  const report: FellegiSunterModel['training']['sessions'][number][] = [];
  settings.blocking.forEach((rule, k) => {
    const ruleKeys = keys[k]!;
    const chosen: number[] = [];
    for (let p = 0; p < pairs.count; p++) {
      const a = ruleKeys[pairs.left[p]!];
      if (a !== null && a !== undefined && a === ruleKeys[pairs.right[p]!]) chosen.push(p);
    }
    if (chosen.length < MIN_SESSION_PAIRS) return;
    const excluded = new Set<number>();
    for (const name of rule.comparisons ?? []) {
      const c = settings.comparisons.findIndex((x) => x.name === name);
      if (c >= 0) excluded.add(c);
    }
    for (let c = 0; c < nc; c++) {
      if (excluded.has(c)) continue;
      const hist = new Float64Array(levelCounts[c]!);
      let present = 0;
      for (const p of chosen) {
        const l = levels[p * nc + c]!;
        if (l >= 0) {
          hist[l]!++;
          present++;
        }
      }
      if (present === 0 || Math.max(...hist) >= CONSTANT_SHARE * present) excluded.add(c);
    }
    const sub = new Int8Array(chosen.length * nc);
    chosen.forEach((p, q) => {
      for (let c = 0; c < nc; c++) sub[q * nc + c] = excluded.has(c) ? -1 : levels[p * nc + c]!;
    });
    const table = patternTable(sub, chosen.length, levelCounts);
    const em = expectationMaximisation(table, { m: levelCounts.map(startingM), u, lambda: 0.5 }, emOptions);
    for (let c = 0; c < nc; c++) if (!excluded.has(c)) mEstimates[c]!.push(em.m[c]!);
    report.push({
      rule: rule.name,
      pairs: chosen.length,
      excluded: [...excluded].sort((a, b) => a - b).map((c) => settings.comparisons[c]!.name),
      lambda: em.lambda,
      m: em.m.map((row, c) => (excluded.has(c) ? [] : [...row])),
      iterations: em.iterations,
      converged: em.converged,
    });
  });
  return { mEstimates, report };
}

// Splink's default starting m falls away from the top level; EM moves it within a few iterations.
function startingM(levelCount: number): Float64Array {
  const m = new Float64Array(levelCount);
  let s = 0;
  for (let l = 0; l < levelCount; l++) {
    m[l] = 0.25 ** l;
    s += m[l]!;
  }
  for (let l = 0; l < levelCount; l++) m[l] = m[l]! / s;
  return m;
}

/** Scores of many pairs, column-wise. */
export interface ScoredPairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Match weight: prior + Σ field weights (bits). */
  readonly weight: Float64Array;
  /** Comparison levels, pair-major (`levels[p * C + c]`). */
  readonly levels: Int8Array;
  readonly count: number;
}

/**
 * The u of a pair on a comparison after term-frequency adjustment, or null when none applies: the
 * larger of the two records' value frequencies (Splink's `tf_adjustment`), floored at `tfMinimum`.
 */
function tfU(
  index: RecordIndex,
  model: FellegiSunterModel,
  c: number,
  level: number,
  i: number,
  j: number,
  tfMin: number,
): number | null {
  const freq = index.tfFrequency[c];
  if (!freq || !model.comparisons[c]!.tfLevels.includes(level)) return null;
  const fi = freq[i]!;
  const fj = freq[j]!;
  if (Number.isNaN(fi) || Number.isNaN(fj)) return null;
  return Math.max(fi, fj, tfMin);
}

/**
 * Match weights of pairs: log2(λ/(1−λ)) + Σ_c log2(m_c / u_c) over the present comparisons, with u
 * replaced by the value's frequency on term-frequency levels (a shared rare name weighs more than a
 * shared 王伟).
 *
 * @param index - records from {@link indexRecords}
 * @param model - a trained model for the same comparisons
 * @param left - left positions
 * @param right - right positions
 * @param count - number of pairs
 * @param options - `tfMinimum` (default 1e-5), precomputed `levels` to skip comparing again
 * @returns the scored pairs
 */
export function scoreIndexedPairs(
  index: RecordIndex,
  model: FellegiSunterModel,
  left: Int32Array,
  right: Int32Array,
  count: number,
  options: { tfMinimum?: number; levels?: Int8Array } = {},
): ScoredPairs {
  const nc = index.compiled.length;
  const levels = options.levels ?? comparisonVectors(index.compiled, left, right, count);
  const tfMin = options.tfMinimum ?? 1e-5;
  const weights = model.comparisons.map((c) => Float64Array.from(c.levels, (l) => l.weight));
  const ms = model.comparisons.map((c) => Float64Array.from(c.levels, (l) => l.m));
  const weight = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    let w = model.priorWeight;
    for (let c = 0; c < nc; c++) {
      const l = levels[p * nc + c]!;
      if (l < 0) continue;
      const u = index.tfFrequency[c] ? tfU(index, model, c, l, left[p]!, right[p]!, tfMin) : null;
      w += u === null ? weights[c]![l]! : Math.log2(ms[c]![l]! / u);
    }
    weight[p] = w;
  }
  return { left, right, weight, levels, count };
}

/** One pair with its field-by-field evidence, for review screens and audit. */
export interface ScoredPair {
  readonly leftId: string;
  readonly rightId: string;
  readonly weight: number;
  /** 2^w / (1 + 2^w). */
  readonly probability: number;
  /** Level per comparison (-1 missing). */
  readonly levels: readonly number[];
  /** Term-frequency u per comparison, or null where not adjusted. */
  readonly tfU: readonly (number | null)[];
}

/**
 * A pair object from column-wise scores (kept for links and review pairs only).
 *
 * @param index - records index
 * @param model - the model
 * @param scored - scored pairs
 * @param p - pair position
 * @param ids - record ids by position
 * @param tfMinimum - TF floor
 * @returns the pair with levels and TF-adjusted u
 */
export function pairAt(
  index: RecordIndex,
  model: FellegiSunterModel,
  scored: ScoredPairs,
  p: number,
  ids: readonly string[],
  tfMinimum = 1e-5,
): ScoredPair {
  const nc = index.compiled.length;
  const i = scored.left[p]!;
  const j = scored.right[p]!;
  const levels: number[] = [];
  const tf: (number | null)[] = [];
  for (let c = 0; c < nc; c++) {
    const l = scored.levels[p * nc + c]!;
    levels.push(l);
    tf.push(l < 0 ? null : tfU(index, model, c, l, i, j, tfMinimum));
  }
  const weight = scored.weight[p]!;
  return {
    leftId: ids[i]!,
    rightId: ids[j]!,
    weight,
    probability: matchProbability(weight),
    levels,
    tfU: tf,
  };
}

/**
 * Match probability from a match weight.
 *
 * @param weight - log2 Bayes factor including the prior
 * @returns 2^w / (1 + 2^w)
 */
export function matchProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}
