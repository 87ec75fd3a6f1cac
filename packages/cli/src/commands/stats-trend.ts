import { trendTable } from '@orca/epi';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { loadFile, printRows } from '../stats-io';

export function registerTrendCommand(stats: Command) {
  stats
    .command('trend')
    .description('joinpoint regression: APC per segment and AAPC with CIs')
    .requiredOption('--series <file>', 'series.csv: year,count,population [,grouping columns]')
    .option('--joinpoints <k>', 'fit exactly k joinpoints')
    .option('--max-joinpoints <K>', 'choose k ≤ K by the model-selection method')
    .option('--method <method>', 'permutation | bic | wbic', 'permutation')
    .option('--permutations <n>', 'permutations per test', '4499')
    .option('--seed <n>', 'seed of the permutation test', '20000335')
    .option('--json', 'print {"rows": [...]} as JSON')
    .action(
      async (opts: {
        series: string;
        joinpoints?: string;
        maxJoinpoints?: string;
        method: string;
        permutations: string;
        seed: string;
        json?: boolean;
      }) => {
        if ((opts.joinpoints === undefined) === (opts.maxJoinpoints === undefined)) {
          throw new CliError('give exactly one of --joinpoints K and --max-joinpoints K');
        }
        if (!['permutation', 'bic', 'wbic'].includes(opts.method))
          throw new CliError(`--method must be permutation, bic or wbic, got ${opts.method}`);
        const k = Number(opts.joinpoints ?? opts.maxJoinpoints);
        if (!Number.isInteger(k) || k < 0 || k > 5)
          throw new CliError('the number of joinpoints must be a whole number from 0 to 5');
        const file = await loadFile(opts.series);
        const result = trendTable({
          series: file.rows,
          ...(opts.joinpoints !== undefined ? { joinpoints: k } : { maxJoinpoints: k }),
          method: opts.method as 'permutation' | 'bic' | 'wbic',
          permutations: Number(opts.permutations),
          seed: Number(opts.seed),
        });
        printRows(result.rows as unknown as Record<string, unknown>[], opts.json === true);
        for (const r of result.rejected) {
          process.stderr.write(`${file.file}:${file.lines[r.row] ?? r.row + 2}: ${r.field}: ${r.reason}\n`);
        }
        if (result.rejected.length > 0) process.exitCode = 3;
      },
    );
}
