/**
 * The same day `months` calendar months later, clamped to the month's last day (2024-08-31 + 6 months
 * → 2025-02-28): recall intervals are in calendar months, not in days.
 *
 * @param isoDate - `YYYY-MM-DD`
 * @param months - whole months, may be negative
 * @returns `YYYY-MM-DD`
 */
export function addMonths(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) - 1 + months;
  const d = Number(isoDate.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date in China (UTC+8), the calendar the programmes' due dates are written in. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
