import { completedAgeYears } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import { generateCases } from './cases';
import { dayNumber } from './dates';
import { LifeTableLookup } from './life-table';
import type { CaseRecord } from './records';
import { SITES, siteByKey } from './sites';
import { cureFractions } from './survival';

function days(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Kaplan–Meier survival at `years` (ties: deaths before censorings at the same time). */
function kaplanMeier(rows: readonly CaseRecord[], years: number): number {
  const horizon = years * 365.25;
  const times = rows
    .map((r) => ({ t: days(r.lastContactDate) - days(r.diagnosisDate), dead: r.vitalStatus === 2 }))
    .sort((a, b) => a.t - b.t || Number(b.dead) - Number(a.dead));
  let s = 1;
  let atRisk = times.length;
  for (const { t, dead } of times) {
    if (t > horizon) break;
    if (dead) s *= 1 - 1 / atRisk;
    atRisk--;
  }
  return s;
}

/** Ederer I expected survival from the demo life table. */
function expectedSurvival(rows: readonly CaseRecord[], years: number): number {
  const table = new LifeTableLookup(2005, 2025);
  let sum = 0;
  for (const r of rows) {
    const age = completedAgeYears(r.birthDate, r.diagnosisDate)!;
    const year = Number(r.diagnosisDate.slice(0, 4));
    let p = 1;
    for (let k = 0; k < years; k++) p *= 1 - table.qx(year + k, r.sex, age + k);
    sum += p;
  }
  return sum / rows.length;
}

// Patients diagnosed 2015–2019 have at least 5.5 years of potential follow-up to 2025-06-30.
const cohort = Array.from(generateCases({ seed: 21, cases: 20_000 })).filter(
  (r) => r.duplicateOf === null && r.basis !== 0 && r.diagnosisDate < '2020-01-01',
);
const groupOf = new Map<string, string>();
for (const site of SITES) for (const s of site.subsites) groupOf.set(s.icd10.slice(0, 3), site.key);

function relativeSurvival(key: string): number {
  const rows = cohort.filter((r) => groupOf.get(r.icd10.slice(0, 3)) === key);
  return kaplanMeier(rows, 5) / expectedSurvival(rows, 5);
}

describe('survival', () => {
  it('cure fractions fall with stage and average back to the site’s cure fraction', () => {
    for (const site of SITES) {
      const cure = cureFractions(site);
      for (let k = 0; k < 3; k++) expect(cure[k]!).toBeGreaterThan(cure[k + 1]!);
      for (const p of cure) expect(p > 0 && p < 1).toBe(true);
    }
  });

  it.each([
    ['thyroid', 0.07],
    ['breast', 0.06],
    ['colorectum', 0.06],
    ['stomach', 0.06],
    ['oesophagus', 0.07],
    ['lung', 0.05],
    ['liver', 0.05],
  ])('5-year relative survival (KM / Ederer I) of %s is near its target', (key, tolerance) => {
    const target = siteByKey(key)!.survival.fiveYear;
    expect(Math.abs(relativeSurvival(key) - target)).toBeLessThan(tolerance);
  });

  it('orders sites as Chinese survival data do: thyroid > breast > colorectum > stomach > lung > liver > pancreas', () => {
    const order = ['thyroid', 'breast', 'colorectum', 'stomach', 'lung', 'liver', 'pancreas'].map(
      relativeSurvival,
    );
    for (let i = 0; i + 1 < order.length; i++) expect(order[i]!).toBeGreaterThan(order[i + 1]!);
    expect(relativeSurvival('thyroid')).toBeGreaterThan(0.85);
  });
});
