import { describe, expect, it } from 'vitest';
import {
  findTopography,
  isValidTopography,
  normaliseTopography,
  TOPOGRAPHY_CODES,
  TOPOGRAPHY_HEADINGS,
} from './topography';

describe('ICD-O-3 topography', () => {
  it('holds 70 headings and 330 codes from C00.0 to C80.9, each under its heading', () => {
    expect(TOPOGRAPHY_HEADINGS).toHaveLength(70);
    expect(TOPOGRAPHY_CODES).toHaveLength(330);
    expect(TOPOGRAPHY_CODES[0]?.code).toBe('C00.0');
    expect(TOPOGRAPHY_CODES.at(-1)?.code).toBe('C80.9');
    const headings = new Set(TOPOGRAPHY_HEADINGS.map((h) => h.code));
    for (const t of TOPOGRAPHY_CODES) expect(headings.has(t.heading)).toBe(true);
    expect(new Set(TOPOGRAPHY_CODES.map((t) => t.code)).size).toBe(330);
  });

  it('has no morphology-defined ICD-10 categories among the headings', () => {
    for (const code of ['C43', 'C45', 'C46', 'C78', 'C79']) expect(findTopography(code)).toBeUndefined();
    expect(findTopography('C42.1')?.en).toBe('Bone marrow');
  });

  it('finds known codes with Chinese and English names', () => {
    expect(findTopography('C34.1')).toMatchObject({ zh: '肺上叶', en: 'Upper lobe, lung', heading: 'C34' });
    expect(findTopography('c169')?.zh).toBe('胃，未特指');
    expect(findTopography('C16')?.zh).toBe('胃');
    expect(findTopography('C14.1')).toBeUndefined();
  });

  it('normalises the usual spellings and validates only four-character codes', () => {
    expect(normaliseTopography(' c16.9 ')).toBe('C16.9');
    expect(normaliseTopography('T169')).toBe('C16.9');
    expect(normaliseTopography('C16')).toBe('C16');
    expect(normaliseTopography('C1')).toBeNull();
    expect(isValidTopography('C50.4')).toBe(true);
    expect(isValidTopography('C50')).toBe(false);
    expect(isValidTopography('C50.7')).toBe(false);
  });
});
