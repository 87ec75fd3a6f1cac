import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  isWorkday,
  isWorkdayCalendarKnown,
  WORKDAY_CALENDAR_YEARS,
  workdaysBetween,
} from './workdays';

describe('working days with Chinese holidays', () => {
  it('knows the 2025 holidays and make-up working days of the State Council notice', () => {
    // Domain guide §4.6: holidays 1 Jan; 28 Jan–4 Feb; 4–6 Apr; 1–5 May; 31 May–2 Jun; 1–8 Oct.
    for (const d of ['2025-01-01', '2025-01-28', '2025-02-04', '2025-04-04', '2025-05-05', '2025-06-02']) {
      expect(isWorkday(d)).toBe(false);
    }
    for (const d of ['2025-10-01', '2025-10-08']) expect(isWorkday(d)).toBe(false);
    // Make-up working days: Sun 26 Jan, Sat 8 Feb, Sun 27 Apr, Sun 28 Sep, Sat 11 Oct.
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) {
      expect(isWorkday(d)).toBe(true);
    }
    expect(isWorkday('2025-03-03')).toBe(true); // an ordinary Monday
    expect(isWorkday('2025-03-08')).toBe(false); // an ordinary Saturday
  });

  it('reproduces the 15-working-day deadlines worked in the domain guide', () => {
    expect(addWorkdays('2025-01-24', 15)).toBe('2025-02-20');
    expect(addWorkdays('2025-09-26', 15)).toBe('2025-10-23');
  });

  it('counts working days between two dates as the inverse of addWorkdays', () => {
    expect(workdaysBetween('2025-01-24', '2025-02-20')).toBe(15);
    expect(workdaysBetween('2025-02-20', '2025-01-24')).toBe(-15);
    expect(workdaysBetween('2025-03-03', '2025-03-03')).toBe(0);
    expect(addWorkdays('2025-02-20', -15)).toBe('2025-01-24'); // Fri 24 Jan is itself a working day
    expect(addWorkdays('2025-03-05', 0)).toBe('2025-03-05');
  });

  it('applies administrator overrides and falls back to Monday–Friday beyond the data', () => {
    expect(isWorkday('2025-03-03', { '2025-03-03': false })).toBe(false);
    expect(addWorkdays('2025-02-28', 1, { '2025-03-01': true })).toBe('2025-03-01');
    expect(WORKDAY_CALENDAR_YEARS.first).toBe(2004);
    expect(WORKDAY_CALENDAR_YEARS.last).toBeGreaterThanOrEqual(2025);
    expect(isWorkdayCalendarKnown('2025-05-01')).toBe(true);
    expect(isWorkdayCalendarKnown('2099-05-01')).toBe(false);
    expect(isWorkday('2099-05-01')).toBe(true); // a Friday, no notice known
    expect(isWorkday('2099-05-02')).toBe(false); // Saturday
  });

  it('rejects malformed dates and fractional counts', () => {
    expect(() => isWorkday('2025-02-30')).toThrow(RangeError);
    expect(() => addWorkdays('2025-02-03', 1.5)).toThrow(RangeError);
  });
});
