import { isValidResidentId } from '@orca/codes';
import { describe, expect, it } from 'vitest';
import { dedupe } from '../core/dedupe';
import { explainPair } from '../core/explain';
import { linkDeaths } from '../core/link-deaths';
import { pairwiseScores } from '../evaluation/pairwise';
import { deathLinkScores, exactRuleClusters, exactRuleDeathLinks } from '../evaluation/registry-baseline';
import { deathLinkageSettings, registryDedupeSettings } from './registry-settings';
import { syntheticRegistry } from './synthetic-registry';

const data = syntheticRegistry({ persons: 3_000, seed: 7 });

describe('syntheticRegistry', () => {
  it('is reproducible from its seed', () => {
    const again = syntheticRegistry({ persons: 3_000, seed: 7 });
    expect(again.reports).toEqual(data.reports);
    expect(again.deaths).toEqual(data.deaths);
  });

  it('has about 16% missing IDs, mostly valid IDs otherwise, twins, siblings and namesakes', () => {
    const missing = data.reports.filter((r) => r.residentId === null).length / data.reports.length;
    expect(missing).toBeGreaterThan(0.13);
    expect(missing).toBeLessThan(0.19);
    const present = data.reports.filter((r) => r.residentId !== null);
    const valid = present.filter((r) => isValidResidentId(r.residentId!)).length / present.length;
    expect(valid).toBeGreaterThan(0.93);
    expect(valid).toBeLessThan(0.99); // typos break the check character
    expect(data.counts.twins).toBeGreaterThan(30);
    expect(data.counts.siblings).toBeGreaterThan(30);
    expect(data.counts.namesakes).toBeGreaterThan(30);
  });
});

describe('linkage of the synthetic Chinese registry', () => {
  const result = dedupe(data.reports, registryDedupeSettings());
  const truth = data.reports.map((r) => r.truePersonId);

  it('deduplicates reports into persons with pairwise F1 ≥ 0.99, above the exact-rule baseline', () => {
    const s = pairwiseScores(result.clusterOf, truth);
    const b = pairwiseScores(exactRuleClusters(data.reports), truth);
    console.info(
      `synthetic registry dedupe (${data.reports.length} reports): precision ${s.precision.toFixed(4)} ` +
        `recall ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}; exact-rule baseline precision ` +
        `${b.precision.toFixed(4)} recall ${b.recall.toFixed(4)} F1 ${b.f1.toFixed(4)}`,
    );
    expect(s.f1).toBeGreaterThanOrEqual(0.99);
    expect(s.f1).toBeGreaterThan(b.f1);
  });

  it('never merges twins, siblings or namesakes with the person they were made from', () => {
    // The generator makes a twin, sibling or namesake right after its person (P(n−1) → P(n)).
    let merged = 0;
    const clusterOfPerson = new Map<string, number>();
    data.reports.forEach((r, i) => {
      clusterOfPerson.set(r.truePersonId, result.clusterOf[i]!);
    });
    for (const [p, cluster] of clusterOfPerson) {
      const prev = `P${Number(p.slice(1)) - 1}`;
      if (clusterOfPerson.get(prev) === cluster) merged++;
    }
    expect(merged).toBe(0);
  });

  it('explains a homophone link: the name level is homophone and the weights add up', () => {
    const pair = result.pairs.find((p) => p.levels[1] === 1);
    expect(pair).toBeDefined();
    const x = explainPair(result.model, pair!);
    expect(x.fields[1]).toMatchObject({ field: 'name', level: 'homophone', termFrequencyAdjusted: true });
    expect(x.weight).toBeCloseTo(pair!.weight, 9);
  });

  it('links deaths to persons with death-level F1 ≥ 0.98, above the exact-rule baseline', () => {
    const personOf = (r: { id: string }) => `C${result.clusterOf[Number(r.id.slice(1))]}`;
    const deaths = linkDeaths(data.reports, personOf, data.deaths, deathLinkageSettings());
    // A death's true person is the cluster holding most of that person's reports.
    const votes = new Map<string, Map<string, number>>();
    data.reports.forEach((r, i) => {
      const v = votes.get(r.truePersonId) ?? new Map<string, number>();
      v.set(`C${result.clusterOf[i]}`, (v.get(`C${result.clusterOf[i]}`) ?? 0) + 1);
      votes.set(r.truePersonId, v);
    });
    const clusterOf = (p: string) => [...votes.get(p)!.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const truth = new Map(
      data.deaths.map((d) => [d.id, d.truePersonId === null ? null : clusterOf(d.truePersonId)]),
    );
    const s = deathLinkScores(new Map(deaths.links.map((l) => [l.deathId, l.personId])), truth);
    const baseline = deathLinkScores(
      exactRuleDeathLinks(
        data.reports,
        (r) => (r as (typeof data.reports)[number]).truePersonId,
        data.deaths,
      ),
      new Map(data.deaths.map((d) => [d.id, d.truePersonId])),
    );
    console.info(
      `synthetic death linkage (${data.deaths.length} deaths, ${s.linkable} of registered persons): precision ` +
        `${s.precision.toFixed(4)} recall ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}, ` +
        `${deaths.reviewPairs.length} for review; exact-rule baseline F1 ${baseline.f1.toFixed(4)}`,
    );
    expect(s.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.f1).toBeGreaterThan(baseline.f1);
    const linkedPersons = deaths.links.map((l) => l.personId);
    expect(new Set(linkedPersons).size).toBe(linkedPersons.length); // one death per person
  });
});
