import { type NamedCode, parseCodeRows } from '../shared/code-rows';
import { TOPOGRAPHY_ROWS } from './topography.data';

/** An ICD-O-3 topography code (`C16.9`) or three-character heading (`C16`). */
export interface TopographyCode extends NamedCode {
  /** The three-character heading, e.g. `C16`. */
  readonly heading: string;
}

const ALL = parseCodeRows(TOPOGRAPHY_ROWS).map((r) => ({ ...r, heading: r.code.slice(0, 3) }));

/** The 70 three-character headings C00–C80 (no C43, C45, C46, C59, C78, C79 in ICD-O-3). */
export const TOPOGRAPHY_HEADINGS: readonly TopographyCode[] = ALL.filter((r) => r.code.length === 3);

/** Every ICD-O-3 topography code C00.0–C80.9, in order. */
export const TOPOGRAPHY_CODES: readonly TopographyCode[] = ALL.filter((r) => r.code.length === 5);

const byCode = new Map(ALL.map((r) => [r.code, r]));

/**
 * Canonical form of a topography code: upper case, dot after 3 characters (`c169`, `C16.9`,
 * `C 16.9`, `T16.9` (the `T` prefix some systems use) → `C16.9`; `C16` stays a heading).
 *
 * @param raw - topography as written
 * @returns `Cnn.n` or `Cnn`, or null when it has not that shape
 */
export function normaliseTopography(raw: string): string | null {
  const m = /^[CT]?(\d{2})\.?(\d)?$/.exec(raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase());
  if (!m) return null;
  return m[2] === undefined ? `C${m[1]}` : `C${m[1]}.${m[2]}`;
}

/**
 * The ICD-O-3 topography code or heading, read leniently (see {@link normaliseTopography}).
 *
 * @param raw - e.g. `C34.1`, `c341`, `C34`
 * @returns the entry, or undefined when the code does not exist in ICD-O-3
 */
export function findTopography(raw: string): TopographyCode | undefined {
  const code = normaliseTopography(raw);
  return code === null ? undefined : byCode.get(code);
}

/**
 * Whether a code is a valid four-character ICD-O-3 topography (a heading alone is not).
 *
 * @param raw - topography as written
 * @returns true for existing `Cnn.n` codes
 */
export function isValidTopography(raw: string): boolean {
  return findTopography(raw)?.code.length === 5;
}
