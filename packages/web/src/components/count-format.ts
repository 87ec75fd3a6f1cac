import type { Count } from '@orca/contract';

/** What a suppressed cell shows: the server withholds counts under 5 (identification risk). */
export const SUPPRESSED_TEXT = '<5';

/**
 * Whether a count was withheld by the server (`suppressed`, or a null value, which means the same).
 *
 * @param count - a possibly suppressed count from the API.
 * @returns true when the count must be shown as "<5".
 */
export function isSuppressed(count: Count): boolean {
  return count.suppressed || count.value === null;
}

/**
 * A count as text: grouped digits in the UI language, or "<5" for a suppressed cell.
 *
 * @param count - a possibly suppressed count, or a plain integer.
 * @param locale - BCP 47 tag for digit grouping (`zh-CN` → 12,345).
 * @returns e.g. `12,345` or `<5`.
 */
export function formatCount(count: Count | number, locale: string): string {
  if (typeof count === 'number') return new Intl.NumberFormat(locale).format(count);
  if (isSuppressed(count) || count.value === null) return SUPPRESSED_TEXT;
  return new Intl.NumberFormat(locale).format(count.value);
}
