import { siteGroupOfIcd10 } from '@orca/codes';
import { survivalTable } from '@orca/epi';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { loadFile, parseList, printRows } from '../stats-io';

const METHODS = ['observed', 'ederer2', 'pohar-perme'] as const;
const BY = ['sex', 'site', 'icd10_3', 'region_code'] as const;

export function registerSurvivalCommand(stats: Command) {
  stats
    .command('survival')
    .description('observed (Kaplan–Meier), relative (Ederer II) or net (Pohar Perme) survival')
    .requiredOption('--cases <file>', 'cases.csv')
    .option('--life-table <file>', 'life_table.csv (needed for ederer2 and pohar-perme)')
    .option('--method <method>', METHODS.join(' | '), 'observed')
    .option('--times <years>', 'years since diagnosis', '1,3,5')
    .option('--by <columns>', `grouping: ${BY.join(',')}`)
    .option('--json', 'print {"rows": [...]} as JSON')
    .action(
      async (opts: {
        cases: string;
        lifeTable?: string;
        method: string;
        times: string;
        by?: string;
        json?: boolean;
      }) => {
        if (!(METHODS as readonly string[]).includes(opts.method)) {
          throw new CliError(`--method must be one of ${METHODS.join(', ')}, got ${opts.method}`);
        }
        const method = opts.method as (typeof METHODS)[number];
        if (method !== 'observed' && !opts.lifeTable)
          throw new CliError(`--method ${method} needs --life-table`);
        const times = opts.times.split(',').map(Number);
        if (times.some((t) => !(t > 0)))
          throw new CliError(`--times must be positive numbers of years, got ${opts.times}`);
        const cases = await loadFile(opts.cases);
        const lifeTable = opts.lifeTable ? await loadFile(opts.lifeTable) : undefined;
        const result = survivalTable({
          cases: cases.rows,
          ...(lifeTable ? { lifeTable: lifeTable.rows } : {}),
          method,
          times,
          by: parseList(opts.by, BY, '--by'),
          siteOf: (category) => siteGroupOfIcd10(category)?.zh ?? null,
        });
        printRows(result.rows, opts.json === true);
        // Cohort exclusions follow methods.md §3.1 (DCO, unknown birth date …): reported, not rejections.
        for (const e of result.excluded)
          process.stderr.write(`left out of the cohort: ${e.reason} ${e.count}\n`);
      },
    );
}
