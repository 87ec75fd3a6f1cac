/**
 * Calendar arithmetic for survival on whole-day dates (methods.md §0): dates become day numbers
 * (days since 1970-01-01, proleptic Gregorian) so that follow-up is a plain subtraction.
 */

const ISO_DATE = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})$/;

/**
 * Day number (days since 1970-01-01) of a civil date; Hinnant's `days_from_civil`, exact for all
 * proleptic Gregorian dates.
 *
 * @param year - four-digit year.
 * @param month - 1…12.
 * @param day - 1…31 (not validated here).
 * @returns the day number.
 */
export function dayNumberOfCivilDate(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Calendar year containing a day number (inverse of {@link dayNumberOfCivilDate} for the year).
 *
 * @param dayNumber - days since 1970-01-01 (an integer).
 * @returns the Gregorian year.
 */
export function yearOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153); // March = 0, so Jan and Feb belong to the next year
  return yearOfEra + era * 400 + (monthIndex >= 10 ? 1 : 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A validated civil date. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Parse a data-contract date (`YYYY-MM-DD`, `YYYY/MM/DD` or `YYYYMMDD`), rejecting impossible dates
 * such as 2015-02-29.
 *
 * @param raw - the cell text; surrounding blanks are ignored.
 * @returns the date, or null when missing or invalid.
 */
export function parseCivilDate(raw: string | undefined): CivilDate | null {
  if (raw === undefined) return null;
  const match = ISO_DATE.exec(raw.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const length = month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
  return day > length ? null : { year, month, day };
}

/**
 * Completed years between a birth date and an event date (methods.md §0): a person born on
 * 29 February turns a year older on 1 March in non-leap years.
 *
 * @param birth - date of birth.
 * @param event - the later date.
 * @returns the age in completed years, or null when the birth date is after the event.
 */
export function completedYears(birth: CivilDate, event: CivilDate): number | null {
  const beforeBirthday = event.month < birth.month || (event.month === birth.month && event.day < birth.day);
  const age = event.year - birth.year - (beforeBirthday ? 1 : 0);
  if (age < 0) return null;
  if (age === 0 && dayNumberOfCivilDate(event.year, event.month, event.day) < dayNumberOf(birth)) return null;
  return age;
}

/**
 * Day number of a civil date object.
 *
 * @param date - a validated date.
 * @returns days since 1970-01-01.
 */
export function dayNumberOf(date: CivilDate): number {
  return dayNumberOfCivilDate(date.year, date.month, date.day);
}
