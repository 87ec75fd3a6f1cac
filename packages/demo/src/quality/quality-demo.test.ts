import { describe, expect, it } from 'vitest';
import { generateQualityDemo } from './quality-demo';

const hospitals = [
  { code: 'H360102001', grade: '三级甲等', regionCode: '360102' },
  { code: 'H360121001', grade: '二级甲等', regionCode: '360121' },
  { code: 'H360202001', grade: null, regionCode: '360202' },
  { code: 'H360203001', grade: '三级乙等', regionCode: '360203' },
];

describe('quality demo generator', () => {
  it('is reproducible from its seed and differs across seeds', () => {
    const a = generateQualityDemo(hospitals, { seed: 1 });
    expect(generateQualityDemo(hospitals, { seed: 1 })).toEqual(a);
    expect(generateQualityDemo(hospitals, { seed: 2 })).not.toEqual(a);
  });

  it('ends the prescription history at the month asked for', () => {
    const { records } = generateQualityDemo(hospitals, { seed: 7, prescriptionEndMonth: '2026-02' });
    const months = [
      ...new Set((records.prescription ?? []).map((r) => String(r.prescriptionDate).slice(0, 7))),
    ].sort();
    expect(months[0]).toBe('2025-02');
    expect(months[months.length - 1]).toBe('2026-02');
  });

  it('sizes hospitals by grade and links MDT cases to stage III+ admissions', () => {
    const { records, pediatricCases } = generateQualityDemo(hospitals, { seed: 7 });
    const admissions = records.admission ?? [];
    expect(admissions.filter((r) => r.hospitalCode === 'H360102001')).toHaveLength(120);
    expect(admissions.filter((r) => r.hospitalCode === 'H360121001')).toHaveLength(40);
    const byId = new Map(admissions.map((r) => [r.sourceId, r]));
    for (const m of records.mdt_case ?? [])
      expect(['III', 'IV']).toContain(byId.get(m.admissionSourceId)?.stage);
    expect(
      new Set((records.prescription ?? []).map((r) => String(r.prescriptionDate).slice(0, 7))).size,
    ).toBe(13);
    expect(pediatricCases.length).toBeGreaterThan(0);
    for (const c of pediatricCases) expect(c.birthDate < c.diagnosisDate).toBe(true);
  });
});
