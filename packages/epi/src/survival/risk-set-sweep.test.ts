import { describe, expect, it } from 'vitest';
import { dayNumberOfCivilDate } from './calendar';
import { expectedCumulativeHazard } from './expected-hazard';
import { buildLifeTable, type LifeTableRow } from './life-table';
import { riskSetSweep, type SurvivalSubject } from './risk-set-sweep';

// Park–Miller generator: the data repeat from run to run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

const rows: LifeTableRow[] = [];
for (let year = 2005; year <= 2015; year++) {
  for (const sex of [1, 2] as const) {
    for (let age = 0; age <= 100; age++) {
      rows.push({
        year,
        sex,
        age,
        qx: Math.min(
          0.9,
          0.0005 + Math.exp(-9 + 0.09 * age) * (sex === 2 ? 0.7 : 1) * (1 - 0.02 * (year - 2005)),
        ),
      });
    }
  }
}
const lifeTable = buildLifeTable(rows);

describe('riskSetSweep', () => {
  it('equals the direct O(n·m) sums of methods.md §3.4–3.5, with delayed entry and old patients', () => {
    const next = random(20_240_601);
    const subjects: SurvivalSubject[] = Array.from({ length: 300 }, () => {
      const entryDays = next() < 0.3 ? Math.floor(next() * 2000) : 0;
      return {
        entryDays,
        timeDays: entryDays + 1 + Math.floor(next() * 4000),
        died: next() < 0.6,
        sex: next() < 0.5 ? 1 : 2,
        ageDays: Math.floor(next() * 105 * 365),
        diagnosisDay: dayNumberOfCivilDate(2003, 1, 1) + Math.floor(next() * 5000),
      };
    });
    const sweep = riskSetSweep(subjects, { lifeTable, weights: true });
    const cumulative = (s: SurvivalSubject, t: number) =>
      expectedCumulativeHazard(
        lifeTable,
        { sex: s.sex!, ageDays: s.ageDays!, diagnosisDay: s.diagnosisDay! },
        t,
      );
    let worst = 0;
    sweep.time.forEach((t, j) => {
      const before = j === 0 ? 0 : sweep.time[j - 1]!;
      let n = 0;
      let expected = 0;
      let w = 0;
      let wBefore = 0;
      let dw = 0;
      for (const s of subjects) {
        if (!((s.entryDays ?? 0) < t && s.timeDays >= t)) continue;
        n += 1;
        const now = cumulative(s, t);
        const then = cumulative(s, before);
        expected += now - then;
        w += Math.exp(now);
        wBefore += Math.exp(then);
        if (s.timeDays === t && s.died) dw += Math.exp(now);
      }
      expect(sweep.atRisk[j]).toBe(n);
      worst = Math.max(
        worst,
        Math.abs(sweep.expectedDeaths![j]! - expected),
        Math.abs(sweep.weightedAtRisk![j]! - w) / Math.max(w, 1),
        Math.abs(sweep.weightedAtRiskBefore![j]! - wBefore) / Math.max(wBefore, 1),
        Math.abs(sweep.weightedDeaths![j]! - dw) / Math.max(dw, 1),
      );
    });
    expect(worst).toBeLessThan(1e-12);
  });
});
