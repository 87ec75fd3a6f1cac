// Reference values from `Rscript fixtures/r/survival-reference.R` (run in packages/epi); tolerances of
// methods.md §5: Kaplan–Meier 1e-9 absolute against survfit; Ederer II and Pohar Perme 1e-8 against
// the exact R reference, 1e-4 (Ederer II) and 2e-3 (Pohar Perme) against relsurv.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ederer2 } from './ederer2';
import { expectedCumulativeHazard } from './expected-hazard';
import { kaplanMeier } from './kaplan-meier';
import { buildLifeTable, type LifeTableRow } from './life-table';
import { poharPerme } from './pohar-perme';
import type { SurvivalSubject } from './risk-set-sweep';
import type { SurvivalCurve } from './survival-curve';

type Numbers = (number | null)[];
interface Curve {
  time: number[];
  surv: number[];
  std_err?: Numbers;
  var?: number[];
  lower?: Numbers;
  upper?: Numbers;
  n_risk?: number[];
  n_event?: number[];
}
interface Dataset {
  name: string;
  subjects: {
    time: number[];
    status: number[];
    sex: (1 | 2)[];
    age_days: number[];
    diag_day: number[];
    entry: number[] | null;
  };
  km: Curve;
  exact: { time: number[]; n_risk: number[]; n_event: number[]; ederer2: Curve; pohar_perme: Curve };
  relsurv_ederer2?: Curve;
  relsurv_pohar_perme?: Curve;
}
interface Reference {
  cumulative_hazard: {
    sex: (1 | 2)[];
    age_days: number[];
    diag_day: number[];
    time: number[];
    survexp: number[];
    exact: number[];
  };
  datasets: Dataset[];
}

const readFixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as T;

const reference = readFixture<Reference>('survival-reference.json');
const lifeTableFixture = readFixture<{ years: number[]; qx: number[][][] }>('survival-life-table.json');

const lifeTable = buildLifeTable(
  lifeTableFixture.qx.flatMap((bySex, s) =>
    bySex.flatMap((byYear, y) =>
      byYear.map(
        (qx, age): LifeTableRow => ({ year: lifeTableFixture.years[y]!, sex: s === 0 ? 1 : 2, age, qx }),
      ),
    ),
  ),
);

function subjectsOf(dataset: Dataset): SurvivalSubject[] {
  const s = dataset.subjects;
  return s.time.map((timeDays, i) => ({
    timeDays,
    died: s.status[i] === 1,
    entryDays: s.entry?.[i] ?? 0,
    sex: s.sex[i]!,
    ageDays: s.age_days[i]!,
    diagnosisDay: s.diag_day[i]!,
  }));
}

/** Largest |a − b| over the reference times, NaN/null treated as equal only to each other. */
function maxDifference(
  curve: SurvivalCurve,
  field: 'estimate' | 'lower' | 'upper',
  times: number[],
  expected: Numbers,
) {
  let worst = 0;
  times.forEach((t, k) => {
    const j = curve.time.indexOf(t);
    expect(j, `time ${t} present`).toBeGreaterThanOrEqual(0);
    const got = curve[field][j]!;
    const want = expected[k] ?? Number.NaN;
    if (Number.isNaN(want) || Number.isNaN(got)) expect(Number.isNaN(got)).toBe(Number.isNaN(want));
    else worst = Math.max(worst, Math.abs(got - want));
  });
  return worst;
}

describe('survival against R', () => {
  it('expectedCumulativeHazard equals survexp and the exact R integration', () => {
    const c = reference.cumulative_hazard;
    let worst = 0;
    c.time.forEach((t, i) => {
      const person = { sex: c.sex[i]!, ageDays: c.age_days[i]!, diagnosisDay: c.diag_day[i]! };
      const got = expectedCumulativeHazard(lifeTable, person, t);
      worst = Math.max(worst, Math.abs(got - c.exact[i]!), Math.abs(got - c.survexp[i]!));
    });
    expect(worst).toBeLessThan(1e-12);
  });

  it.each(reference.datasets.map((d) => [d.name, d] as const))(
    'kaplanMeier matches survfit with log-log intervals for the %s data',
    (_name, dataset) => {
      const curve = kaplanMeier(subjectsOf(dataset));
      const { km } = dataset;
      for (const field of ['estimate', 'lower', 'upper'] as const) {
        const expected = field === 'estimate' ? km.surv : field === 'lower' ? km.lower! : km.upper!;
        expect(maxDifference(curve, field, km.time, expected)).toBeLessThan(1e-9);
      }
      km.time.forEach((t, k) => {
        const j = curve.time.indexOf(t);
        expect(curve.atRisk[j]).toBe(km.n_risk![k]);
        expect(curve.deaths[j]).toBe(km.n_event![k]);
        const se = km.std_err![k];
        if (se !== null && se !== undefined && Number.isFinite(curve.variance[j]!)) {
          expect(Math.abs(Math.sqrt(curve.variance[j]!) - se)).toBeLessThan(1e-9);
        }
      });
    },
  );

  it.each(reference.datasets.map((d) => [d.name, d] as const))(
    'ederer2 and poharPerme match the exact reference to 1e-8 for the %s data',
    (_name, dataset) => {
      const subjects = subjectsOf(dataset);
      const { exact } = dataset;
      for (const [curve, expected] of [
        [ederer2(subjects, lifeTable), exact.ederer2],
        [poharPerme(subjects, lifeTable), exact.pohar_perme],
      ] as const) {
        expect(Array.from(curve.time)).toEqual(exact.time);
        expect(Array.from(curve.atRisk)).toEqual(exact.n_risk);
        expect(Array.from(curve.deaths)).toEqual(exact.n_event);
        expect(maxDifference(curve, 'estimate', exact.time, expected.surv)).toBeLessThan(1e-8);
        expect(maxDifference(curve, 'lower', exact.time, expected.lower!)).toBeLessThan(1e-8);
        expect(maxDifference(curve, 'upper', exact.time, expected.upper!)).toBeLessThan(1e-8);
        expected.var!.forEach((v, j) => {
          expect(Math.abs(curve.variance[j]! - v)).toBeLessThan(1e-10);
        });
      }
    },
  );

  it.each(reference.datasets.filter((d) => d.relsurv_ederer2).map((d) => [d.name, d] as const))(
    'ederer2 agrees with relsurv::rs.surv within 1e-4 for the %s data',
    (_name, dataset) => {
      const curve = ederer2(subjectsOf(dataset), lifeTable);
      const rs = dataset.relsurv_ederer2!;
      expect(maxDifference(curve, 'estimate', rs.time, rs.surv)).toBeLessThan(1e-4);
    },
  );

  // relsurv sums the population hazard day by day; in groups of fewer than 10 patients with gaps of
  // years between deaths (edge, small) its Pohar Perme differs from the exact value by up to 8.4e-3,
  // beyond §5's 2e-3, so those two are held to the exact reference only (checked there by a 20 000-step
  // Riemann sum in R, which converges to the exact ln(W/W⁻), not to relsurv).
  it.each(
    reference.datasets
      .filter((d) => d.relsurv_pohar_perme && d.subjects.time.length >= 100)
      .map((d) => [d.name, d] as const),
  )('poharPerme agrees with relsurv::rs.surv within 2e-3 for the %s data', (_name, dataset) => {
    const curve = poharPerme(subjectsOf(dataset), lifeTable);
    const rs = dataset.relsurv_pohar_perme!;
    expect(maxDifference(curve, 'estimate', rs.time, rs.surv)).toBeLessThan(2e-3);
    rs.std_err!.forEach((se, k) => {
      const j = curve.time.indexOf(rs.time[k]!);
      expect(Math.abs(Math.sqrt(curve.variance[j]!) - (se ?? 0))).toBeLessThan(2e-3);
    });
  });
});
