import { findRegion } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import { generateCases } from './cases';
import { generateDeaths } from './deaths';
import { hasValidCheckCharacter } from './resident-id';

const OPTIONS = { seed: 5, cases: 10_000 } as const;
const cases = Array.from(generateCases(OPTIONS));
const deaths = Array.from(generateDeaths(OPTIONS));
const caseById = new Map(cases.map((c) => [c.id, c]));

function proportion<T>(items: readonly T[], test: (t: T) => boolean): number {
  return items.filter(test).length / items.length;
}

describe('generateDeaths', () => {
  it('is deterministic for a seed and has unique ids', () => {
    expect(Array.from(generateDeaths({ seed: 5, cases: 300 }))).toEqual(
      Array.from(generateDeaths({ seed: 5, cases: 300 })),
    );
    expect(new Set(deaths.map((d) => d.id)).size).toBe(deaths.length);
  });

  it('contains the four sources: registered patients, unregistered cancer deaths, earlier patients and others', () => {
    const count = (s: string) => deaths.filter((d) => d.source === s).length;
    expect(count('other')).toBe(5_000); // otherDeathsPerCase 0.5
    expect(count('case')).toBeGreaterThan(3_000);
    expect(count('unregistered')).toBeGreaterThan(50);
    expect(count('unregistered')).toBeLessThan(count('case') * 0.1);
    expect(count('pre_window')).toBeGreaterThan(500);
  });

  it('links registered patients to their case row, with the same person and the death date as last contact', () => {
    let sameDate = 0;
    const linked = deaths.filter((d) => d.source === 'case');
    for (const d of linked) {
      const c = caseById.get(d.caseId!)!;
      expect(c.personKey).toBe(d.personKey);
      expect(c.vitalStatus).toBe(2);
      expect(c.sex).toBe(d.sex);
      if (c.lastContactDate === d.deathDate) sameDate++;
    }
    expect(sameDate / linked.length).toBeGreaterThan(0.95);
  });

  it('covers about 97 % of the dead registered patients', () => {
    const deadPersons = new Set(cases.filter((c) => c.vitalStatus === 2).map((c) => c.personKey));
    const found = new Set(deaths.filter((d) => d.source === 'case').map((d) => d.personKey));
    expect(found.size / deadPersons.size).toBeGreaterThan(0.95);
    for (const d of deaths.filter((x) => x.source === 'unregistered')) expect(d.caseId).toBeNull();
  });

  it('has noisier identities than the case reports: ~10 % missing IDs, a few homophone names', () => {
    const missing = proportion(deaths, (d) => d.idNumber === null);
    expect(missing).toBeGreaterThan(0.08);
    expect(missing).toBeLessThan(0.12);
    const firstByPerson = new Map(cases.filter((c) => c.duplicateOf === null).map((c) => [c.personKey, c]));
    const linked = deaths.filter((d) => d.source === 'case');
    const renamed = proportion(linked, (d) => firstByPerson.get(d.personKey)!.name !== d.name);
    expect(renamed).toBeGreaterThan(0.01);
    expect(renamed).toBeLessThan(0.06);
  });

  it('gives valid IDs except the marked typos, and only Jiangxi counties', () => {
    for (const d of deaths) {
      if (d.idNumber !== null) expect(hasValidCheckCharacter(d.idNumber)).toBe(d.idNumberStatus === 'valid');
      expect(findRegion(d.regionCode)?.level).toBe('county');
    }
  });

  it('keeps death dates in the window and after birth, with cancer causes for cancer deaths', () => {
    for (const d of deaths) {
      expect(d.deathDate >= '2015-01-01' && d.deathDate <= '2025-06-30').toBe(true);
      expect(d.birthDate <= d.deathDate).toBe(true);
      expect(d.causeOfDeath).toMatch(/^[A-Z]\d\d(\.\d)?$/);
      if (d.source === 'unregistered') expect(d.causeOfDeath.startsWith('C')).toBe(true);
      if (d.source === 'other') expect(d.causeOfDeath.startsWith('C')).toBe(false);
    }
  });

  it('gives a mortality-to-incidence ratio for cancer of 0.5–0.7 per year (national pooled 0.61–0.63)', () => {
    const incident = cases.filter((c) => c.duplicateOf === null && c.diagnosisDate.startsWith('2020')).length;
    const died = deaths.filter(
      (d) => d.causeOfDeath.startsWith('C') && d.deathDate.startsWith('2020'),
    ).length;
    expect(died / incident).toBeGreaterThan(0.5);
    expect(died / incident).toBeLessThan(0.7);
  });
});
