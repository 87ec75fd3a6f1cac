import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, ageGroupIndex, ageGroupIndexOfLabel, completedAgeYears } from './age-groups';

describe('age groups', () => {
  it('has the 19 groups from 0 to 85+', () => {
    expect(AGE_GROUPS).toHaveLength(19);
    expect(AGE_GROUPS.map((g) => g.label).slice(0, 4)).toEqual(['0', '1-4', '5-9', '10-14']);
    expect(AGE_GROUPS[18]).toEqual({ label: '85+', lowerYears: 85, widthYears: null });
  });

  it.each([
    [0, 0],
    [1, 1],
    [4, 1],
    [5, 2],
    [34, 7],
    [84, 17],
    [85, 18],
    [103, 18],
  ])('puts age %i in group %i', (age, index) => {
    expect(ageGroupIndex(age)).toBe(index);
  });

  it('reads labels written the Chinese way', () => {
    expect(ageGroupIndexOfLabel('85+')).toBe(18);
    expect(ageGroupIndexOfLabel('40～44岁')).toBe(9);
    expect(ageGroupIndexOfLabel('nonsense')).toBe(-1);
  });

  it('counts completed years with the 29 February convention of methods.md', () => {
    expect(completedAgeYears('1960-02-29', '2015-02-28')).toBe(54);
    expect(completedAgeYears('1960-02-29', '2015-03-01')).toBe(55);
    expect(completedAgeYears('1960-02-29', '2016-02-29')).toBe(56);
    expect(completedAgeYears('2020-05-01', '2019-01-01')).toBeNull();
  });
});
