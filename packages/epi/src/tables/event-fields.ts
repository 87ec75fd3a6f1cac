import { completedAgeYears, icd10Category } from '@orca/codes';

/** A row as read from a data-contract CSV: column name → text (absent or empty when missing). */
export type CsvRow = Readonly<Record<string, string | undefined>>;

/** Why an input row was left out of a table. */
export interface ExcludedRow {
  /** Which input the row came from. */
  readonly source: 'events' | 'population' | 'cases' | 'deaths';
  /** 0-based index of the row in its input array. */
  readonly row: number;
  /** Stable snake_case reason. */
  readonly reason: string;
}

/** One of the 26 annual-report site groups (domain guide §2.12). */
export interface SiteGroup {
  readonly id: number;
  readonly zh: string;
  readonly en: string;
}

/** Maps an ICD-10 code to its annual-report site group, as `siteGroupOfIcd10` in `@orca/codes`. */
export type SiteGroupOf = (code: string) => SiteGroup | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether text is a real calendar date `YYYY-MM-DD` (the data-contract form; the CLI's reader turns
 * `YYYY/MM/DD` and `YYYYMMDD` into it before the table builders see it).
 *
 * @param text - the date as text.
 * @returns true for an existing date.
 */
export function isIsoDate(text: string | undefined): text is string {
  if (text === undefined) return false;
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * Age in completed years at the event (methods.md §0): from birth_date when it is a valid date not
 * after the event; otherwise the optional `age` column (data contract); otherwise null (unknown).
 *
 * @param row - the event row.
 * @param eventDate - the event's date, already validated.
 * @returns whole years ≥ 0, or null when unknown.
 */
export function eventAgeYears(row: CsvRow, eventDate: string): number | null {
  const birth = row.birth_date?.trim();
  if (birth) {
    // A present but invalid or later birth date makes age unknown (methods.md §0), not the age column.
    return isIsoDate(birth) ? completedAgeYears(birth, eventDate) : null;
  }
  const age = row.age?.trim();
  if (!age || !/^\d{1,3}$/.test(age)) return null;
  return Number(age);
}

/** Sex code 1 or 2 from GB/T 2261.1 text, or null for 0, 9, missing or anything else. */
export function knownSex(text: string | undefined): 1 | 2 | null {
  const t = text?.trim();
  return t === '1' ? 1 : t === '2' ? 2 : null;
}

/**
 * A memoised `icd10_3` reader: registries repeat a few hundred codes across millions of rows, so the
 * parse runs once per distinct text.
 *
 * @returns a function from code text to its 3-character category (null when not ICD-10 shaped).
 */
export function categoryReader(): (raw: string | undefined) => string | null {
  const cache = new Map<string, string | null>();
  return (raw) => {
    if (raw === undefined || raw === '') return null;
    let category = cache.get(raw);
    if (category === undefined) {
      category = icd10Category(raw);
      cache.set(raw, category);
    }
    return category;
  };
}

/** Whether a 3-character category is in C00–C97, the malignant chapter ("ALL", methods.md §0). */
export function isMalignantCategory(category: string): boolean {
  return category.length === 3 && category >= 'C00' && category <= 'C97';
}
