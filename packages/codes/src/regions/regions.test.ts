import { describe, expect, it } from 'vitest';
import { countiesUnder, findRegion, REGIONS, regionAncestry, regionsUnder } from './regions';

describe('GB/T 2260 regions', () => {
  it('holds the 31 mainland province-level units and thousands of counties', () => {
    expect(REGIONS.filter((r) => r.level === 'province')).toHaveLength(31);
    expect(REGIONS.filter((r) => r.level === 'county').length).toBeGreaterThan(2800);
  });

  it('knows Jiangxi with its 11 prefectures and 100 counties', () => {
    expect(findRegion('360000')?.name).toBe('江西省');
    expect(regionsUnder('360000').filter((r) => r.level === 'prefecture')).toHaveLength(11);
    expect(countiesUnder('360000')).toHaveLength(100);
  });

  it('walks from a county up to its province through parent links', () => {
    expect(regionAncestry('360102').map((r) => r.code)).toEqual(['360102', '360100', '360000']);
  });

  it('keeps prefecture-level cities without counties as prefectures, never their own parent', () => {
    expect(findRegion('441900')).toMatchObject({ name: '东莞市', level: 'prefecture', parentCode: '440000' });
    expect(regionAncestry('441900').map((r) => r.code)).toEqual(['441900', '440000']);
    expect(REGIONS.every((r) => r.parentCode !== r.code)).toBe(true);
  });

  it('returns nothing under an unknown code', () => {
    expect(regionsUnder('999999')).toEqual([]);
  });
});
