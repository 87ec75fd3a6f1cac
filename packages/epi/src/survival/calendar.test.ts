import { describe, expect, it } from 'vitest';
import { completedYears, dayNumberOfCivilDate, parseCivilDate, yearOfDayNumber } from './calendar';

describe('calendar', () => {
  it('counts days from 1970-01-01 across leap years', () => {
    expect(dayNumberOfCivilDate(1970, 1, 1)).toBe(0);
    expect(dayNumberOfCivilDate(2000, 3, 1)).toBe(11_017);
    expect(dayNumberOfCivilDate(1960, 1, 1)).toBe(-3653);
    expect(yearOfDayNumber(dayNumberOfCivilDate(2024, 12, 31))).toBe(2024);
    expect(yearOfDayNumber(dayNumberOfCivilDate(2025, 1, 1))).toBe(2025);
    expect(yearOfDayNumber(dayNumberOfCivilDate(1900, 2, 28))).toBe(1900);
  });

  it('ages a 29 February birthday on 1 March in non-leap years (methods.md §0)', () => {
    const birth = parseCivilDate('1960-02-29')!;
    expect(completedYears(birth, parseCivilDate('2015-02-28')!)).toBe(54);
    expect(completedYears(birth, parseCivilDate('2015-03-01')!)).toBe(55);
    expect(completedYears(birth, parseCivilDate('2016-02-29')!)).toBe(56);
    expect(completedYears(parseCivilDate('2020-05-02')!, parseCivilDate('2020-05-01')!)).toBeNull();
  });

  it('parses the three data-contract date forms and rejects impossible dates', () => {
    expect(parseCivilDate('2015/03/01')).toEqual({ year: 2015, month: 3, day: 1 });
    expect(parseCivilDate('20150301')).toEqual({ year: 2015, month: 3, day: 1 });
    expect(parseCivilDate('2015-02-29')).toBeNull();
    expect(parseCivilDate('2012-13-01')).toBeNull();
    expect(parseCivilDate('')).toBeNull();
  });
});
