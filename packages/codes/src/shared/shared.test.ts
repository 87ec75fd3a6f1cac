import { describe, expect, it } from 'vitest';
import { parseCodeRows } from './code-rows';
import { dayNumberToIso, isIsoDate, isoToDayNumber, isRealDate, weekdayOfDayNumber } from './iso-date';

describe('shared helpers', () => {
  it('recognises real dates, leap years included', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2025, 13, 1)).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-3')).toBe(false);
  });

  it('round-trips day numbers and knows the weekday', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(dayNumberToIso(isoToDayNumber('2025-01-24'))).toBe('2025-01-24');
    expect(weekdayOfDayNumber(isoToDayNumber('2025-01-24'))).toBe(5); // a Friday
    expect(weekdayOfDayNumber(isoToDayNumber('1969-12-28'))).toBe(0); // a Sunday before 1970
    expect(() => isoToDayNumber('2025-02-30')).toThrow(RangeError);
  });

  it('parses code|zh|en rows and names a malformed row', () => {
    expect(parseCodeRows('\nC16|胃|Stomach\n\n')).toEqual([{ code: 'C16', zh: '胃', en: 'Stomach' }]);
    expect(() => parseCodeRows('C16|胃')).toThrow(/C16\|胃/);
  });
});
