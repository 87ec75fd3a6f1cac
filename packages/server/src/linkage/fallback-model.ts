import {
  deathLinkageSettings,
  dedupe,
  type FellegiSunterModel,
  linkDeaths,
  registryDedupeSettings,
  syntheticRegistry,
} from '@orca/linkage';

/**
 * Below this many records EM has too few pairs to estimate m and u (a county's first month of
 * reports): the model is then trained on the seeded synthetic registry of @orca/linkage, whose error
 * rates are documented assumptions, and its prior rescaled to the real record count.
 */
export const MIN_TRAINING_RECORDS = 1_000;

/** A model with the number of records it was trained on. */
export interface TrainedModel {
  readonly model: FellegiSunterModel;
  readonly trainingRecords: number;
}

let dedupeFallback: TrainedModel | null = null;
let deathFallback: TrainedModel | null = null;
// 1 500 persons (≈ 2 600 reports) train in a fraction of a second and give m and u to two decimals.
const SYNTHETIC_PERSONS = 1_500;

/** The dedupe model trained once per process on the synthetic registry (seed 1). */
export function fallbackDedupeModel(): TrainedModel {
  if (!dedupeFallback) {
    const reg = syntheticRegistry({ persons: SYNTHETIC_PERSONS, seed: 1 });
    dedupeFallback = {
      model: dedupe(reg.reports, registryDedupeSettings()).model,
      trainingRecords: reg.reports.length,
    };
  }
  return dedupeFallback;
}

/** The death-linkage model trained once per process on the synthetic registry (seed 1). */
export function fallbackDeathModel(): TrainedModel {
  if (!deathFallback) {
    const reg = syntheticRegistry({ persons: SYNTHETIC_PERSONS, seed: 1 });
    const result = linkDeaths(reg.reports, (r) => r.truePersonId ?? r.id, reg.deaths, deathLinkageSettings());
    deathFallback = { model: result.model, trainingRecords: reg.reports.length };
  }
  return deathFallback;
}

/**
 * Moves a model's prior to another record count. λ = P(two random records match) falls as 1/n when
 * each person has about the same number of records whatever the registry's size, so
 * λ' = λ · (n_train − 1)/(n − 1); m and u are kept.
 *
 * @param trained - the model and its training record count
 * @param records - records it is applied to
 * @returns the model with λ and the prior weight rescaled
 */
export function rescalePrior(trained: TrainedModel, records: number): FellegiSunterModel {
  const { model, trainingRecords } = trained;
  if (records <= 1 || trainingRecords <= 1 || records === trainingRecords) return model;
  const lambda = Math.min(0.5, (model.lambda * (trainingRecords - 1)) / (records - 1));
  return { ...model, lambda, priorWeight: Math.log2(lambda / (1 - lambda)) };
}
