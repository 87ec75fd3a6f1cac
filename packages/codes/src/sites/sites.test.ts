import { describe, expect, it } from 'vitest';
import { ICD10_CATEGORIES } from '../icd10/icd10';
import { MORPHOLOGY_TERMS } from '../icdo3/morphology';
import { CN_2016_SITE_GROUPS, siteGroupOfIcd10 } from './annual-report-sites';
import { areHistologiesDifferent, HISTOLOGY_GROUPS, histologyGroupOf } from './histology-groups';
import { multiplePrimarySiteOf } from './multiple-primary-sites';

describe('annual-report site groups (cn-2016)', () => {
  it('has 26 groups with the brief examples in place', () => {
    expect(CN_2016_SITE_GROUPS.groups).toHaveLength(26);
    expect(siteGroupOfIcd10('C15.9')?.zh).toBe('食管');
    expect(siteGroupOfIcd10('C16.9')?.id).toBe(4);
    expect(siteGroupOfIcd10('C20')?.id).toBe(5);
    expect(siteGroupOfIcd10('C22.0')?.id).toBe(6);
    expect(siteGroupOfIcd10('C33')?.id).toBe(10);
    expect(siteGroupOfIcd10('C50.4')?.id).toBe(14);
    expect(siteGroupOfIcd10('C53.9')?.id).toBe(15);
    expect(siteGroupOfIcd10('C73')?.id).toBe(23);
  });

  it('places the boundary categories as in the domain guide table', () => {
    expect(siteGroupOfIcd10('C10.9')?.id).toBe(1);
    expect(siteGroupOfIcd10('C11.9')?.id).toBe(2);
    expect(siteGroupOfIcd10('C12')?.id).toBe(1);
    expect(siteGroupOfIcd10('C67.9')?.id).toBe(21);
    expect(siteGroupOfIcd10('C68.0')?.id).toBe(20);
    expect(siteGroupOfIcd10('D33.2')?.id).toBe(22);
    expect(siteGroupOfIcd10('D43.0')?.id).toBe(22);
    expect(siteGroupOfIcd10('C90.0')?.id).toBe(24);
    expect(siteGroupOfIcd10('D46.9')?.id).toBe(25);
    expect(siteGroupOfIcd10('C92.0')?.id).toBe(25);
  });

  it('sends exactly the listed remaining C codes to group 26', () => {
    const other = ICD10_CATEGORIES.filter((c) => siteGroupOfIcd10(c.code)?.id === 26).map((c) => c.code);
    const expected =
      'C17 C26 C30 C31 C39 C44 C45 C46 C47 C48 C49 C51 C52 C57 C58 C60 C63 C69 C74 C75 C76 C77 C78 C79 C80 C86 C97';
    expect(other).toEqual(expected.split(' '));
  });

  it('leaves non-registrable codes out', () => {
    expect(siteGroupOfIcd10('D05.1')).toBeUndefined();
    expect(siteGroupOfIcd10('D34')).toBeUndefined();
    expect(siteGroupOfIcd10('I21.9')).toBeUndefined();
    expect(siteGroupOfIcd10('rubbish')).toBeUndefined();
  });

  it('gives every registrable category a group', () => {
    for (const c of ICD10_CATEGORIES) {
      if (c.code.startsWith('C')) expect(siteGroupOfIcd10(c.code), c.code).toBeDefined();
    }
  });
});

describe('IARC/IACR multiple-primary groups', () => {
  it('has the 17 histological groups with non-overlapping ranges', () => {
    expect(HISTOLOGY_GROUPS.map((g) => g.group)).toEqual([...Array(17)].map((_, i) => i + 1));
    for (let code = 8000; code <= 9989; code++) {
      const hits = HISTOLOGY_GROUPS.filter((g) => g.ranges.some(([lo, hi]) => code >= lo && code <= hi));
      expect(hits.length, String(code)).toBeLessThanOrEqual(1);
    }
  });

  it('classifies known morphologies', () => {
    expect(histologyGroupOf('8070/3')).toBe(1);
    expect(histologyGroupOf(8090)).toBe(2);
    expect(histologyGroupOf('M81403')).toBe(3);
    expect(histologyGroupOf(8041)).toBe(4);
    expect(histologyGroupOf(8010)).toBe(5);
    expect(histologyGroupOf(8890)).toBe(6);
    expect(histologyGroupOf(9050)).toBe(7);
    expect(histologyGroupOf(9861)).toBe(8);
    expect(histologyGroupOf(9680)).toBe(9);
    expect(histologyGroupOf(9702)).toBe(10);
    expect(histologyGroupOf(9650)).toBe(11);
    expect(histologyGroupOf(9741)).toBe(12);
    expect(histologyGroupOf(9755)).toBe(13);
    expect(histologyGroupOf(9800)).toBe(14);
    expect(histologyGroupOf(9140)).toBe(15);
    expect(histologyGroupOf(8720)).toBe(16);
    expect(histologyGroupOf(8000)).toBe(17);
    expect(histologyGroupOf(8085)).toBeNull();
    expect(histologyGroupOf('nonsense')).toBeNull();
  });

  it('assigns a group to every malignant term held', () => {
    const malignant = MORPHOLOGY_TERMS.filter((t) => t.behaviour === 3);
    expect(malignant.filter((t) => histologyGroupOf(t.histology) === null).map((t) => t.code)).toEqual([]);
  });

  it('lets an unspecified group not create a new primary', () => {
    expect(areHistologiesDifferent(3, 1)).toBe(true);
    expect(areHistologiesDifferent(5, 3)).toBe(false);
    expect(areHistologiesDifferent(3, 5)).toBe(false);
    expect(areHistologiesDifferent(5, 6)).toBe(true);
    expect(areHistologiesDifferent(14, 9)).toBe(false);
    expect(areHistologiesDifferent(14, 3)).toBe(true);
    expect(areHistologiesDifferent(17, 11)).toBe(false);
    expect(areHistologiesDifferent(2, 2)).toBe(false);
  });

  it('treats the IARC topography groups as one organ', () => {
    expect(multiplePrimarySiteOf('C34.1')).toBe('C33,C34');
    expect(multiplePrimarySiteOf('C33.9')).toBe('C33,C34');
    expect(multiplePrimarySiteOf('C19.9')).toBe(multiplePrimarySiteOf('C20.9'));
    expect(multiplePrimarySiteOf('C67.9')).toBe(multiplePrimarySiteOf('C65.9'));
    expect(multiplePrimarySiteOf('C18.7')).toBe('C18');
    expect(multiplePrimarySiteOf('C02.1')).toBe('C01,C02');
    expect(multiplePrimarySiteOf('C03.1')).not.toBe(multiplePrimarySiteOf('C02.1'));
    expect(multiplePrimarySiteOf('bad')).toBeNull();
  });
});
