import { siteGroupOfIcd10 } from '@orca/codes';
import { qualityTable, ratesTable } from '@orca/epi';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { loadFile, parseList, printRows, reportExcluded } from '../stats-io';
import { registerProjectCommand } from './stats-project';
import { registerSurvivalCommand } from './stats-survival';
import { registerTrendCommand } from './stats-trend';

const RATE_BY = ['sex', 'year', 'icd10_3', 'site', 'region_code'] as const;
const STANDARDS = ['china2000', 'segi', 'who2000'] as const;

export function registerStatsCommands(program: Command) {
  const stats = program.command('stats').description('statistics on data-contract files (no server needed)');

  stats
    .command('rates')
    .description('crude and age-standardised rates with Fay–Feuer CIs, cumulative and truncated rates')
    .requiredOption('--events <file>', 'cases.csv (incidence) or deaths.csv (mortality)')
    .requiredOption('--population <file>', 'population.csv')
    .option('--date-field <field>', 'diagnosis_date or death_date', 'diagnosis_date')
    .option('--by <columns>', `grouping: ${RATE_BY.join(',')}`)
    .option('--standard <name>', `standard population: ${STANDARDS.join(', ')}`, 'china2000')
    .option('--per <n>', 'rate multiplier', '100000')
    .option('--json', 'print {"rows": [...]} as JSON')
    .action(
      async (opts: {
        events: string;
        population: string;
        dateField: string;
        by?: string;
        standard: string;
        per: string;
        json?: boolean;
      }) => {
        if (opts.dateField !== 'diagnosis_date' && opts.dateField !== 'death_date') {
          throw new CliError(`--date-field must be diagnosis_date or death_date, got ${opts.dateField}`);
        }
        if (!(STANDARDS as readonly string[]).includes(opts.standard)) {
          throw new CliError(`--standard must be one of ${STANDARDS.join(', ')}, got ${opts.standard}`);
        }
        const per = Number(opts.per);
        if (!(per > 0)) throw new CliError(`--per must be a positive number, got ${opts.per}`);
        const [events, population] = await Promise.all([loadFile(opts.events), loadFile(opts.population)]);
        const result = ratesTable({
          events: events.rows,
          population: population.rows,
          by: parseList(opts.by, RATE_BY, '--by'),
          standard: opts.standard as (typeof STANDARDS)[number],
          per,
          dateField: opts.dateField,
          // Mortality counts the underlying cause; incidence the diagnosis (data contract).
          siteField: opts.dateField === 'death_date' ? 'cause_of_death' : 'icd10',
          siteGroupOf: (code) => siteGroupOfIcd10(code) ?? null,
        });
        printRows(result.rows, opts.json === true);
        if (reportExcluded(result.excluded, { events, population }) > 0) process.exitCode = 3;
      },
    );

  stats
    .command('quality')
    .description('registry quality indices: MV%, DCO%, UB%, M/I')
    .requiredOption('--cases <file>', 'cases.csv')
    .option('--deaths <file>', 'deaths.csv (for M/I)')
    .option('--by <columns>', 'grouping: region_code,sex,year,icd10_3,site')
    .option('--json', 'print {"rows": [...]} as JSON')
    .action(async (opts: { cases: string; deaths?: string; by?: string; json?: boolean }) => {
      const [cases, deaths] = await Promise.all([
        loadFile(opts.cases),
        opts.deaths ? loadFile(opts.deaths) : undefined,
      ]);
      const result = qualityTable({
        cases: cases.rows,
        ...(deaths ? { deaths: deaths.rows } : {}),
        by: parseList(opts.by, ['region_code', 'sex', 'year', 'icd10_3', 'site'] as const, '--by'),
        siteGroupOf: (code) => siteGroupOfIcd10(code) ?? null,
      });
      printRows(result.rows, opts.json === true);
      if (reportExcluded(result.excluded, { cases, deaths }) > 0) process.exitCode = 3;
    });

  registerSurvivalCommand(stats);
  registerTrendCommand(stats);
  registerProjectCommand(stats);
}
