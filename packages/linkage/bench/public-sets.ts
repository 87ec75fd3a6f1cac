// Measures the linker on the public sets (quality and time): `npx tsx packages/linkage/bench/public-sets.ts`
import { readFileSync } from 'node:fs';
import { blockPairs } from '../src/core/blocking';
import { dedupe } from '../src/core/dedupe';
import type { LinkageSettings } from '../src/core/types';
import { blockingRecall, pairwiseScores } from '../src/evaluation/pairwise';
import {
  type CsvRow,
  fake1000Settings,
  febrlSettings,
  rlDataSettings,
} from '../src/testing/benchmark-settings';
import { parseCsv } from '../src/testing/csv';

const DIR = '/work/shared/data/linkage';
const load = (f: string) => parseCsv(readFileSync(`${DIR}/${f}`, 'utf8'));

function run(
  name: string,
  rows: CsvRow[],
  truthCol: string,
  settings: LinkageSettings<CsvRow>,
  side?: Uint8Array,
) {
  const t0 = performance.now();
  const pairing = side ? { mode: 'link' as const, side } : {};
  const link = process.env['LINK'];
  const s2 = link ? { ...settings, thresholds: { link: Number(link), review: Number(link) - 6 } } : settings;
  const res = dedupe(rows, s2, { pairing });
  const ms = performance.now() - t0;
  const truth = rows.map((r) => r[truthCol] ?? '');
  const s = pairwiseScores(res.clusterOf, truth, side);
  const { pairs } = blockPairs(rows, settings.blocking, side ? { mode: 'link', side } : {});
  const br = blockingRecall(pairs.left, pairs.right, pairs.count, truth, side);
  console.log(
    `${name.padEnd(14)} P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)} F1=${s.f1.toFixed(4)} blockRecall=${br.toFixed(4)} cand=${pairs.count} review=${res.reviewPairs.length} λ=${res.model.lambda.toFixed(4)} it=${res.model.training.iterations} ${ms.toFixed(0)}ms`,
  );
  if (process.argv.includes('--model')) {
    console.log(
      res.model.training.sessions
        .map(
          (s) =>
            `  ${s.rule}: n=${s.pairs} λ=${s.lambda.toFixed(3)} excl=${s.excluded.join(',')} m=${s.m.map((r) => r.map((v) => v.toFixed(2)).join('/')).join(' ')}`,
        )
        .join('\n'),
    );
    for (const c of res.model.comparisons) {
      console.log(
        `  ${c.name}: ${c.levels.map((l) => `${l.label} m=${l.m.toFixed(3)} u=${l.u.toExponential(1)} w=${l.weight.toFixed(1)}`).join(' | ')}`,
      );
    }
  }
}

const only = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
const want = (n: string) => !only || n.startsWith(only);
if (want('febrl1')) run('febrl1', load('febrl1.csv'), 'entity_id', febrlSettings());
if (want('febrl2')) run('febrl2', load('febrl2.csv'), 'entity_id', febrlSettings());
if (want('febrl3')) run('febrl3', load('febrl3.csv'), 'entity_id', febrlSettings());
if (want('febrl4')) {
  const a = load('febrl4a.csv');
  const b = load('febrl4b.csv');
  const side = Uint8Array.from([...a.map(() => 0), ...b.map(() => 1)]);
  run('febrl4', [...a, ...b], 'entity_id', febrlSettings(), side);
}
if (want('RLdata500')) run('RLdata500', load('RLdata500.csv'), 'ent_id', rlDataSettings());
if (want('RLdata10000')) run('RLdata10000', load('RLdata10000.csv'), 'ent_id', rlDataSettings());
if (want('fake')) run('fake_1000', load('splink_fake_1000.csv'), 'cluster', fake1000Settings());
