import { dayNumber } from './dates';
import { IncidenceModel } from './incidence';
import { LifeTableLookup } from './life-table';
import type { ResolvedOptions } from './options';
import type { SimContext } from './tumours';

/** Everything a run needs besides its generators: models for the window and for the ten years before. */
export interface RunContext {
  readonly options: ResolvedOptions;
  readonly window: SimContext;
  readonly preWindow: SimContext;
  /** Distinct tumours to put in cases.csv. */
  readonly caseCount: number;
  /** Pre-window tumours to simulate for the deaths they bring into the window. */
  readonly preWindowCount: number;
  /** Deaths of people without cancer to add to deaths.csv. */
  readonly otherDeathCount: number;
}

/** Years before the window whose patients can still die inside it. */
export const PRE_WINDOW_YEARS = 10;

const models = new Map<string, IncidenceModel>();
function model(first: number, last: number, populationFirstYear: number): IncidenceModel {
  const key = `${first}-${last}-${populationFirstYear}`;
  let m = models.get(key);
  if (!m) {
    m = new IncidenceModel(first, last, populationFirstYear);
    models.set(key, m);
  }
  return m;
}

/**
 * Builds (and caches) the models for a run.
 *
 * @param options - resolved options
 */
export function runContext(options: ResolvedOptions): RunContext {
  const { firstYear, lastYear, closeDay } = options;
  const closeYear = Number(options.closeDate.slice(0, 4));
  const lifeTable = new LifeTableLookup(firstYear - PRE_WINDOW_YEARS, closeYear);
  const windowStartDay = dayNumber(firstYear, 1, 1);
  const lastDiagnosisDay = Math.min(closeDay, dayNumber(lastYear, 12, 31));
  const windowModel = model(firstYear, lastYear, firstYear);
  const preModel = model(firstYear - PRE_WINDOW_YEARS, firstYear - 1, firstYear);
  const caseCount = options.cases ?? Math.round(windowModel.expectedCases);
  return {
    options,
    window: { model: windowModel, lifeTable, closeDay, lastDiagnosisDay, windowStartDay },
    preWindow: { model: preModel, lifeTable, closeDay, lastDiagnosisDay: windowStartDay - 1, windowStartDay },
    caseCount,
    preWindowCount: Math.round((caseCount * preModel.expectedCases) / windowModel.expectedCases),
    otherDeathCount: Math.round(caseCount * options.otherDeathsPerCase),
  };
}

/** Streams of the pseudo-random generator, one per family of draws. */
export const STREAM = {
  tumour: 1,
  death: 2,
  preWindow: 3,
  other: 4,
  otherNoise: 5,
  secondPrimary: 6,
} as const;
