/** Which terms an age–drift–period–cohort design holds. */
export interface ApcDesignOptions {
  /** Number of age groups in the model (the oldest `ageCount` of the 18 five-year groups). */
  readonly ageCount: number;
  /** Number of consecutive 5-year periods in the model (the last `periodCount` observed). */
  readonly periodCount: number;
  /** Absolute index (1-based, oldest observed period = 1) of the first period in the model. */
  readonly firstPeriod: number;
  /** Add the non-linear period effects (Nordpred's full model); default true. */
  readonly periodEffects?: boolean;
  /** Add a Period² column (Nordpred's curvature test); default false. */
  readonly periodSquared?: boolean;
}

/**
 * Column layout of an APC design. Cells are indexed `i·periodCount + q` for age i (0 = youngest
 * in the model) and period q (0 = first in the model).
 */
export interface ApcDesign {
  readonly design: Float64Array;
  readonly rows: number;
  readonly columns: number;
  /** Column of the age effect of model age i is i. */
  readonly driftColumn: number;
  /** Column of relative period level q (1-based), or -1 for the levels fixed at 0 (first and last). */
  readonly periodColumn: (level: number) => number;
  /** Column of relative cohort level c (1-based, 1 = oldest), or -1 for the first and last levels. */
  readonly cohortColumn: (level: number) => number;
  /** Number of cohort levels, ageCount + periodCount − 1. */
  readonly cohortCount: number;
  readonly squaredColumn: number;
}

/**
 * The design of Nordpred's age–period–cohort model: `as.factor(Age) + Period + as.factor(Period) +
 * as.factor(Cohort) - 1` in R with treatment contrasts, where R aliases (sets to NA, i.e. 0) the
 * last period level and the last cohort level. Those columns are left out here, so the design is
 * full rank and the coefficients are exactly R's non-NA ones: age effects (no intercept), the drift
 * (slope per 5-year period, with Period the absolute period number), period effects for levels
 * 2 … P−1 and cohort effects for levels 2 … C−1 (first and last fixed at 0). This is the
 * parametrisation the nordpred package relies on when it projects (Møller et al., Stat Med 2003).
 * Cohort of age i in period q (both relative, youngest age has the largest cohort number):
 * c = (ageCount − 1 − i) + q + 1.
 *
 * @param options - sizes and which terms to include.
 * @returns the dense row-major design and its column map.
 * @throws RangeError for fewer than 3 periods or 1 age group.
 */
export function apcDesign(options: ApcDesignOptions): ApcDesign {
  const { ageCount, periodCount, firstPeriod } = options;
  const withPeriod = options.periodEffects ?? true;
  const withSquared = options.periodSquared ?? false;
  if (!(Number.isInteger(ageCount) && ageCount >= 1)) {
    throw new RangeError(`apcDesign: ageCount must be a whole number ≥ 1, got ${ageCount}`);
  }
  if (!(Number.isInteger(periodCount) && periodCount >= 3)) {
    throw new RangeError(`apcDesign: periodCount must be a whole number ≥ 3, got ${periodCount}`);
  }
  const cohortCount = ageCount + periodCount - 1;
  const driftColumn = ageCount;
  const periodStart = driftColumn + 1;
  const periodTerms = withPeriod ? periodCount - 2 : 0;
  const squaredColumn = withSquared ? periodStart + periodTerms : -1;
  const cohortStart = periodStart + periodTerms + (withSquared ? 1 : 0);
  const columns = cohortStart + cohortCount - 2;
  const periodColumn = (level: number) =>
    withPeriod && level >= 2 && level <= periodCount - 1 ? periodStart + level - 2 : -1;
  const cohortColumn = (level: number) =>
    level >= 2 && level <= cohortCount - 1 ? cohortStart + level - 2 : -1;
  const rows = ageCount * periodCount;
  const design = new Float64Array(rows * columns);
  for (let i = 0; i < ageCount; i++) {
    for (let q = 0; q < periodCount; q++) {
      const row = (i * periodCount + q) * columns;
      const period = firstPeriod + q;
      design[row + i] = 1;
      design[row + driftColumn] = period;
      const pc = periodColumn(q + 1);
      if (pc >= 0) design[row + pc] = 1;
      if (withSquared) design[row + squaredColumn] = period * period;
      const cc = cohortColumn(ageCount - 1 - i + q + 1);
      if (cc >= 0) design[row + cc] = 1;
    }
  }
  return { design, rows, columns, driftColumn, periodColumn, cohortColumn, cohortCount, squaredColumn };
}
