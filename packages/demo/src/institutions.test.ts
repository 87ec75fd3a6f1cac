import { findRegion } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import { generateInstitutions, reportingHospitals } from './institutions';
import { demoCounties } from './population';

const all = generateInstitutions();

describe('institutions', () => {
  it('have unique codes of a kind letter, a region code and three digits', () => {
    expect(new Set(all.map((i) => i.code)).size).toBe(all.length);
    for (const i of all) {
      expect(i.code).toMatch(/^[WARCHSQT]\d{9}$/);
      expect(i.code.slice(1, 7)).toBe(i.regionCode);
      expect(findRegion(i.regionCode)).toBeDefined();
    }
  });

  it('give a grade to hospitals and to nothing else', () => {
    for (const i of all) {
      if (i.kind === 'hospital') expect(i.grade).toMatch(/^[三二]级[甲乙]等$/);
      else expect(i.grade).toBeNull();
    }
  });

  it('have a parent that exists whenever a parent is named', () => {
    const codes = new Set(all.map((i) => i.code));
    for (const i of all) if (i.parentCode) expect(codes.has(i.parentCode)).toBe(true);
  });

  it('give every county a commission, a CDC hosting the registry, 2–4 hospitals, a screening site and health centres', () => {
    for (const county of demoCounties()) {
      const here = all.filter((i) => i.regionCode === county.code && i.level === 'county');
      const count = (kind: string) => here.filter((i) => i.kind === kind).length;
      expect(count('health_commission')).toBe(1);
      expect(count('cdc')).toBe(1);
      const registry = here.find((i) => i.kind === 'registry');
      expect(registry?.parentCode).toBe(here.find((i) => i.kind === 'cdc')?.code);
      expect(count('hospital')).toBeGreaterThanOrEqual(2);
      expect(count('hospital')).toBeLessThanOrEqual(4);
      expect(count('screening_site')).toBe(1);
      expect(count('township_health_centre')).toBeGreaterThanOrEqual(2);
    }
  });

  it('place the provincial centre, registry, QC centre and tertiary hospitals in prefecture seats', () => {
    expect(all.filter((i) => i.kind === 'cancer_centre')).toHaveLength(1);
    expect(all.filter((i) => i.kind === 'qc_centre' && i.level === 'province')).toHaveLength(1);
    const tertiary = all.filter((i) => i.kind === 'hospital' && i.level === 'prefecture');
    expect(tertiary.length).toBeGreaterThanOrEqual(33);
    for (const h of tertiary) {
      expect(h.grade?.startsWith('三级')).toBe(true);
      expect(Number(h.regionCode.slice(4))).toBeLessThanOrEqual(20); // a city district
    }
  });

  it('offer each county local, prefecture and provincial reporting hospitals', () => {
    for (const county of demoCounties()) {
      const h = reportingHospitals(county.code);
      expect(h.local.length).toBeGreaterThanOrEqual(2);
      expect(h.prefecture.length).toBeGreaterThanOrEqual(3);
      expect(h.province.length).toBeGreaterThanOrEqual(5);
    }
    expect(() => reportingHospitals('110101')).toThrow();
  });
});
