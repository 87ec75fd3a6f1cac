import { findTopography } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import {
  AGE_SITE_HISTOLOGY,
  BASIS_WITHOUT_MICROSCOPY,
  FIXED_GRADE,
  type HistologyRange,
  SEX_HISTOLOGY,
  SITE_HISTOLOGY,
} from './tables/histology.data';

const ranges: HistologyRange[] = [
  ...SEX_HISTOLOGY.flatMap((e) => e.histology),
  ...SITE_HISTOLOGY.flatMap((e) => e.histology),
  ...AGE_SITE_HISTOLOGY.flatMap((e) => [...e.histology, ...(e.except ?? [])]),
  ...BASIS_WITHOUT_MICROSCOPY.map((e) => e.histology),
  ...FIXED_GRADE.flatMap((e) => e.histology),
];
const sites = [
  ...SITE_HISTOLOGY.flatMap((e) => e.sites),
  ...AGE_SITE_HISTOLOGY.flatMap((e) => e.sites ?? []),
  ...BASIS_WITHOUT_MICROSCOPY.flatMap((e) => e.sites ?? []),
];

describe('check tables', () => {
  it('holds histology ranges inside ICD-O-3 (8000–9989) with from ≤ to', () => {
    for (const [from, to] of ranges) {
      expect(from).toBeGreaterThanOrEqual(8000);
      expect(to).toBeLessThanOrEqual(9989);
      expect(from).toBeLessThanOrEqual(to);
    }
  });

  it('names only existing ICD-O-3 topography headings or codes as sites', () => {
    for (const site of sites) expect(findTopography(site)?.code, site).toBe(site);
  });

  it('gives every age entry a bound and every named entry both languages', () => {
    for (const e of AGE_SITE_HISTOLOGY) {
      expect(e.unlikelyBelow !== undefined || e.unlikelyFrom !== undefined).toBe(true);
      expect(e.zh).toMatch(/\p{Script=Han}/u);
      expect(e.en.length).toBeGreaterThan(0);
    }
  });

  it('lists grades 1–9 only', () => {
    for (const e of FIXED_GRADE) for (const g of e.grades) expect(g >= 1 && g <= 9).toBe(true);
  });
});
