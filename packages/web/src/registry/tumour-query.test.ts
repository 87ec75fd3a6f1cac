import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, normaliseIcd10, parseTumourFilters, tumourFiltersToParams } from './tumour-query';

describe('normaliseIcd10', () => {
  it('upper-cases and strips spaces from a three- or four-character code', () => {
    expect(normaliseIcd10(' c16 .9 ')).toBe('C16.9');
    expect(normaliseIcd10('C34')).toBe('C34');
  });

  it('drops text that is not an ICD-10 code', () => {
    expect(normaliseIcd10('stomach')).toBeUndefined();
    expect(normaliseIcd10('')).toBeUndefined();
    expect(normaliseIcd10(null)).toBeUndefined();
  });
});

describe('parseTumourFilters', () => {
  it('reads every filter from the URL', () => {
    const filters = parseTumourFilters(
      new URLSearchParams(
        'regionCode=360121&icd10=c16&year=2020&sex=2&idNumber=36012119800101123x&name=张三&page=3&pageSize=50',
      ),
    );
    expect(filters).toEqual({
      page: 3,
      pageSize: 50,
      regionCode: '360121',
      icd10: 'C16',
      year: 2020,
      sex: 2,
      idNumber: '36012119800101123X',
      name: '张三',
    });
  });

  it('falls back to page 1 and the default size and drops malformed values', () => {
    const filters = parseTumourFilters(
      new URLSearchParams('page=0&pageSize=7&regionCode=36&year=20x0&sex=5&icd10=lung&name=%20%20'),
    );
    expect(filters).toEqual({
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
      regionCode: undefined,
      icd10: undefined,
      year: undefined,
      sex: undefined,
      idNumber: undefined,
      name: undefined,
    });
  });

  it('keeps sex code 0 (unknown), which is falsy but a real filter', () => {
    expect(parseTumourFilters(new URLSearchParams('sex=0')).sex).toBe(0);
  });
});

describe('tumourFiltersToParams', () => {
  it('round-trips through the URL and leaves defaults out', () => {
    const filters = parseTumourFilters(new URLSearchParams('year=2019&sex=0&page=2'));
    const params = tumourFiltersToParams(filters);
    expect(params.toString()).toBe('year=2019&sex=0&page=2');
    expect(parseTumourFilters(params)).toEqual(filters);
    expect(tumourFiltersToParams(parseTumourFilters(new URLSearchParams())).toString()).toBe('');
  });
});
