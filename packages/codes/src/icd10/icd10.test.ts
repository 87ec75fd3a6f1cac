import { describe, expect, it } from 'vitest';
import {
  findIcd10,
  ICD10_CATEGORIES,
  ICD10_CODES,
  icd10Category,
  isIcd10InRange,
  isInSituIcd10,
  isMalignantIcd10,
  isRegistrableIcd10,
  normaliseIcd10,
} from './icd10';

describe('ICD-10 chapter II', () => {
  it('holds the 137 categories: 89 malignant C00–C97 and 48 D00–D48', () => {
    expect(ICD10_CATEGORIES).toHaveLength(137);
    expect(ICD10_CATEGORIES.filter((c) => c.code.startsWith('C'))).toHaveLength(89);
    for (const absent of ['C27', 'C35', 'C36', 'C42', 'C59', 'C87', 'C89', 'D08']) {
      expect(findIcd10(absent)).toBeUndefined();
    }
  });

  it('holds unique subcategories, each under an existing category', () => {
    const codes = ICD10_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const subcategories = ICD10_CODES.filter((c) => c.kind === 'subcategory');
    expect(subcategories.length).toBeGreaterThan(650);
    for (const s of subcategories) expect(findIcd10(s.category)?.kind).toBe('category');
  });

  it('uses the Chinese-registry titles for the main sites', () => {
    expect(findIcd10('C16')?.zh).toBe('胃恶性肿瘤');
    expect(findIcd10('C34')?.zh).toBe('支气管和肺恶性肿瘤');
    expect(findIcd10('C22')?.en).toBe('Malignant neoplasm of liver and intrahepatic bile ducts');
    expect(findIcd10('C50.4')?.en).toBe('Upper-outer quadrant of breast');
    expect(findIcd10('C22.0')?.zh).toBe('肝细胞癌');
    expect(findIcd10('C92.1')?.en).toContain('Chronic myeloid leukaemia');
    expect(findIcd10('D05.1')?.zh).toBe('导管内原位癌');
  });

  it('has no fourth character where ICD-10 has none, and no ICD-O-only subsites', () => {
    for (const code of ['C01.9', 'C20.9', 'C61.9', 'C73.9', 'C42.1', 'C22.8']) {
      expect(findIcd10(code)).toBeUndefined();
    }
    expect(findIcd10('C20')?.kind).toBe('category');
    expect(findIcd10('C26.1')?.en).toBe('Spleen');
  });

  it('normalises hospital spellings and national extensions to WHO codes', () => {
    expect(normaliseIcd10('c16.9')).toBe('C16.9');
    expect(normaliseIcd10('C169')).toBe('C16.9');
    expect(normaliseIcd10('C16')).toBe('C16');
    expect(normaliseIcd10('C16.900')).toBe('C16.9');
    expect(normaliseIcd10('C34.100x002')).toBe('C34.1');
    expect(normaliseIcd10('Ｃ１６．９')).toBe('C16.9');
    expect(normaliseIcd10('8140/3')).toBeNull();
    expect(normaliseIcd10('C1')).toBeNull();
    expect(findIcd10('C16.900')?.code).toBe('C16.9');
  });

  it('gives the category and the malignant, registrable and in situ classes', () => {
    expect(icd10Category('C16.9')).toBe('C16');
    expect(icd10Category('c20')).toBe('C20');
    expect(icd10Category('x')).toBeNull();
    expect(isMalignantIcd10('C97')).toBe(true);
    expect(isMalignantIcd10('C44.3')).toBe(true);
    expect(isMalignantIcd10('D32.0')).toBe(false);
    expect(isMalignantIcd10('C99')).toBe(false);
    for (const code of ['C00.0', 'C80.9', 'D32.0', 'D33.4', 'D42.9', 'D43', 'D45', 'D46.9', 'D47.3']) {
      expect(isRegistrableIcd10(code)).toBe(true);
    }
    for (const code of ['D05.1', 'D06', 'D34', 'D44.3', 'D48.0', 'I10'])
      expect(isRegistrableIcd10(code)).toBe(false);
    expect(isInSituIcd10('D06.9')).toBe(true);
    expect(isInSituIcd10('D10')).toBe(false);
    expect(isIcd10InRange('C19', 'C18', 'C21')).toBe(true);
    expect(isIcd10InRange('D19', 'C18', 'C21')).toBe(false);
  });
});
