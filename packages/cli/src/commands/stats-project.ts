import { projectionTable } from '@orca/epi';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { loadFile, printRows, reportExcluded } from '../stats-io';

const STANDARDS = ['china2000', 'segi', 'who2000'] as const;

export function registerProjectCommand(stats: Command) {
  stats
    .command('project')
    .description('project incidence or mortality: Nordpred age-period-cohort (power-5 link) or log-linear')
    .requiredOption('--events <file>', 'cases.csv (incidence) or deaths.csv (mortality)')
    .requiredOption('--population <file>', 'population.csv of the observed years')
    .option(
      '--future-population <file>',
      'population.csv of the projected years (default: last year carried forward)',
    )
    .option('--method <method>', 'nordpred | loglinear', 'nordpred')
    .option('--until <year>', 'project up to this year', '2035')
    .option('--date-field <field>', 'diagnosis_date or death_date', 'diagnosis_date')
    .option(
      '--sites <categories>',
      'ICD-10 categories projected together, e.g. C33,C34 (default all C00–C97)',
    )
    .option('--standard <name>', `standard population: ${STANDARDS.join(', ')}`, 'china2000')
    .option('--json', 'print {"rows": [...]} as JSON')
    .action(
      async (opts: {
        events: string;
        population: string;
        futurePopulation?: string;
        method: string;
        until: string;
        dateField: string;
        sites?: string;
        standard: string;
        json?: boolean;
      }) => {
        if (opts.method !== 'nordpred' && opts.method !== 'loglinear')
          throw new CliError(`--method must be nordpred or loglinear, got ${opts.method}`);
        if (opts.dateField !== 'diagnosis_date' && opts.dateField !== 'death_date')
          throw new CliError('--date-field must be diagnosis_date or death_date');
        if (!(STANDARDS as readonly string[]).includes(opts.standard))
          throw new CliError(`--standard must be one of ${STANDARDS.join(', ')}`);
        const untilYear = Number(opts.until);
        if (!Number.isInteger(untilYear)) throw new CliError(`--until must be a year, got ${opts.until}`);
        const [events, population, future] = await Promise.all([
          loadFile(opts.events),
          loadFile(opts.population),
          opts.futurePopulation ? loadFile(opts.futurePopulation) : undefined,
        ]);
        try {
          const result = projectionTable({
            cases: events.rows,
            population: population.rows,
            ...(future ? { futurePopulation: future.rows } : {}),
            method: opts.method,
            untilYear,
            dateField: opts.dateField,
            ...(opts.sites ? { sites: opts.sites.split(',').map((s) => s.trim().toUpperCase()) } : {}),
            standard: opts.standard as (typeof STANDARDS)[number],
          });
          printRows(result.rows as unknown as Record<string, unknown>[], opts.json === true);
          const excluded = result.excluded.map((e) => ({ source: 'events', row: e.row, reason: e.reason }));
          if (reportExcluded(excluded, { events }) > 0) process.exitCode = 3;
        } catch (err) {
          // Too few cases or a model that does not converge is a data condition: one readable line.
          if (err instanceof RangeError || (err instanceof Error && err.name === 'GlmFitError'))
            throw new CliError(err.message);
          throw err;
        }
      },
    );
}
