import type { LifeTable } from './life-table';
import { riskSetSweep, type SurvivalSubject } from './risk-set-sweep';
import { logInterval, type SurvivalCurve } from './survival-curve';

/**
 * Relative survival by the Ederer II method in continuous time (methods.md §3.4), as
 * `relsurv::rs.surv(method = "ederer2")` but with the expected hazard integrated exactly:
 * S(t) = Π_{tⱼ ≤ t} (1 − (dⱼ − Eⱼ)/nⱼ), Eⱼ = Σ_{Rⱼ} [Λᵢ(tⱼ) − Λᵢ(tⱼ₋₁)]; σ²(t) = Σ dⱼ/nⱼ²; log 95 % CI.
 * Ederer F, Heise H, 1959; Pohar Perme M, Pavlič K. J Stat Softw 2018;87(8).
 * With delayed entry the risk sets change only at grid times, so Eⱼ stays exact.
 *
 * @param subjects - follow-up, death indicator, sex, age at diagnosis (days), diagnosis day number.
 * @param lifeTable - general-population hazards.
 * @returns the curve at every distinct time; may exceed 1.
 * @throws RangeError naming the first invalid subject.
 * @example ederer2(cohort, buildLifeTable(rows)).estimate.at(-1)
 */
export function ederer2(subjects: readonly SurvivalSubject[], lifeTable: LifeTable): SurvivalCurve {
  const sweep = riskSetSweep(subjects, { lifeTable });
  const { time, atRisk, deaths } = sweep;
  const expectedDeaths = sweep.expectedDeaths!;
  const m = time.length;
  const estimate = new Float64Array(m);
  const variance = new Float64Array(m);
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  let survival = 1;
  let sigma2 = 0;
  for (let j = 0; j < m; j++) {
    const n = atRisk[j]!;
    if (n > 0) {
      const d = deaths[j]!;
      survival *= 1 - (d - expectedDeaths[j]!) / n;
      sigma2 += d / (n * n);
    }
    estimate[j] = survival;
    variance[j] = sigma2;
    [lower[j], upper[j]] = logInterval(survival, sigma2);
  }
  return { method: 'ederer2', time, atRisk, deaths, estimate, variance, lower, upper };
}
