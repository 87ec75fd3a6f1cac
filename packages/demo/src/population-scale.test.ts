import { describe, expect, it } from 'vitest';
import { generateCases } from './cases';
import { expectedCaseCount, populationScale } from './incidence';
import { generatePopulation } from './population';

describe('population scaled to the requested number of tumours', () => {
  it('keeps the real province for realistic volumes and shrinks it proportionally for smaller demos', () => {
    expect(populationScale({ cases: 'realistic' })).toBe(1);
    const expected = expectedCaseCount(2015, 2024);
    expect(populationScale({ cases: 100_000 })).toBeCloseTo(100_000 / expected, 12);
  });

  it('gives a realistic crude incidence (Chinese provinces: ~250–350 per 100 000 a year) at any size', () => {
    const options = { cases: 20_000, seed: 7 };
    const personYears = generatePopulation(2015, 2024, populationScale(options)).reduce(
      (s, r) => s + r.population,
      0,
    );
    let tumours = 0;
    for (const c of generateCases(options)) if (c.duplicateOf === null) tumours++;
    const crudePer100k = (tumours / personYears) * 1e5;
    expect(crudePer100k).toBeGreaterThan(220);
    expect(crudePer100k).toBeLessThan(380);
  });
});
