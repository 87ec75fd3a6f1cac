import path from 'node:path';
import { checkCases } from '@orca/checks';
import { dedupe, registryDedupeSettings } from '@orca/linkage';
import { registryRecords } from '../../packages/cli/src/commands/link';
import { loadFile } from '../../packages/cli/src/stats-io';
import { type BenchContext, measure } from '../lib';

export async function benchChecks(ctx: BenchContext): Promise<void> {
  const file = await loadFile(path.join(ctx.dataDir, 'cases.csv'));
  const { seconds, peakMemoryMb, result } = await measure(() =>
    checkCases(file.rows, { today: '2026-01-01' }),
  );
  ctx.record({
    figure: 'quality checks (rule set on every case row)',
    value: file.rows.length / seconds,
    unit: 'rows/s',
    peakMemoryMb,
    note: `${result.length} findings`,
  });
}

export async function benchDedupe(ctx: BenchContext): Promise<void> {
  const file = await loadFile(path.join(ctx.dataDir, 'cases.csv'));
  const records = registryRecords(file, 'diagnosis_date', 'icd10');
  const { seconds, peakMemoryMb, result } = await measure(() => dedupe(records, registryDedupeSettings()));
  ctx.record({
    figure: `deduplication of ${records.length} reports (train + score + cluster)`,
    value: seconds,
    unit: 's',
    peakMemoryMb,
    note: `${result.scored.count} candidate pairs, ${(result.scored.count / seconds).toFixed(0)} pairs/s; goal ≤ 60 s at 1 000 000`,
  });
}
