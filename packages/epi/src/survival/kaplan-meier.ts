import { riskSetSweep, type SurvivalSubject } from './risk-set-sweep';
import { logLogInterval, type SurvivalCurve } from './survival-curve';

/**
 * Observed survival by the Kaplan–Meier product-limit estimator with Greenwood's variance and the
 * log-log 95 % interval (methods.md §3.2). Deaths precede censorings at a tie: a patient censored at
 * tⱼ is at risk at tⱼ. With delayed entry (`entryDays`) the risk set is {entry < tⱼ ≤ T}, as
 * `survfit(Surv(entry, exit, status) ~ 1)`. Kaplan EL, Meier P. JASA 1958;53:457–481.
 * Agrees with R `survival::survfit(Surv(time, status) ~ 1, conf.type = "log-log")`.
 *
 * @param subjects - follow-up time (days, > 0), death indicator, optional entry time.
 * @returns the curve at every distinct time; CI NaN where S is 0 or 1.
 * @throws RangeError naming the first invalid subject.
 * @example kaplanMeier([{ timeDays: 10, died: true }, { timeDays: 20, died: false }]).estimate // [0.5, 0.5]
 */
export function kaplanMeier(subjects: readonly SurvivalSubject[]): SurvivalCurve {
  const { time, atRisk, deaths } = riskSetSweep(subjects);
  const m = time.length;
  const estimate = new Float64Array(m);
  const variance = new Float64Array(m);
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  let survival = 1;
  let greenwood = 0;
  for (let j = 0; j < m; j++) {
    const n = atRisk[j]!;
    const d = deaths[j]!;
    if (d > 0) {
      survival *= 1 - d / n;
      // d = n makes the term infinite: the variance of the cumulative hazard is then unbounded.
      greenwood += d / (n * (n - d));
    }
    estimate[j] = survival;
    variance[j] = greenwood;
    [lower[j], upper[j]] = logLogInterval(survival, greenwood);
  }
  return { method: 'observed', time, atRisk, deaths, estimate, variance, lower, upper };
}
