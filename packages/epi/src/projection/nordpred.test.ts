import { describe, expect, it } from 'vitest';
import { NORDPRED_AGE_GROUPS, nordpredProjection } from './nordpred';

// Counts lying exactly on rate^(1/5) = A_a + D·p (no period or cohort effects) for the model ages
// a ≥ 3, so the fit is exact and every projected number can be written down by hand.
const PY = 1e5;
const D = 0.005;
const ageEffect = (a: number) => 0.1 + 0.01 * a;
function exactTables(periods: number, future: number) {
  const cases: number[][] = [];
  const personYears: number[][] = [];
  const futurePersonYears: number[][] = [];
  for (let a = 0; a < NORDPRED_AGE_GROUPS; a++) {
    cases.push(
      Array.from({ length: periods }, (_, p) =>
        a < 3 ? (p === periods - 2 ? 2 : p === periods - 1 ? 4 : 0) : PY * (ageEffect(a) + D * (p + 1)) ** 5,
      ),
    );
    personYears.push(Array.from({ length: periods }, () => PY));
    futurePersonYears.push(Array.from({ length: future }, (_, j) => 1.1e5 + 1000 * j));
  }
  return { cases, personYears, futurePersonYears };
}

describe('nordpredProjection on exact power-5 data', () => {
  const tables = exactTables(4, 3);
  const result = nordpredProjection(tables);

  it('chooses 15-19 as the youngest modelled group and 20-24 as the youngest projected by the model', () => {
    expect(result.startEstimationAge).toBe(3);
    expect(result.startUseAge).toBe(4);
    expect(result.basePeriods).toBe(4);
    expect(result.drift).toBeCloseTo(D, 10);
    expect(result.dispersion).toBe(1);
  });

  it('damps the drift by 0, 25 and 50 % in the first three projected periods', () => {
    // Σ(1 − cut) = 1, 1.75, 2.25 periods of drift after the 4th (last observed) period.
    [1, 1.75, 2.25].forEach((m, j) => {
      const period = result.periods[j];
      for (let a = 4; a < NORDPRED_AGE_GROUPS; a++) {
        expect(period?.rates[a]).toBeCloseTo((ageEffect(a) + D * (4 + m)) ** 5, 12);
      }
    });
  });

  it('projects the groups below startUseAge at the mean of their last two observed rates', () => {
    const period = result.periods[2];
    expect(period?.rates[0]).toBeCloseTo(3e-5, 15);
    expect(period?.rates[3]).toBeCloseTo(((ageEffect(3) + 3 * D) ** 5 + (ageEffect(3) + 4 * D) ** 5) / 2, 12);
  });

  it('multiplies the rates by the projected person-years and adds them up', () => {
    const period = result.periods[1];
    const py = 1.1e5 + 1000;
    let total = 0;
    for (let a = 0; a < NORDPRED_AGE_GROUPS; a++) total += (period?.rates[a] as number) * py;
    expect(period?.sums.cases.estimate).toBeCloseTo(total, 8);
    expect(period?.sums.personYears).toBe(18 * py);
    expect(period?.sums.cases.lpi).toBeLessThan(period?.sums.cases.lci as number);
    expect(period?.sums.cases.upi).toBeGreaterThan(period?.sums.cases.uci as number);
  });

  it('holds the last cut (75 %) for periods beyond the five of nordpred', () => {
    const long = nordpredProjection({ ...exactTables(4, 7), recent: false });
    const multipliers = [1, 1.75, 2.25, 2.5, 2.75, 3, 3.25];
    multipliers.forEach((m, j) => {
      expect(long.periods[j]?.rates[10]).toBeCloseTo((ageEffect(10) + D * (4 + m)) ** 5, 12);
    });
  });

  it('gives the same rates with recent = true, since the last-10-year slope equals the drift here', () => {
    const recent = nordpredProjection({ ...tables, recent: true });
    expect(recent.periods[2]?.rates[12]).toBeCloseTo(result.periods[2]?.rates[12] as number, 12);
  });

  it('uses no damping when cutTrend is all zeros', () => {
    const plain = nordpredProjection({ ...tables, cutTrend: [0] });
    expect(plain.periods[2]?.rates[8]).toBeCloseTo((ageEffect(8) + D * 7) ** 5, 12);
  });
});

describe('nordpredProjection input checks', () => {
  it('refuses fewer than 3 observed periods', () => {
    expect(() => nordpredProjection(exactTables(2, 1))).toThrow(/≥ 3 observed periods/);
  });

  it('refuses data where fewer than 3 age groups reach 10 cases', () => {
    const tables = exactTables(4, 1);
    const sparse = { ...tables, cases: tables.cases.map((row, a) => (a < 16 ? row.map(() => 0) : row)) };
    expect(() => nordpredProjection(sparse)).toThrow(/too few cases/);
  });

  it('refuses a base larger than the observed periods', () => {
    expect(() => nordpredProjection({ ...exactTables(4, 1), basePeriods: 5 })).toThrow(/basePeriods/);
  });
});
