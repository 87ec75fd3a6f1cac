import { defineComparison } from '../core/comparison';
import type { Comparison } from '../core/types';
import { isAdjacentTransposition, isOneSubstitution, jaroWinkler } from './string-similarity';

/** Reads a text field; empty and white-space-only text counts as missing. */
export type TextGetter<R> = (record: R) => string | null | undefined;

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/**
 * Two-level comparison: exact agreement / else.
 *
 * @param name - field name
 * @param get - the field of a record
 * @param options - `termFrequency: true` to adjust the exact level by the value's frequency
 * @returns the comparison
 */
export function exactComparison<R>(
  name: string,
  get: TextGetter<R>,
  options: { termFrequency?: boolean } = {},
): Comparison<R> {
  return defineComparison<R, string>({
    name,
    levels: ['exact', 'different'],
    prepare: (r) => clean(get(r)),
    compare: (a, b) => (a === b ? 0 : 1),
    ...(options.termFrequency ? { tfKey: (v: string) => v } : {}),
  });
}

/**
 * Text comparison by Jaro–Winkler similarity: exact / JW ≥ each threshold (descending) / else — the
 * levels Splink's `NameComparison` and fastLink use for names and addresses.
 *
 * @param name - field name
 * @param get - the field of a record (compared case-insensitively)
 * @param thresholds - descending similarity cut-offs, e.g. [0.92, 0.8]
 * @param options - `termFrequency: true` to adjust the exact level by the value's frequency
 * @returns the comparison
 * @throws RangeError when the thresholds are not descending in (0, 1)
 */
export function jaroWinklerComparison<R>(
  name: string,
  get: TextGetter<R>,
  thresholds: readonly number[] = [0.92, 0.8],
  options: { termFrequency?: boolean } = {},
): Comparison<R> {
  for (let k = 0; k < thresholds.length; k++) {
    const t = thresholds[k]!;
    if (!(t > 0 && t < 1) || (k > 0 && t >= thresholds[k - 1]!)) {
      throw new RangeError(
        `comparison ${name}: thresholds must descend in (0, 1), got ${thresholds.join(',')}`,
      );
    }
  }
  const levels = ['exact', ...thresholds.map((t) => `jaro-winkler ≥ ${t}`), 'different'];
  return defineComparison<R, string>({
    name,
    levels,
    prepare: (r) => clean(get(r))?.toLowerCase() ?? null,
    compare: (a, b) => {
      if (a === b) return 0;
      const s = jaroWinkler(a, b);
      for (let k = 0; k < thresholds.length; k++) if (s >= thresholds[k]!) return k + 1;
      return thresholds.length + 1;
    },
    ...(options.termFrequency ? { tfKey: (v: string) => v } : {}),
  });
}

/**
 * Code comparison for identifiers and numeric dates typed by hand: exact / one character mistyped /
 * two adjacent characters swapped / else.
 *
 * @param name - field name
 * @param get - the field of a record
 * @returns the comparison
 */
export function keyingErrorComparison<R>(name: string, get: TextGetter<R>): Comparison<R> {
  return defineComparison<R, string>({
    name,
    levels: ['exact', 'one character off', 'adjacent transposition', 'different'],
    prepare: (r) => clean(get(r)),
    compare: (a, b) => {
      if (a === b) return 0;
      if (isOneSubstitution(a, b)) return 1;
      if (isAdjacentTransposition(a, b)) return 2;
      return 3;
    },
  });
}
