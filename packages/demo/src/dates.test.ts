import { describe, expect, it } from 'vitest';
import { civilDate, compactDate, dayNumber, isoDate, parseIsoDate, yearsBefore } from './dates';

describe('day numbers', () => {
  it('agree with Date.UTC on every day from 1900 to 2100', () => {
    for (let days = dayNumber(1900, 1, 1); days <= dayNumber(2100, 12, 31); days += 1) {
      const d = new Date(days * 86_400_000);
      const c = civilDate(days);
      if (c.year !== d.getUTCFullYear() || c.month !== d.getUTCMonth() + 1 || c.day !== d.getUTCDate()) {
        throw new Error(`mismatch at ${days}`);
      }
    }
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
  });

  it('format and parse ISO dates both ways', () => {
    expect(isoDate(dayNumber(2024, 2, 29))).toBe('2024-02-29');
    expect(compactDate(dayNumber(1949, 12, 31))).toBe('19491231');
    expect(parseIsoDate('2025-06-30')).toBe(dayNumber(2025, 6, 30));
  });

  it('reject text that is not a calendar date', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2023/01/01')).toThrow(RangeError);
  });

  it('go back whole years, turning 29 February into 28 February in a common year', () => {
    expect(isoDate(yearsBefore(dayNumber(2024, 2, 29), 1))).toBe('2023-02-28');
    expect(isoDate(yearsBefore(dayNumber(2024, 2, 29), 4))).toBe('2020-02-29');
    expect(isoDate(yearsBefore(dayNumber(2020, 7, 15), 60))).toBe('1960-07-15');
  });
});
