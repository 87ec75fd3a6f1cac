import path from 'node:path';
import { siteGroupOfIcd10 } from '@orca/codes';
import { joinpointFit, ratesTable, selectJoinpointModel, survivalTable } from '@orca/epi';
import { loadFile } from '../../packages/cli/src/stats-io';
import { type BenchContext, hasR, measure, runR } from '../lib';

const R_DIR = path.resolve(import.meta.dirname, '../r');

export async function benchRates(ctx: BenchContext): Promise<void> {
  const cases = path.join(ctx.dataDir, 'cases.csv');
  const population = path.join(ctx.dataDir, 'population.csv');
  const { seconds, peakMemoryMb, result } = await measure(async () => {
    const [events, pop] = await Promise.all([loadFile(cases), loadFile(population)]);
    const started = process.hrtime.bigint();
    const table = ratesTable({
      events: events.rows,
      population: pop.rows,
      by: ['region_code', 'year', 'sex', 'icd10_3'],
      standard: 'china2000',
    });
    return {
      rows: table.rows.length,
      events: events.rows.length,
      compute: Number(process.hrtime.bigint() - started) / 1e9,
    };
  });
  const r = hasR ? runR(path.join(R_DIR, 'rates.R'), [cases, population]) : null;
  ctx.record({
    figure: `incidence table county×year×sex×ICD-10 (${result.events} cases, CSV → table)`,
    value: seconds,
    unit: 's',
    ...(r ? { reference: { name: 'R base', value: r.seconds }, ratio: r.seconds / seconds } : {}),
    peakMemoryMb,
    note: `${result.rows} rows; compute alone ${result.compute.toFixed(2)} s${r ? `; R peak ${r.peakMemoryMb.toFixed(0)} MB` : '; R not installed'}`,
  });
}

export async function benchSurvival(ctx: BenchContext, rMax: number): Promise<void> {
  const casesFile = await loadFile(path.join(ctx.dataDir, 'cases.csv'));
  const lifeTable = await loadFile(path.join(ctx.dataDir, 'life_table.csv'));
  const run = (rows: Record<string, string>[]) =>
    measure(() =>
      survivalTable({
        cases: rows,
        lifeTable: lifeTable.rows,
        method: 'pohar-perme',
        times: [1, 3, 5],
        siteOf: (c) => siteGroupOfIcd10(c)?.zh ?? null,
      }),
    );
  const all = await run(casesFile.rows);
  ctx.record({
    figure: `Pohar Perme net survival, ${casesFile.rows.length} patients`,
    value: all.seconds,
    unit: 's',
    peakMemoryMb: all.peakMemoryMb,
  });
  if (!hasR) return;
  // relsurv takes minutes at a million patients; the ratio is measured on the same first rMax patients.
  const sample = casesFile.rows.slice(0, rMax);
  const mine = await run(sample);
  const r = runR(path.join(R_DIR, 'survival.R'), [
    path.join(ctx.dataDir, 'cases.csv'),
    path.join(ctx.dataDir, 'life_table.csv'),
    String(sample.length),
  ]);
  ctx.record({
    figure: `Pohar Perme net survival, first ${sample.length} rows (vs relsurv)`,
    value: mine.seconds,
    unit: 's',
    reference: { name: 'relsurv::rs.surv', value: r.seconds },
    ratio: r.seconds / mine.seconds,
    peakMemoryMb: mine.peakMemoryMb,
    note: `R peak ${r.peakMemoryMb.toFixed(0)} MB`,
  });
}

/** A 30-year series with three changes of slope: the hardest case issue #5 names. */
function series30(): { year: number; count: number; population: number }[] {
  const out: { year: number; count: number; population: number }[] = [];
  for (let i = 0; i < 30; i++) {
    const slope = i < 8 ? 0.03 : i < 16 ? -0.01 : i < 23 ? 0.02 : -0.02;
    const base: number = i === 0 ? Math.log(2e-3) : Math.log(out[i - 1]!.count / 1e6) + slope;
    out.push({
      year: 1995 + i,
      count: Math.round(Math.exp(base) * 1e6 * (1 + 0.01 * Math.sin(i * 7))),
      population: 1e6,
    });
  }
  return out;
}

export async function benchTrend(ctx: BenchContext, dir: string): Promise<void> {
  const points = series30();
  const fixed = await measure(() => {
    for (let i = 0; i < 20; i++) joinpointFit(points, 3);
  });
  const file = path.join(dir, 'series30.csv');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    file,
    `year,count,population\n${points.map((p) => `${p.year},${p.count},${p.population}`).join('\n')}\n`,
  );
  const r = hasR ? runR(path.join(R_DIR, 'joinpoint.R'), [file, '3', '3']) : null;
  ctx.record({
    figure: 'joinpoint grid search, k = 3 on 30 years',
    value: fixed.seconds / 20,
    unit: 's',
    ...(r
      ? { reference: { name: 'R lm.wfit grid', value: r.seconds }, ratio: r.seconds / (fixed.seconds / 20) }
      : {}),
  });
  const selected = await measure(() =>
    selectJoinpointModel(points, { maxJoinpoints: 3, method: 'permutation', permutations: 4499 }),
  );
  ctx.record({
    figure: 'joinpoint model selection, K ≤ 3, permutation test 4 499',
    value: selected.seconds,
    unit: 's',
    note: 'Joinpoint program not available here for a ratio',
  });
}
