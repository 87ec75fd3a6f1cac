// Quality and speed on the synthetic Chinese registry:
// `npx tsx packages/linkage/bench/chinese-registry.ts [persons] [--model]`
import { dedupe, scorePairs } from '../src/core/dedupe';
import { linkDeaths } from '../src/core/link-deaths';
import { pairwiseScores } from '../src/evaluation/pairwise';
import { deathLinkScores, exactRuleClusters, exactRuleDeathLinks } from '../src/evaluation/registry-baseline';
import { deathLinkageSettings, registryDedupeSettings } from '../src/registry/registry-settings';
import { syntheticRegistry } from '../src/registry/synthetic-registry';

const nPersons = Number(process.argv[2] ?? 3000);
const link = process.env['LINK'] ? Number(process.env['LINK']) : undefined;
const thresholds = link !== undefined ? { link, review: link - 10 } : undefined;
let t = performance.now();
const data = syntheticRegistry({ persons: nPersons, seed: 7 });
console.log(
  `generated ${data.reports.length} reports, ${data.deaths.length} deaths in ${(performance.now() - t).toFixed(0)} ms`,
  data.counts,
);

t = performance.now();
const res = dedupe(data.reports, registryDedupeSettings(thresholds ? { thresholds } : {}));
const ms = performance.now() - t;
const truth = data.reports.map((r) => r.truePersonId);
const s = pairwiseScores(res.clusterOf, truth);
let trueCand = 0;
for (let p = 0; p < res.scored.count; p++)
  if (truth[res.scored.left[p]!] === truth[res.scored.right[p]!]) trueCand++;
console.log(
  `dedupe: P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)} F1=${s.f1.toFixed(4)} blockingRecall=${(trueCand / s.truePairs).toFixed(4)} candidates=${res.scored.count} review=${res.reviewPairs.length} (${res.reviewPairs.filter((r) => r.reason === 'conflict').length} conflicts, ${res.reviewPairs.filter((r) => r.reason === 'weak_bridge').length} bridges) ${ms.toFixed(0)} ms = ${((res.scored.count / ms) * 1000).toFixed(0)} pairs/s incl. training`,
);
t = performance.now();
const rescored = scorePairs(data.reports, res.model, registryDedupeSettings());
const sms = performance.now() - t;
console.log(
  `scoring only (trained model): ${rescored.scored.count} pairs in ${sms.toFixed(0)} ms = ${((rescored.scored.count / sms) * 1000).toFixed(0)} pairs/s`,
);
const b = pairwiseScores(exactRuleClusters(data.reports), truth);
console.log(
  `exact-rule baseline: P=${b.precision.toFixed(4)} R=${b.recall.toFixed(4)} F1=${b.f1.toFixed(4)}`,
);
if (process.argv.includes('--model')) {
  for (const c of res.model.comparisons) {
    console.log(
      `  ${c.name}: ${c.levels.map((l) => `${l.label} m=${l.m.toFixed(3)} u=${l.u.toExponential(1)} w=${l.weight.toFixed(1)}`).join(' | ')}`,
    );
  }
  console.log(
    `  prior ${res.model.priorWeight.toFixed(2)}`,
    res.model.training.sessions.map((x) => `${x.rule} n=${x.pairs} λ=${x.lambda.toFixed(3)}`),
  );
}

t = performance.now();
const personOf = (r: { id: string }) => `C${res.clusterOf[Number(r.id.slice(1))]}`;
const deaths = linkDeaths(
  data.reports,
  personOf,
  data.deaths,
  deathLinkageSettings(thresholds ? { thresholds } : {}),
);
const dms = performance.now() - t;
// A death's true person is the cluster holding most of that person's reports.
const clusterOfPerson = new Map<string, string>();
{
  const votes = new Map<string, Map<string, number>>();
  data.reports.forEach((r, i) => {
    const v = votes.get(r.truePersonId) ?? new Map<string, number>();
    const c = `C${res.clusterOf[i]}`;
    v.set(c, (v.get(c) ?? 0) + 1);
    votes.set(r.truePersonId, v);
  });
  for (const [p, v] of votes) clusterOfPerson.set(p, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
}
const deathTruth = new Map(
  data.deaths.map((d) => [
    d.id,
    d.truePersonId === null ? null : (clusterOfPerson.get(d.truePersonId) ?? null),
  ]),
);
const ds = deathLinkScores(new Map(deaths.links.map((l) => [l.deathId, l.personId])), deathTruth);
console.log(
  `deaths: P=${ds.precision.toFixed(4)} R=${ds.recall.toFixed(4)} F1=${ds.f1.toFixed(4)} linked=${ds.linked} review=${deaths.reviewPairs.length} unmatched=${deaths.unmatchedDeaths.length} ${dms.toFixed(0)} ms`,
);
const truePersonTruth = new Map(data.deaths.map((d) => [d.id, d.truePersonId]));
const bd = deathLinkScores(
  exactRuleDeathLinks(data.reports, (r) => (r as { truePersonId: string }).truePersonId, data.deaths),
  truePersonTruth,
);
console.log(
  `exact-rule deaths: P=${bd.precision.toFixed(4)} R=${bd.recall.toFixed(4)} F1=${bd.f1.toFixed(4)}`,
);
