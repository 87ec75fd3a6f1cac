import type { LifeTable } from './life-table';
import { riskSetSweep, type SurvivalSubject } from './risk-set-sweep';
import { logInterval, type SurvivalCurve } from './survival-curve';

/**
 * Net survival by the Pohar Perme estimator (methods.md §3.5): each patient weighted by 1/Sᵢ*(t),
 * hⱼ = Dⱼ/Wⱼ − ln(Wⱼ/W⁻ⱼ), S(t) = Π (1 − hⱼ), σ²(t) = Σ Qⱼ/Wⱼ², log 95 % CI. The log term is the exact
 * integral of the weighted population hazard, where `relsurv::rs.surv(method = "pohar-perme")` sums it
 * day by day (differences ≤ 1e-3, §3.7). Pohar Perme M, Stare J, Estève J. Biometrics 2012;68:113–120.
 * With delayed entry the weights stay 1/Sᵢ*(t) from diagnosis (as Stata `stnet`).
 *
 * @param subjects - follow-up, death indicator, sex, age at diagnosis (days), diagnosis day number.
 * @param lifeTable - general-population hazards.
 * @returns the curve at every distinct time; it rises slightly at censoring-only times.
 * @throws RangeError naming the first invalid subject.
 * @example poharPerme(cohort, buildLifeTable(rows)).estimate.at(-1)
 */
export function poharPerme(subjects: readonly SurvivalSubject[], lifeTable: LifeTable): SurvivalCurve {
  const sweep = riskSetSweep(subjects, { lifeTable, weights: true });
  const { time, atRisk, deaths } = sweep;
  const weightedAtRisk = sweep.weightedAtRisk!;
  const weightedAtRiskBefore = sweep.weightedAtRiskBefore!;
  const weightedDeaths = sweep.weightedDeaths!;
  const weightedDeathsSquared = sweep.weightedDeathsSquared!;
  const m = time.length;
  const estimate = new Float64Array(m);
  const variance = new Float64Array(m);
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  let survival = 1;
  let sigma2 = 0;
  for (let j = 0; j < m; j++) {
    const w = weightedAtRisk[j]!;
    if (w > 0) {
      const increment = weightedDeaths[j]! / w - Math.log(w / weightedAtRiskBefore[j]!);
      survival *= 1 - increment;
      sigma2 += weightedDeathsSquared[j]! / (w * w);
    }
    estimate[j] = survival;
    variance[j] = sigma2;
    [lower[j], upper[j]] = logInterval(survival, sigma2);
  }
  return { method: 'pohar-perme', time, atRisk, deaths, estimate, variance, lower, upper };
}
