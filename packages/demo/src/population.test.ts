import { AGE_GROUPS } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import { demoCounties, generatePopulation, type PopulationRow } from './population';

const rows = generatePopulation(2015, 2024);

function total(filter: (r: PopulationRow) => boolean): number {
  return rows.filter(filter).reduce((s, r) => s + r.population, 0);
}

describe('population', () => {
  it('covers 100 counties × 10 years × 2 sexes × 19 age groups', () => {
    expect(rows).toHaveLength(100 * 10 * 2 * 19);
    expect(new Set(rows.map((r) => r.ageGroup))).toEqual(new Set(AGE_GROUPS.map((g) => g.label)));
  });

  it('adds up to Jiangxi’s ~45 million in every year', () => {
    for (let year = 2015; year <= 2024; year++) {
      const n = total((r) => r.year === year);
      expect(n).toBeGreaterThan(44_000_000);
      expect(n).toBeLessThan(46_500_000);
    }
  });

  it('has county sizes from about 150 000 to 1.2 million, city districts among the largest', () => {
    const sizes = demoCounties().map((c) => c.population2020);
    expect(Math.min(...sizes)).toBeGreaterThan(140_000);
    expect(Math.max(...sizes)).toBeLessThan(1_300_000);
    expect(demoCounties().filter((c) => c.urban).length).toBeGreaterThan(20);
  });

  it('has a slight male excess (sex ratio 103–110)', () => {
    const men = total((r) => r.year === 2020 && r.sex === 1);
    const women = total((r) => r.year === 2020 && r.sex === 2);
    expect((100 * men) / women).toBeGreaterThan(103);
    expect((100 * men) / women).toBeLessThan(110);
  });

  it('ages over the decade: the share aged 65+ rises and the share under 15 falls', () => {
    const share = (year: number, groups: readonly string[]) =>
      total((r) => r.year === year && groups.includes(r.ageGroup)) / total((r) => r.year === year);
    const old = ['65-69', '70-74', '75-79', '80-84', '85+'];
    const young = ['0', '1-4', '5-9', '10-14'];
    expect(share(2024, old)).toBeGreaterThan(share(2015, old) + 0.02);
    expect(share(2024, young)).toBeLessThan(share(2015, young) - 0.02);
    expect(share(2020, old)).toBeGreaterThan(0.1);
    expect(share(2020, old)).toBeLessThan(0.17);
  });

  it('has more women than men at 80+ (longer female survival)', () => {
    const men = total((r) => r.year === 2020 && r.sex === 1 && ['80-84', '85+'].includes(r.ageGroup));
    const women = total((r) => r.year === 2020 && r.sex === 2 && ['80-84', '85+'].includes(r.ageGroup));
    expect(women).toBeGreaterThan(men);
  });
});
