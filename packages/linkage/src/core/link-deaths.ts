import { scorePairs } from './dedupe';
import { fitModel, pairAt, type ScoredPair, scoreIndexedPairs } from './model';
import type { FellegiSunterModel, LinkageSettings } from './types';

/** A death linked to a person. */
export interface DeathLink {
  readonly deathId: string;
  readonly personId: string;
  /** The best-scoring pair between the death and the person's records. */
  readonly pair: ScoredPair;
}

/** Why a death–person pair needs review. */
export type DeathReviewReason = 'grey_zone' | 'ambiguous' | 'person_has_two_deaths';

/** A death–person pair for clerical review. */
export interface DeathReview extends DeathLink {
  readonly reason: DeathReviewReason;
}

/** Result of {@link linkDeaths}. */
export interface DeathLinkResult {
  /** At most one person per death and one death per person. */
  readonly links: readonly DeathLink[];
  readonly reviewPairs: readonly DeathReview[];
  /** Deaths with no person at or above the review threshold (DCO candidates if the cause is cancer). */
  readonly unmatchedDeaths: readonly string[];
  readonly model: FellegiSunterModel;
}

/** Options of {@link linkDeaths}. */
export interface LinkDeathsOptions {
  /** A model trained before (else trained on these records in link mode). */
  readonly model?: FellegiSunterModel;
  /**
   * When a second person scores at or above the link threshold and within this many bits of the best,
   * the death is ambiguous and goes to review instead (default 4 bits: the runner-up at least 1/16 as
   * likely).
   */
  readonly ambiguityMargin?: number;
}

/**
 * Links death certificates to registered persons (domain guide §2.7): each death goes to the person
 * whose best record scores highest; a death links automatically when that weight reaches the link
 * threshold and no other person comes within `ambiguityMargin`; a person claimed by several deaths
 * keeps the strongest, the others go to review as conflicts.
 *
 * @param persons - person records (e.g. tumour reports), several per person allowed
 * @param personIdOf - the person (cluster) of a record
 * @param deaths - death records, of the same record type
 * @param settings - comparisons, blocking, thresholds (see `deathLinkageSettings`)
 * @param options - a trained model, the ambiguity margin
 * @returns links, review pairs, unmatched deaths and the model
 */
export function linkDeaths<R>(
  persons: readonly R[],
  personIdOf: (record: R) => string,
  deaths: readonly R[],
  settings: LinkageSettings<R>,
  options: LinkDeathsOptions = {},
): DeathLinkResult {
  const records = [...persons, ...deaths];
  const side = new Uint8Array(records.length);
  side.fill(1, persons.length);
  const pairing = { mode: 'link' as const, side };
  const tfMinimum = settings.tfMinimum ?? 1e-5;
  let model: FellegiSunterModel;
  let scored: ReturnType<typeof scoreIndexedPairs>;
  let index: ReturnType<typeof fitModel>['index'];
  if (options.model) {
    model = options.model;
    ({ scored, index } = scorePairs(records, model, settings, pairing));
  } else {
    const fit = fitModel(records, settings, pairing);
    model = fit.model;
    index = fit.index;
    scored = scoreIndexedPairs(index, model, fit.pairs.left, fit.pairs.right, fit.pairs.count, {
      tfMinimum,
      levels: fit.levels,
    });
  }
  const ids = records.map((r) => settings.recordId(r));
  const personOf = persons.map(personIdOf);
  const { link, review } = settings.thresholds;
  const margin = options.ambiguityMargin ?? 4;

  // Best pair per (death, person).
  const best = new Map<number, Map<string, number>>();
  for (let p = 0; p < scored.count; p++) {
    const death = scored.right[p]!;
    const person = personOf[scored.left[p]!]!;
    let byPerson = best.get(death);
    if (!byPerson) {
      byPerson = new Map();
      best.set(death, byPerson);
    }
    const q = byPerson.get(person);
    if (q === undefined || scored.weight[p]! > scored.weight[q]!) byPerson.set(person, p);
  }

  const reviewPairs: DeathReview[] = [];
  const tentative = new Map<string, { death: number; p: number }[]>();
  const unmatchedDeaths: string[] = [];
  for (let d = persons.length; d < records.length; d++) {
    const candidates = [...(best.get(d)?.entries() ?? [])].sort(
      (a, b) => scored.weight[b[1]]! - scored.weight[a[1]]!,
    );
    const top = candidates[0];
    if (!top || scored.weight[top[1]]! < review) {
      unmatchedDeaths.push(ids[d]!);
      continue;
    }
    const entry = (personId: string, p: number) => ({
      deathId: ids[d]!,
      personId,
      pair: pairAt(index, model, scored, p, ids, tfMinimum),
    });
    const w = scored.weight[top[1]]!;
    if (w < link) {
      reviewPairs.push({ ...entry(top[0], top[1]), reason: 'grey_zone' });
      continue;
    }
    const second = candidates[1];
    if (second && scored.weight[second[1]]! >= link && w - scored.weight[second[1]]! < margin) {
      for (const [personId, p] of candidates) {
        if (scored.weight[p]! >= link) reviewPairs.push({ ...entry(personId, p), reason: 'ambiguous' });
      }
      continue;
    }
    const list = tentative.get(top[0]) ?? [];
    list.push({ death: d, p: top[1] });
    tentative.set(top[0], list);
  }
  const links: DeathLink[] = [];
  for (const [personId, list] of tentative) {
    list.sort((a, b) => scored.weight[b.p]! - scored.weight[a.p]!);
    list.forEach(({ death, p }, k) => {
      const e = { deathId: ids[death]!, personId, pair: pairAt(index, model, scored, p, ids, tfMinimum) };
      if (k === 0) links.push(e);
      else reviewPairs.push({ ...e, reason: 'person_has_two_deaths' });
    });
  }
  return { links, reviewPairs, unmatchedDeaths, model };
}
