import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_CODES, GRADE_CODES } from './behaviour-grade';
import {
  findMorphology,
  formatMorphology,
  MORPHOLOGY_TERMS,
  morphologyTerms,
  parseMorphology,
} from './morphology';

describe('ICD-O-3 morphology', () => {
  it('holds several hundred unique terms in the 8000–9989 range', () => {
    expect(MORPHOLOGY_TERMS.length).toBeGreaterThan(650);
    const codes = MORPHOLOGY_TERMS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of MORPHOLOGY_TERMS) {
      expect(t.code).toMatch(/^\d{4}\/[012369]$/);
      expect(t.histology).toBeGreaterThanOrEqual(8000);
      expect(t.histology).toBeLessThanOrEqual(9989);
      expect(t.zh.length).toBeGreaterThan(0);
      expect(t.en.length).toBeGreaterThan(0);
    }
  });

  it('knows every morphology the domain guide names', () => {
    for (const code of ['8070/3', '8000/3', '8001/3', '8720/3', '9140/3', '9590/3', '9800/3', '8140/3']) {
      expect(findMorphology(code)).toBeDefined();
    }
    expect(findMorphology('M8070/32')?.en).toBe('Squamous cell carcinoma, NOS');
  });

  it('names common terms in both languages', () => {
    expect(findMorphology('8140/3')).toMatchObject({ zh: '腺癌，未特指', en: 'Adenocarcinoma, NOS' });
    expect(findMorphology('8500/3')?.zh).toBe('浸润性导管癌，未特指');
    expect(findMorphology('8170/3')?.zh).toBe('肝细胞癌，未特指');
    expect(findMorphology('9732/3')?.zh).toBe('多发性骨髓瘤');
    expect(findMorphology('8140/9')).toBeUndefined();
    expect(morphologyTerms(8140).map((t) => t.behaviour)).toEqual([0, 1, 2, 3, 6]);
  });

  it('parses the written forms of a morphology code', () => {
    expect(parseMorphology('8140/3')).toEqual({ code: 8140, behaviour: 3 });
    expect(parseMorphology('M8140/3')).toEqual({ code: 8140, behaviour: 3 });
    expect(parseMorphology('81403')).toEqual({ code: 8140, behaviour: 3 });
    expect(parseMorphology('8070/32')).toEqual({ code: 8070, behaviour: 3, grade: 2 });
    expect(parseMorphology('M-9680/36')).toEqual({ code: 9680, behaviour: 3, grade: 6 });
    expect(parseMorphology('８１４０／３')).toEqual({ code: 8140, behaviour: 3 });
  });

  it('rejects impossible codes, behaviours and grades', () => {
    expect(parseMorphology('8140')).toBeNull();
    expect(parseMorphology('7140/3')).toBeNull();
    expect(parseMorphology('8140/4')).toBeNull();
    expect(parseMorphology('8140/30')).toBeNull();
    expect(parseMorphology('C16.9')).toBeNull();
  });

  it('formats parsed codes back to the canonical text', () => {
    expect(formatMorphology({ code: 8070, behaviour: 3, grade: 2 })).toBe('8070/32');
    expect(formatMorphology(parseMorphology('M81403')!)).toBe('8140/3');
  });

  it('lists the six behaviour codes and the nine grade codes', () => {
    expect(BEHAVIOUR_CODES.map((b) => b.code)).toEqual([0, 1, 2, 3, 6, 9]);
    expect(GRADE_CODES.map((g) => g.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
