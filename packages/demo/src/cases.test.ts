import { AGE_GROUPS, completedAgeYears, findRegion } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import { generateCases } from './cases';
import { generateInstitutions } from './institutions';
import type { CaseRecord } from './records';
import { hasValidCheckCharacter } from './resident-id';
import { SITES } from './sites';

const OPTIONS = { seed: 11, cases: 20_000 } as const;
const rows = Array.from(generateCases(OPTIONS));
const firsts = rows.filter((r) => r.duplicateOf === null);

function proportion<T>(items: readonly T[], test: (t: T) => boolean): number {
  return items.filter(test).length / items.length;
}

function topSites(sex: 1 | 2, n: number): string[] {
  const groupOf = new Map<string, string>();
  for (const site of SITES) for (const s of site.subsites) groupOf.set(s.icd10.slice(0, 3), site.key);
  const counts = new Map<string, number>();
  for (const r of firsts) {
    if (r.sex !== sex) continue;
    const key = groupOf.get(r.icd10.slice(0, 3)) ?? r.icd10.slice(0, 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => k);
}

describe('generateCases', () => {
  it('yields the requested number of distinct tumours plus about 8 % second reports', () => {
    expect(firsts).toHaveLength(20_000);
    const share = (rows.length - firsts.length) / firsts.length;
    expect(share).toBeGreaterThan(0.065);
    expect(share).toBeLessThan(0.09);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = Array.from(generateCases({ seed: 11, cases: 500 }));
    expect(again).toEqual(Array.from(generateCases({ seed: 11, cases: 500 })));
    const other = Array.from(generateCases({ seed: 12, cases: 500 }));
    expect(other.map((r) => r.name)).not.toEqual(again.map((r) => r.name));
  });

  it('gives the same rows for the same tumours when only the count changes', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const small = Array.from(generateCases({ seed: 11, cases: 300 }));
    let same = 0;
    for (const r of small) if (JSON.stringify(byId.get(r.id)) === JSON.stringify(r)) same++;
    expect(same).toBe(small.length);
  });

  it('has slightly more men than women (China: ~53 % of cases are men)', () => {
    const men = proportion(firsts, (r) => r.sex === 1);
    expect(men).toBeGreaterThan(0.51);
    expect(men).toBeLessThan(0.58);
  });

  it('ranks lung first in men, then liver, stomach, oesophagus and colorectum', () => {
    const top = topSites(1, 5);
    expect(top[0]).toBe('lung');
    expect(new Set(top.slice(1))).toEqual(new Set(['liver', 'stomach', 'oesophagus', 'colorectum']));
  });

  it('ranks breast first in women, with lung, thyroid and colorectum or cervix next', () => {
    const top = topSites(2, 5);
    expect(top[0]).toBe('breast');
    expect(top.slice(1, 3)).toEqual(expect.arrayContaining(['lung', 'thyroid']));
    expect(top).toEqual(expect.arrayContaining(['cervix']));
  });

  it('has a median age at diagnosis of 60–66 and rates rising steeply after 40', () => {
    const ages = firsts.map((r) => completedAgeYears(r.birthDate, r.diagnosisDate)!).sort((a, b) => a - b);
    const median = ages[ages.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(66);
    expect(proportion(ages, (a) => a < 15)).toBeLessThan(0.01);
    expect(proportion(ages, (a) => a < 40)).toBeLessThan(0.08);
  });

  it('has MV% of 65–75 % and DCO% of 1–3 %', () => {
    const mv = proportion(firsts, (r) => r.basis >= 5 && r.basis <= 7);
    const dco = proportion(firsts, (r) => r.basis === 0);
    expect(mv).toBeGreaterThan(0.65);
    expect(mv).toBeLessThan(0.75);
    expect(dco).toBeGreaterThan(0.01);
    expect(dco).toBeLessThan(0.03);
    for (const r of firsts) expect([0, 1, 2, 4, 5, 6, 7, 9]).toContain(r.basis);
  });

  it('gives DCO cases no stage, an unspecified morphology and the death date as diagnosis date', () => {
    for (const r of firsts.filter((c) => c.basis === 0)) {
      expect(r.stage).toBeNull();
      expect(r.vitalStatus).toBe(2);
      expect(r.diagnosisDate).toBe(r.lastContactDate);
      expect(r.morphology).toMatch(/^(8000|8720|9590|9800)\/3$/);
    }
  });

  it('stages thyroid and breast earlier than lung and pancreas', () => {
    const early = (prefix: string) =>
      proportion(
        firsts.filter((r) => r.icd10.startsWith(prefix) && r.stage !== null),
        (r) => r.stage === 'I' || r.stage === 'II',
      );
    expect(early('C73')).toBeGreaterThan(0.75);
    expect(early('C50')).toBeGreaterThan(0.65);
    expect(early('C34')).toBeLessThan(0.4);
    expect(early('C25')).toBeLessThan(0.3);
  });

  it('uses squamous morphology for the oesophagus, adenocarcinoma for the colon, HCC for the liver, ductal for the breast', () => {
    const commonest = (prefix: string) => {
      const counts = new Map<string, number>();
      for (const r of firsts) {
        if (r.icd10.startsWith(prefix) && r.basis >= 5)
          counts.set(r.morphology, (counts.get(r.morphology) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    };
    expect(commonest('C15')).toBe('8070/3');
    expect(commonest('C18')).toBe('8140/3');
    expect(commonest('C22')).toBe('8170/3');
    expect(commonest('C50')).toBe('8500/3');
    expect(commonest('C73')).toBe('8260/3');
  });

  it('writes ICD-10, topography and morphology in their formats, with matching site for solid tumours', () => {
    for (const r of rows) {
      expect(r.icd10).toMatch(/^C\d\d(\.\d)?$/);
      expect(r.topography).toMatch(/^C\d\d\.\d$/);
      expect(r.morphology).toMatch(/^\d{4}\/3$/);
      const haematological = Number(r.morphology.slice(0, 4)) >= 9590;
      const melanoma = r.icd10.startsWith('C43');
      // Mesothelioma (9050–9055) is coded to C45 by histology whatever the ICD-O-3 site.
      const mesothelioma = r.icd10.startsWith('C45');
      if (!haematological && !melanoma && !mesothelioma && r.icd10 !== 'C22.2')
        expect(r.topography.slice(0, 3)).toBe(r.icd10.slice(0, 3));
    }
  });

  it('never gives a man a female genital site or a woman a male one', () => {
    for (const r of firsts) {
      const three = Number(r.icd10.slice(1, 3));
      if (r.sex === 1) expect(three >= 51 && three <= 58).toBe(false);
      else expect(three >= 60 && three <= 63).toBe(false);
    }
  });

  it('keeps birth ≤ diagnosis ≤ last contact ≤ close date, and report dates within the window', () => {
    for (const r of rows) {
      expect(r.birthDate <= r.diagnosisDate).toBe(true);
      expect(r.diagnosisDate <= r.lastContactDate).toBe(true);
      expect(r.lastContactDate <= '2025-06-30').toBe(true);
      expect(r.reportDate >= r.diagnosisDate && r.reportDate <= '2025-06-30').toBe(true);
      expect(r.diagnosisDate >= '2015-01-01' && r.diagnosisDate <= '2024-12-31').toBe(true);
    }
  });

  it('records death consistently: cause and last contact only for the dead', () => {
    for (const r of rows) {
      if (r.vitalStatus === 2) expect(r.causeOfDeath).toMatch(/^[A-Z]\d\d(\.\d)?$/);
      else expect(r.causeOfDeath).toBeNull();
    }
    const dead = proportion(firsts, (r) => r.vitalStatus === 2);
    expect(dead).toBeGreaterThan(0.3);
    expect(dead).toBeLessThan(0.6);
  });

  it('gives valid ID numbers matching birth date, sex and a Jiangxi county, except ~5 % missing and ~1 % typos', () => {
    const missing = proportion(firsts, (r) => r.idNumber === null);
    expect(missing).toBeGreaterThan(0.04);
    expect(missing).toBeLessThan(0.06);
    const typos = proportion(firsts, (r) => r.idNumberStatus === 'typo');
    expect(typos).toBeGreaterThan(0.006);
    expect(typos).toBeLessThan(0.014);
    for (const r of rows) {
      if (r.idNumber === null) {
        expect(r.idNumberStatus).toBe('missing');
        continue;
      }
      expect(hasValidCheckCharacter(r.idNumber)).toBe(r.idNumberStatus === 'valid');
      if (r.idNumberStatus !== 'valid') continue;
      expect(findRegion(r.idNumber.slice(0, 6))?.parentCode?.slice(0, 2)).toBe('36');
      if (r.duplicateOf === null) expect(r.idNumber.slice(6, 14)).toBe(r.birthDate.replaceAll('-', ''));
      expect(Number(r.idNumber[16]) % 2).toBe(r.sex === 1 ? 1 : 0);
    }
  });

  it('places every case in a Jiangxi county, reported by a known institution', () => {
    const institutions = new Map(generateInstitutions().map((i) => [i.code, i]));
    const counties = new Set<string>();
    for (const r of rows) {
      expect(findRegion(r.regionCode)?.level).toBe('county');
      counties.add(r.regionCode);
      const reporter = institutions.get(r.institutionCode);
      expect(reporter?.kind).toBe(r.basis === 0 ? 'registry' : 'hospital');
      expect(r.address.startsWith('江西省')).toBe(true);
    }
    expect(counties.size).toBe(100);
  });

  it('has more liver cancer per case in southern Jiangxi (Ganzhou) than in Jiujiang', () => {
    const liverShare = (prefecture: string) =>
      proportion(
        firsts.filter((r) => findRegion(r.regionCode)?.parentCode === prefecture),
        (r) => r.icd10.startsWith('C22'),
      );
    expect(liverShare('360700')).toBeGreaterThan(liverShare('360400') * 1.3);
  });

  it('grows by year (ageing plus a mild upward trend)', () => {
    const inYear = (y: string) => firsts.filter((r) => r.diagnosisDate.startsWith(y)).length;
    expect(inYear('2024')).toBeGreaterThan(inYear('2015') * 1.15);
  });

  it('fills the person fields with Chinese names, phones, ethnicity and occupation codes', () => {
    for (const r of firsts.slice(0, 2000)) {
      expect(r.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      if (r.phone !== null) expect(r.phone).toMatch(/^(1\d{10}|0\d{3}-\d{7})$/);
      expect(r.ethnicity).toMatch(/^\d\d$/);
      expect(['11', '13', '17', '21', '24', '27', '31', '51', '54', '70', '80', '90']).toContain(
        r.occupation,
      );
    }
    expect(proportion(firsts, (r) => r.ethnicity === '01')).toBeGreaterThan(0.98);
    expect(proportion(firsts, (r) => r.name.startsWith('刘') || r.name.startsWith('陈'))).toBeGreaterThan(
      0.08,
    );
  });

  it('marks second reports with the tumour’s keys, another hospital and small variations', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const seconds = rows.filter((r) => r.duplicateOf !== null);
    let changedName = 0;
    let changedDate = 0;
    for (const s of seconds) {
      const first = byId.get(s.duplicateOf!)!;
      expect(first.duplicateOf).toBeNull();
      expect(s.personKey).toBe(first.personKey);
      expect(s.tumourKey).toBe(first.tumourKey);
      expect(s.institutionCode).not.toBe(first.institutionCode);
      expect(s.regionCode).toBe(first.regionCode);
      expect(rows.indexOf(s)).toBeGreaterThan(rows.indexOf(first));
      if (s.name !== first.name) changedName++;
      if (s.diagnosisDate !== first.diagnosisDate) changedDate++;
    }
    expect(changedName / seconds.length).toBeGreaterThan(0.1);
    expect(changedDate / seconds.length).toBeGreaterThan(0.4);
    expect(new Set(firsts.map((r) => r.tumourKey)).size).toBe(firsts.length);
  });

  it('gives about 2 % of tumours as later second primaries of a person already reported', () => {
    const byPerson = new Map<string, typeof firsts>();
    for (const r of firsts) byPerson.set(r.personKey, [...(byPerson.get(r.personKey) ?? []), r]);
    const multiple = [...byPerson.values()].filter((list) => list.length > 1);
    expect(multiple.length / firsts.length).toBeGreaterThan(0.005);
    expect(multiple.length / firsts.length).toBeLessThan(0.025);
    for (const list of multiple) {
      expect(list).toHaveLength(2);
      const [a, b] = [...list].sort((x, y) => (x.diagnosisDate < y.diagnosisDate ? -1 : 1)) as [
        CaseRecord,
        CaseRecord,
      ];
      expect(b.tumourKey).not.toBe(a.tumourKey);
      expect(b.icd10.slice(0, 3)).not.toBe(a.icd10.slice(0, 3));
      expect({ name: b.name, birthDate: b.birthDate, sex: b.sex, region: b.regionCode }).toEqual({
        name: a.name,
        birthDate: a.birthDate,
        sex: a.sex,
        region: a.regionCode,
      });
      expect(b.lastContactDate).toBe(a.lastContactDate);
    }
  });

  it('covers all 19 age groups for at least some site', () => {
    const groups = new Set(
      firsts.map((r) => {
        const a = completedAgeYears(r.birthDate, r.diagnosisDate)!;
        return AGE_GROUPS.findIndex(
          (g, i) => a >= g.lowerYears && (i === 18 || a < AGE_GROUPS[i + 1]!.lowerYears),
        );
      }),
    );
    expect(groups.size).toBe(19);
  });

  it('rejects bad options naming them', () => {
    expect(() => generateCases({ cases: -1 }).next()).toThrow(/cases/);
    expect(() => generateCases({ years: [2024, 2015] }).next()).toThrow(/years/);
    expect(() => generateCases({ closeDate: '2010-01-01' }).next()).toThrow(/closeDate/);
    expect(() => generateCases({ closeDate: '2025-02-30' }).next()).toThrow(/no such date/);
  });
});
