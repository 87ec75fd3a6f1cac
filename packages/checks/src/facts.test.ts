import { describe, expect, it } from 'vitest';
import { readDate, readFacts, readIcd10 } from './facts';

describe('readDate', () => {
  it.each([
    ['2021-03-05', '2021-03-05'],
    ['2021/3/5', '2021-03-05'],
    ['2021.03.05', '2021-03-05'],
    ['20210305', '2021-03-05'],
    ['2021年3月5日', '2021-03-05'],
    ['２０２１-０３-０５', '2021-03-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (raw, iso) => {
    expect(readDate(raw)).toBe(iso);
  });

  it.each(['2023-02-29', '2021-13-01', '2021-00-10', '21-03-05', '2021-3', 'March 5', ''])(
    'rejects %j',
    (raw) => {
      expect(readDate(raw)).toBeNull();
    },
  );
});

describe('readIcd10', () => {
  it('reads the clinical edition "no subdivision" form C61.x00 as the category', () => {
    expect(readIcd10('C61.x00')).toMatchObject({ code: 'C61', category: 'C61' });
    expect(readIcd10('c73.X01')).toMatchObject({ code: 'C73', category: 'C73' });
    expect(readIcd10('C61.x00').categoryEntry?.code).toBe('C61');
  });

  it('reads national extensions as the four-character code', () => {
    expect(readIcd10('C34.100x002')).toMatchObject({ code: 'C34.1', category: 'C34' });
    expect(readIcd10(' c169 ').entry?.code).toBe('C16.9');
  });

  it('keeps codes outside chapter II shaped but without an entry', () => {
    expect(readIcd10('I21.9')).toMatchObject({ code: 'I21.9', entry: undefined, categoryEntry: undefined });
    expect(readIcd10('肺癌').code).toBeNull();
  });
});

describe('readFacts', () => {
  it('computes the completed age at diagnosis and prefers it to the age column', () => {
    const f = readFacts(
      { birth_date: '1960-06-15', diagnosis_date: '2020-06-14', age: '61' },
      'case',
      '2025-01-01',
    );
    expect([f.computedAge, f.recordedAge, f.ageYears]).toEqual([59, 61, 59]);
  });

  it('uses the age column when the birth date is missing, and the death date for deaths', () => {
    expect(readFacts({ age: '45岁' }, 'case', '2025-01-01').ageYears).toBe(45);
    const death = readFacts({ birth_date: '1950-01-01', death_date: '2020-01-01' }, 'death', '2025-01-01');
    expect(death.ageYears).toBe(70);
  });

  it('reads Chinese card basis codes 3 and 8 as IARC 2 and 7, keeping the original', () => {
    expect(readFacts({ basis: '8' }, 'case', '2025-01-01').basis).toEqual({ iarc: 7, original: 8 });
    expect(readFacts({ basis: '3' }, 'case', '2025-01-01').basis).toEqual({ iarc: 2, original: 3 });
  });
});
