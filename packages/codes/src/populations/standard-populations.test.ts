import { describe, expect, it } from 'vitest';
import { isStandardPopulationKey, STANDARD_POPULATIONS, standardWeights } from './standard-populations';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('standard populations', () => {
  it('has 19 age groups in every standard', () => {
    for (const standard of Object.values(STANDARD_POPULATIONS)) {
      expect(standard.population).toHaveLength(19);
    }
  });

  it('sums China 2000 to the census total 1 242 612 226', () => {
    expect(sum(STANDARD_POPULATIONS.china2000.population)).toBe(1_242_612_226);
  });

  it('sums Segi to 100 000 and WHO 2000–2025 to one million', () => {
    expect(sum(STANDARD_POPULATIONS.segi.population)).toBe(100_000);
    expect(sum(STANDARD_POPULATIONS.who2000.population)).toBe(1_000_000);
  });

  it('matches the China 2000 proportions printed in methods.md to six decimals', () => {
    const printed = [
      0.011101, 0.04441, 0.072551, 0.100914, 0.082915, 0.076108, 0.094641, 0.102457, 0.087837, 0.065381,
      0.068824, 0.050944, 0.037317, 0.033561, 0.02799, 0.020581, 0.012818, 0.006429, 0.003221,
    ];
    const weights = standardWeights('china2000');
    weights.forEach((w, i) => {
      expect(Math.abs(w - (printed[i] ?? Number.NaN))).toBeLessThan(5e-7);
    });
  });

  it('keeps the WHO groups 0-4 … 80-84 within rounding of the WHO percentages', () => {
    // Ahmad et al. 2001, Table: 0-4 8.86, 5-9 8.69, …, 80-84 0.91; 85+ = 0.44+0.15+0.04+0.005.
    const who = [
      8.86, 8.69, 8.6, 8.47, 8.22, 7.93, 7.61, 7.15, 6.59, 6.04, 5.37, 4.55, 3.72, 2.96, 2.21, 1.52, 0.91,
    ];
    const p = STANDARD_POPULATIONS.who2000.population;
    const perMillion = [(p[0] ?? 0) + (p[1] ?? 0), ...p.slice(2, 18)];
    perMillion.forEach((x, i) => {
      expect(Math.abs(x / 10_000 - (who[i] ?? 0))).toBeLessThan(0.005);
    });
    expect(p[18]).toBeCloseTo(6_350, -2);
  });

  it('gives weights that sum to 1', () => {
    for (const key of ['china2000', 'segi', 'who2000'] as const) {
      expect(sum(standardWeights(key))).toBeCloseTo(1, 14);
    }
    expect(standardWeights('segi')[0]).toBe(0.024);
  });

  it('rejects an unknown key naming it', () => {
    expect(isStandardPopulationKey('us2000')).toBe(false);
    expect(() => standardWeights('us2000' as 'segi')).toThrow(/us2000/);
  });
});
