import { loadConfig, prepareDatabase, refreshCounts, seedDemo } from '@orca/server';
import type { Command } from 'commander';
import { demoSeedData, writeDemoFiles } from '../demo-data';
import { CliError } from '../errors';
import { stagedProgress } from '../progress';

interface DemoOptions {
  cases: string;
  seed: string;
  out?: string;
}

export function registerDemoCommand(program: Command) {
  program
    .command('demo')
    .description(
      'build the synthetic demo province: into the database, or as data-contract CSV files with --out',
    )
    .option('--cases <n>', 'number of reported tumours', '100000')
    .option('--seed <n>', 'random seed (same seed, same province)', '2026')
    .option(
      '--out <dir>',
      'write cases.csv, deaths.csv, population.csv, life_table.csv and institutions.csv here instead',
    )
    .action(async (opts: DemoOptions) => {
      const cases = Number(opts.cases);
      const seed = Number(opts.seed);
      if (!Number.isInteger(cases) || cases < 1)
        throw new CliError(`--cases must be a whole number ≥ 1, got ${opts.cases}`);
      if (!Number.isInteger(seed)) throw new CliError(`--seed must be a whole number, got ${opts.seed}`);
      const progress = stagedProgress();
      const started = Date.now();
      try {
        if (opts.out) {
          const counts = await writeDemoFiles(opts.out, { cases, seed }, progress.update);
          progress.stop();
          console.log(
            `Wrote ${Object.entries(counts)
              .map(([f, n]) => `${f} (${n} rows)`)
              .join(', ')} to ${opts.out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
          );
          return;
        }
        const { database, sealer } = await prepareDatabase(loadConfig());
        try {
          const report = await seedDemo(database.db, sealer, demoSeedData({ cases, seed }), progress.update);
          await refreshCounts(database.db);
          progress.stop();
          console.log(
            `Loaded ${report.tumours} tumours, ${report.persons} persons and ${report.deaths} death records in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
          );
        } finally {
          await database.close();
        }
      } finally {
        progress.stop();
      }
    });
}
