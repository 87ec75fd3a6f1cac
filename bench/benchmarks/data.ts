import fs from 'node:fs';
import path from 'node:path';
import { writeDemoFiles } from '../../packages/cli/src/demo-data';
import { type BenchContext, measure } from '../lib';

/** Generates (once per scale) the data-contract files the other benchmarks read. */
export async function generateData(ctx: BenchContext): Promise<void> {
  const marker = path.join(ctx.dataDir, 'cases.csv');
  if (fs.existsSync(marker)) {
    ctx.log(`using cached data in ${ctx.dataDir}`);
    return;
  }
  const { seconds, peakMemoryMb, result } = await measure(() =>
    writeDemoFiles(ctx.dataDir, { cases: ctx.scale, seed: 2026 }, () => {}),
  );
  const rows = (result['cases.csv'] ?? 0) + (result['deaths.csv'] ?? 0);
  ctx.record({
    figure: 'demo generation to CSV',
    value: rows / seconds,
    unit: 'rows/s',
    peakMemoryMb,
    note: `${rows} case and death rows in ${seconds.toFixed(1)} s`,
  });
}
