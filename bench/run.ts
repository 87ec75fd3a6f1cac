/**
 * `npm run bench`: generates the demo province at a scale, runs every benchmark and prints a table
 * (figure, value, unit, the side-by-side reference and the ratio to it, peak memory); results are
 * also written as JSON under bench/results/. Never part of `npm test`.
 *
 *   npm run bench -- --scale 100k            (default 1m; 5m and 10m for the big runs)
 *   npm run bench -- --only stats,linkage     (groups: data, stats, registry, server)
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateData } from './benchmarks/data';
import { benchChecks, benchDedupe } from './benchmarks/registry';
import { benchServer } from './benchmarks/server';
import { benchRates, benchSurvival, benchTrend } from './benchmarks/stats';
import { type BenchContext, ensureDir, type Figure, formatTable, parseScale } from './lib';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const scaleLabel = option('scale', '1m');
const scale = parseScale(scaleLabel);
const only = new Set(option('only', 'stats,registry,server').split(','));
const root = path.dirname(new URL(import.meta.url).pathname);
const figures: Figure[] = [];
const ctx: BenchContext = {
  scale,
  dataDir: ensureDir(path.join(root, 'data', scaleLabel)),
  record(figure) {
    figures.push(figure);
    process.stderr.write(`  ${figure.figure}: ${figure.value.toPrecision(4)} ${figure.unit}\n`);
  },
  log: (m) => process.stderr.write(`${m}\n`),
};

const started = Date.now();
process.stderr.write(`ORCA benchmarks at scale ${scaleLabel} (${scale} tumours)\n`);
await generateData(ctx);
if (only.has('stats')) {
  await benchRates(ctx);
  await benchSurvival(ctx, Math.min(scale, 200_000));
  await benchTrend(ctx, ctx.dataDir);
}
if (only.has('registry')) {
  await benchChecks(ctx);
  await benchDedupe(ctx);
}
if (only.has('server')) {
  await benchServer(ctx, 'pglite', true);
  if (process.env.DATABASE_URL) await benchServer(ctx, 'postgres', true);
}
console.log(formatTable(figures));
const out = ensureDir(path.join(root, 'results'));
const file = path.join(out, `bench-${scaleLabel}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(
  file,
  JSON.stringify({ scale, scaleLabel, seconds: (Date.now() - started) / 1000, figures }, null, 2),
);
console.log(
  `\nresults: ${path.relative(process.cwd(), file)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
