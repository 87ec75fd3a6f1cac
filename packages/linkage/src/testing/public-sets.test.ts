import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dedupe } from '../core/dedupe';
import { explainPair } from '../core/explain';
import type { LinkageSettings } from '../core/types';
import { blockingRecall, pairwiseScores } from '../evaluation/pairwise';
import { type CsvRow, fake1000Settings, febrlSettings, rlDataSettings } from './benchmark-settings';
import { parseCsv } from './csv';

// Public benchmark sets with ground truth (see /work/shared/data/linkage/README.md). splink_historical_50k
// is left to the benchmark script: it takes too long for the test run.
// shared/ sits beside the checkout (CI clones the repo with shared/ next to it).
const DIR = [
  fileURLToPath(new URL('../../../../../shared/data/linkage', import.meta.url)),
  '/work/shared/data/linkage',
].find(existsSync)!;
const load = (file: string) => parseCsv(readFileSync(`${DIR}/${file}`, 'utf8'));

function evaluate(rows: CsvRow[], truthColumn: string, settings: LinkageSettings<CsvRow>, side?: Uint8Array) {
  const result = dedupe(rows, settings, side ? { pairing: { mode: 'link', side } } : {});
  const truth = rows.map((r) => r[truthColumn] ?? '');
  const scores = pairwiseScores(result.clusterOf, truth, side);
  const recall = blockingRecall(result.scored.left, result.scored.right, result.scored.count, truth, side);
  return { result, scores, blockingRecall: recall };
}

function report(name: string, e: ReturnType<typeof evaluate>) {
  const { precision, recall, f1 } = e.scores;
  console.info(
    `${name}: precision ${precision.toFixed(4)} recall ${recall.toFixed(4)} F1 ${f1.toFixed(4)} ` +
      `(blocking recall ${e.blockingRecall.toFixed(4)}, ${e.result.scored.count} candidate pairs, ` +
      `${e.result.reviewPairs.length} for review)`,
  );
}

// Thresholds sit a little below what the linker reached when they were set (see the package README).
describe.runIf(existsSync(DIR))('the linker on public benchmark sets', () => {
  it.each([
    ['febrl1.csv', 0.99],
    ['febrl2.csv', 0.99],
    ['febrl3.csv', 0.99],
  ])('deduplicates %s with pairwise F1 at least %f', (file, minF1) => {
    const e = evaluate(load(file), 'entity_id', febrlSettings());
    report(file, e);
    expect(e.scores.f1).toBeGreaterThanOrEqual(minF1);
  });

  it('links febrl4a to febrl4b with pairwise F1 at least 0.99', () => {
    const a = load('febrl4a.csv');
    const b = load('febrl4b.csv');
    const side = Uint8Array.from([...a.map(() => 0), ...b.map(() => 1)]);
    const e = evaluate([...a, ...b], 'entity_id', febrlSettings(), side);
    report('febrl4a×febrl4b', e);
    expect(e.scores.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('deduplicates RLdata500 with pairwise F1 at least 0.97', () => {
    const e = evaluate(load('RLdata500.csv'), 'ent_id', rlDataSettings());
    report('RLdata500', e);
    expect(e.scores.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('deduplicates RLdata10000 with pairwise F1 at least 0.93', () => {
    const e = evaluate(load('RLdata10000.csv'), 'ent_id', rlDataSettings());
    report('RLdata10000', e);
    expect(e.scores.f1).toBeGreaterThanOrEqual(0.93);
  });

  it('deduplicates Splink fake_1000 with pairwise F1 at least 0.9', () => {
    const e = evaluate(load('splink_fake_1000.csv'), 'cluster', fake1000Settings());
    report('fake_1000', e);
    expect(e.scores.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('explains every link field by field, the field weights adding up to the match weight', () => {
    const e = evaluate(load('febrl1.csv'), 'entity_id', febrlSettings());
    expect(e.result.pairs.length).toBeGreaterThan(400);
    for (const pair of e.result.pairs) {
      const x = explainPair(e.result.model, pair);
      expect(x.fields.map((f) => f.field)).toEqual(febrlSettings().comparisons.map((c) => c.name));
      expect(x.weight).toBeCloseTo(pair.weight, 9);
    }
  });
});
