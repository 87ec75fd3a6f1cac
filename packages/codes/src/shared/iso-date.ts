/**
 * Calendar-date helpers on `YYYY-MM-DD` strings, done in UTC day numbers so that the host's time zone
 * can never shift a date (a `new Date('2025-01-26')` read with local getters is a day early west of UTC).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Whether year, month and day form a real Gregorian date.
 *
 * @param year - four-digit year
 * @param month - 1–12
 * @param day - 1–31
 * @returns true when the date exists (29 February only in leap years)
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1]!;
}

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`.
 *
 * @param iso - candidate date
 * @returns true for e.g. `2024-02-29`, false for `2023-02-29` or `2024-2-1`
 */
export function isIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Days since 1970-01-01 of an ISO date.
 *
 * @param iso - `YYYY-MM-DD`
 * @returns the day number (negative before 1970)
 * @throws RangeError when `iso` is not a real `YYYY-MM-DD` date
 */
export function isoToDayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`expected a YYYY-MM-DD date, got ${JSON.stringify(iso)}`);
  }
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/**
 * The ISO date of a day number (inverse of {@link isoToDayNumber}).
 *
 * @param dayNumber - days since 1970-01-01
 * @returns `YYYY-MM-DD`
 */
export function dayNumberToIso(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
 *
 * @param dayNumber - days since 1970-01-01
 * @returns 0–6
 */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
