import { matchingResidentId, namePreparer } from '../registry/registry-comparisons';
import type { RegistryRecord } from '../registry/registry-record';

function ruleKeys(r: RegistryRecord, prepare: ReturnType<typeof namePreparer>): string[] {
  const keys: string[] = [];
  const id = matchingResidentId(r.residentId);
  if (id) keys.push(`id|${id}`);
  const name = prepare(r.name)?.text;
  if (name && r.birthDate && r.sex) keys.push(`nbs|${name}|${r.birthDate}|${r.sex}`);
  return keys;
}

/**
 * The deterministic rule registries use without a probabilistic linker: two records are the same
 * person when their resident IDs are equal, or their name, birth date and sex are all equal; clusters
 * are the connected components. The baseline the Fellegi–Sunter linker is compared with.
 *
 * @param records - the records
 * @returns cluster number per record
 */
export function exactRuleClusters(records: readonly RegistryRecord[]): Int32Array {
  const prepare = namePreparer();
  const parent = Int32Array.from(records, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const firstWithKey = new Map<string, number>();
  records.forEach((r, i) => {
    for (const k of ruleKeys(r, prepare)) {
      const j = firstWithKey.get(k);
      if (j === undefined) firstWithKey.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  return Int32Array.from(records, (_, i) => find(i));
}

/**
 * Exact-rule death linkage: a death links to the person when one of the person's records shares the
 * resident ID, or name + birth date + sex; a death matching several persons is left unlinked.
 *
 * @param persons - person records
 * @param personIdOf - person of a record
 * @param deaths - death records
 * @returns death id → person id for the linked deaths
 */
export function exactRuleDeathLinks(
  persons: readonly RegistryRecord[],
  personIdOf: (r: RegistryRecord) => string,
  deaths: readonly RegistryRecord[],
): Map<string, string> {
  const prepare = namePreparer();
  const personsByKey = new Map<string, Set<string>>();
  for (const r of persons) {
    for (const k of ruleKeys(r, prepare)) {
      const set = personsByKey.get(k) ?? new Set<string>();
      set.add(personIdOf(r));
      personsByKey.set(k, set);
    }
  }
  const links = new Map<string, string>();
  for (const d of deaths) {
    const found = new Set<string>();
    for (const k of ruleKeys(d, prepare)) for (const p of personsByKey.get(k) ?? []) found.add(p);
    if (found.size === 1) links.set(d.id, [...found][0]!);
  }
  return links;
}

/** Death-level quality: precision, recall and F1 of death → person links. */
export interface DeathLinkScores {
  readonly linked: number;
  readonly correct: number;
  /** Deaths whose person is registered. */
  readonly linkable: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Scores death links against the truth: a link is correct when it names the death's true person.
 *
 * @param links - death id → person id
 * @param truth - death id → true person id, or null for an unregistered person
 * @returns the counts and scores
 */
export function deathLinkScores(
  links: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string | null>,
): DeathLinkScores {
  let correct = 0;
  for (const [d, p] of links) if (truth.get(d) === p) correct++;
  let linkable = 0;
  for (const t of truth.values()) if (t !== null) linkable++;
  const linked = links.size;
  const precision = linked === 0 ? 1 : correct / linked;
  const recall = linkable === 0 ? 1 : correct / linkable;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { linked, correct, linkable, precision, recall, f1 };
}
