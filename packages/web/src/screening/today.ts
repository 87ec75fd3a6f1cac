/**
 * Today's date in China (UTC+8) as `YYYY-MM-DD`, the default of the forms' date fields.
 *
 * @param now - the instant (injectable for tests).
 * @returns the calendar date.
 */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
