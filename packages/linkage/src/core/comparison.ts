import type { Comparison, CompiledComparison } from './types';

/** How to build a {@link Comparison}: prepare each record once, then compare prepared values. */
export interface ComparisonSpec<R, F> {
  readonly name: string;
  /** Level labels, closest first; `compare` returns an index into this list. */
  readonly levels: readonly string[];
  /** The prepared value of a record, or null when the field is missing (level -1, weight 0). */
  readonly prepare: (record: R) => F | null;
  /** Level index of two present values. */
  readonly compare: (a: F, b: F) => number;
  /** Term-frequency key of a prepared value; enables TF adjustment of `tfLevels`. */
  readonly tfKey?: (value: F) => string;
  /** Levels adjusted by term frequency (default: level 0 when `tfKey` is given). */
  readonly tfLevels?: readonly number[];
}

/**
 * Builds a field comparison from a prepare step and a level function.
 *
 * Missing values get level -1 and contribute no evidence, as in Splink's "null level" and fastLink
 * (Enamorado, Fifield & Imai, Am Polit Sci Rev 2019;113:353–371), rather than counting as
 * disagreement: a record without an ID is not evidence against a match.
 *
 * @param spec - name, levels, prepare and compare functions
 * @returns the comparison, usable in {@link LinkageSettings.comparisons}
 * @throws RangeError when fewer than two levels are given
 */
export function defineComparison<R, F>(spec: ComparisonSpec<R, F>): Comparison<R> {
  if (spec.levels.length < 2) {
    throw new RangeError(`comparison ${spec.name}: needs at least 2 levels, got ${spec.levels.length}`);
  }
  const { prepare, compare, tfKey } = spec;
  return {
    name: spec.name,
    levels: spec.levels,
    tfLevels: spec.tfLevels ?? (tfKey ? [0] : []),
    compile(records: readonly R[]): CompiledComparison {
      const values: (F | null)[] = new Array(records.length);
      for (let i = 0; i < records.length; i++) values[i] = prepare(records[i]!);
      return {
        level(i: number, j: number): number {
          const a = values[i];
          const b = values[j];
          if (a === null || a === undefined || b === null || b === undefined) return -1;
          return compare(a, b);
        },
        tfKey: tfKey
          ? (i: number) => {
              const v = values[i];
              return v === null || v === undefined ? null : tfKey(v);
            }
          : null,
      };
    },
  };
}
