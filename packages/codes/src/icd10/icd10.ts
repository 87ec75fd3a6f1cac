import { TOPOGRAPHY_CODES } from '../icdo3/topography';
import { type NamedCode, parseCodeRows } from '../shared/code-rows';
import { ICD10_CATEGORY_ROWS } from './icd10-categories.data';
import { ICD10_SUBCATEGORY_ROWS } from './icd10-subcategories.data';

/** An ICD-10 chapter II code: a three-character category (`C16`) or a subcategory (`C16.9`). */
export interface Icd10Code extends NamedCode {
  /** The three-character category (`C16` for `C16.9` and for `C16`). */
  readonly category: string;
  readonly kind: 'category' | 'subcategory';
}

// Categories whose ICD-10 fourth character is the same anatomical subdivision as the ICD-O-3
// topography heading of the same number (checked against the WHO 2016 tabular list); their
// subcategory titles are taken from the topography table instead of being typed twice.
const SHARED_WITH_TOPOGRAPHY = new Set(
  (
    'C00 C02 C03 C04 C05 C06 C08 C09 C10 C11 C13 C14 C15 C16 C17 C18 C21 C24 C25 C30 C31 C32 C34 C38 C39 ' +
    'C40 C41 C47 C48 C49 C50 C51 C53 C54 C57 C60 C62 C63 C67 C68 C69 C70 C71 C72 C74 C75 C76 C77'
  ).split(' '),
);

function build(): Icd10Code[] {
  const categories = parseCodeRows(ICD10_CATEGORY_ROWS).map(
    (r): Icd10Code => ({ ...r, category: r.code, kind: 'category' }),
  );
  const shared = TOPOGRAPHY_CODES.filter((t) => SHARED_WITH_TOPOGRAPHY.has(t.heading)).map(
    (t): Icd10Code => ({ code: t.code, zh: t.zh, en: t.en, category: t.heading, kind: 'subcategory' }),
  );
  const explicit = parseCodeRows(ICD10_SUBCATEGORY_ROWS).map(
    (r): Icd10Code => ({ ...r, category: r.code.slice(0, 3), kind: 'subcategory' }),
  );
  return [...categories, ...shared, ...explicit].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
}

/** Every chapter II category and subcategory held, sorted by code. */
export const ICD10_CODES: readonly Icd10Code[] = build();

/** The 137 three-character categories C00–C97 and D00–D48. */
export const ICD10_CATEGORIES: readonly Icd10Code[] = ICD10_CODES.filter((c) => c.kind === 'category');

const byCode = new Map(ICD10_CODES.map((c) => [c.code, c]));

// Letter, two digits, optional dot, optional fourth character, then an optional national extension:
// more digits (`C16.900`), the clinical-edition suffix (`C34.100x002`), or dagger/asterisk marks.
const ICD10_SHAPE = /^([A-Z])(\d{2})(?:\.?(\d)(?:\d{1,2})?(?:X\d{3})?)?[†*+]?$/;

/**
 * Canonical form of an ICD-10 code as hospital systems write it: `c16.9`, `C169`, ` C16.9 ` →
 * `C16.9`; `C16` → `C16`; national extensions (`C16.900`, `C34.100x002`) → the four-character WHO
 * code (domain guide §2.2). Existence is not checked here (see {@link findIcd10}).
 *
 * @param raw - the code as written
 * @returns `Lnn` or `Lnn.n`, or null when the text is not ICD-10 shaped
 */
export function normaliseIcd10(raw: string): string | null {
  const text = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const m = ICD10_SHAPE.exec(text);
  if (!m) return null;
  return m[3] === undefined ? `${m[1]}${m[2]}` : `${m[1]}${m[2]}.${m[3]}`;
}

/**
 * The chapter II category or subcategory, read leniently (see {@link normaliseIcd10}).
 *
 * @param raw - e.g. `C34.1`, `c341`, `C34`, `C34.100`
 * @returns the entry with Chinese and English titles, or undefined when not in chapter II
 */
export function findIcd10(raw: string): Icd10Code | undefined {
  const code = normaliseIcd10(raw);
  return code === null ? undefined : byCode.get(code);
}

/**
 * The three-character category of a code (methods.md §0 `icd10_3`): `C16.9` → `C16`.
 *
 * @param raw - the code as written
 * @returns the category, or null when the text is not ICD-10 shaped
 */
export function icd10Category(raw: string): string | null {
  return normaliseIcd10(raw)?.slice(0, 3) ?? null;
}

/**
 * Whether a code's category lies in a range of categories with the same letter, ends included.
 *
 * @param raw - the code as written
 * @param from - first category, e.g. `C18`
 * @param to - last category, e.g. `C21`
 * @returns true when `from` ≤ category ≤ `to`
 */
export function isIcd10InRange(raw: string, from: string, to: string): boolean {
  const category = icd10Category(raw);
  return category !== null && category >= from && category <= to && category[0] === from[0];
}

/**
 * Whether the code is a malignant neoplasm, C00–C97 (an existing category is required).
 *
 * @param raw - the code as written
 * @returns true for the malignant block of chapter II
 */
export function isMalignantIcd10(raw: string): boolean {
  const category = icd10Category(raw);
  return category !== null && category[0] === 'C' && byCode.has(category);
}

/**
 * Whether the code is collected by Chinese registries: C00–C97, D32–D33, D42–D43, D45–D47
 * (domain guide §2.4). In situ D00–D09 are not registrable (kept for screening).
 *
 * @param raw - the code as written
 * @returns true when the case belongs in the registry's incidence database
 */
export function isRegistrableIcd10(raw: string): boolean {
  if (isMalignantIcd10(raw)) return true;
  return (
    isIcd10InRange(raw, 'D32', 'D33') ||
    isIcd10InRange(raw, 'D42', 'D43') ||
    isIcd10InRange(raw, 'D45', 'D47')
  );
}

/**
 * Whether the code is an in situ neoplasm, D00–D09.
 *
 * @param raw - the code as written
 * @returns true for D00–D09
 */
export function isInSituIcd10(raw: string): boolean {
  return isIcd10InRange(raw, 'D00', 'D09');
}
