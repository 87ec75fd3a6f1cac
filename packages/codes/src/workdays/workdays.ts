import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayNumberToIso, isoToDayNumber, weekdayOfDayNumber } from '../shared/iso-date';

/**
 * Working-day arithmetic with the State Council's holidays and make-up working days (调休), domain
 * guide §4.6. The calendar is the data of the npm package `chinese-days` (MIT; 2004 to the year its
 * release covers). Only its data file is used: its functions compute the weekday in the host's local
 * time from a UTC-parsed date, which puts weekends a day early west of UTC. Years the package does not
 * cover fall back to Monday–Friday; pass `overrides` (the administrator's `calendar_day` table) to
 * correct or extend it.
 */

/** Dates (`YYYY-MM-DD`) forced to working day (true) or day off (false), overriding the package. */
export type WorkdayOverrides = Readonly<Record<string, boolean>>;

const HOLIDAYS: Readonly<Record<string, string>> = calendar.holidays;
const MAKE_UP_WORKDAYS: Readonly<Record<string, string>> = calendar.workdays;

function coveredYears(): { first: number; last: number } {
  const years = Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** First and last calendar year for which the bundled holiday notices are known. */
export const WORKDAY_CALENDAR_YEARS: { readonly first: number; readonly last: number } = coveredYears();

function isWorkdayNumber(day: number, overrides: WorkdayOverrides | undefined): boolean {
  const iso = dayNumberToIso(day);
  const forced = overrides?.[iso];
  if (forced !== undefined) return forced;
  if (HOLIDAYS[iso] !== undefined) return false;
  if (MAKE_UP_WORKDAYS[iso] !== undefined) return true;
  const weekday = weekdayOfDayNumber(day);
  return weekday !== 0 && weekday !== 6;
}

/**
 * Whether a date is a working day in mainland China.
 *
 * @param isoDate - `YYYY-MM-DD`
 * @param overrides - optional administrator corrections
 * @returns true on Monday–Friday that are not public holidays, and on make-up working days
 * @throws RangeError when `isoDate` is not a real `YYYY-MM-DD` date
 */
export function isWorkday(isoDate: string, overrides?: WorkdayOverrides): boolean {
  return isWorkdayNumber(isoToDayNumber(isoDate), overrides);
}

/**
 * Whether the bundled calendar knows the holiday notice for this date's year; outside it only
 * weekends (and `overrides`) are known, so deadlines should be shown as provisional.
 *
 * @param isoDate - `YYYY-MM-DD`
 * @returns true when the year is within {@link WORKDAY_CALENDAR_YEARS}
 */
export function isWorkdayCalendarKnown(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  return year >= WORKDAY_CALENDAR_YEARS.first && year <= WORKDAY_CALENDAR_YEARS.last;
}

/**
 * The n-th working day after a date; the count starts the day after `isoDate`, which itself never
 * counts (domain guide §4.6: first use Fri 2025-01-24 → the 15th working day is Thu 2025-02-20).
 * Where a rule counts the start day as day 1, call with n − 1 when the start day is a working day.
 *
 * @param isoDate - start date `YYYY-MM-DD`
 * @param n - whole number of working days; negative counts backwards, 0 returns `isoDate`
 * @param overrides - optional administrator corrections
 * @returns the resulting date `YYYY-MM-DD`
 * @throws RangeError when `n` is not an integer or the date is malformed
 */
export function addWorkdays(isoDate: string, n: number, overrides?: WorkdayOverrides): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkdays: n must be an integer, got ${n}`);
  let day = isoToDayNumber(isoDate);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (isWorkdayNumber(day, overrides)) left--;
  }
  return dayNumberToIso(day);
}

/**
 * Working days from `a` to `b`: those after `a` up to and including `b`, negative when `b` is before
 * `a`. It inverts {@link addWorkdays} for working-day targets: `workdaysBetween(a, addWorkdays(a, n))`
 * is n, so "days left" to a deadline is `workdaysBetween(today, deadline)`.
 *
 * @param a - start date `YYYY-MM-DD` (not counted)
 * @param b - end date `YYYY-MM-DD` (counted)
 * @param overrides - optional administrator corrections
 * @returns the signed count
 */
export function workdaysBetween(a: string, b: string, overrides?: WorkdayOverrides): number {
  const from = isoToDayNumber(a);
  const to = isoToDayNumber(b);
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorkdayNumber(day, overrides)) count++;
  return sign * count;
}
