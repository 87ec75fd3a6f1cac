import { checkCases, checkDeaths, type RowFinding, RULESET_VERSION } from '@orca/checks';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { type LoadedFile, loadFile, printRows } from '../stats-io';

const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** The machine's calendar date, `YYYY-MM-DD` (the CLI may read the clock; the rule set may not). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function assertToday(today: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== today) {
    throw new CliError(`--today must be a YYYY-MM-DD date, got ${today}`);
  }
  return today;
}

/** Contract rows `id, check, severity, field, message`; a record without id is named by file and line. */
function toRows(findings: readonly RowFinding[], file: LoadedFile, lang: Lang): Record<string, string>[] {
  return findings.map((f) => ({
    id: f.id !== '' ? f.id : `${file.file}:${file.lines[f.row] ?? f.row + 2}`,
    check: f.ruleId,
    severity: f.severity,
    field: f.field,
    message: f.message[lang],
  }));
}

function summarise(label: string, file: LoadedFile, findings: readonly RowFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const withErrors = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.row)).size;
  const flagged = new Set(findings.map((f) => f.row)).size;
  return (
    `${label} ${file.file}: ${file.rows.length} record(s), ${flagged} with findings, ` +
    `${withErrors} with errors (${errors} error(s), ${findings.length - errors} warning(s))`
  );
}

/**
 * `orca check --cases cases.csv [--deaths deaths.csv] [--json] [--today YYYY-MM-DD] [--lang zh|en]`:
 * runs the registry quality-check rule set (@orca/checks) over data-contract files and prints one row
 * per finding (data contract: `id, check, severity, field, message`). Exit status 3 when any finding
 * is an error (the record would be rejected), 0 otherwise; warnings alone do not fail the command.
 *
 * @param program - the root commander program
 */
export function registerCheckCommand(program: Command) {
  program
    .command('check')
    .description(`registry quality checks (IARC-style rule set ${RULESET_VERSION}) on cases.csv / deaths.csv`)
    .option('--cases <file>', 'cases.csv')
    .option('--deaths <file>', 'deaths.csv')
    .option('--today <date>', 'day of the check, YYYY-MM-DD (default: the local date); no date may be later')
    .option('--lang <lang>', 'message language: zh or en', 'zh')
    .option('--json', 'print {"rows": [...]} as JSON')
    .action(
      async (opts: { cases?: string; deaths?: string; today?: string; lang: string; json?: boolean }) => {
        if (!opts.cases && !opts.deaths) throw new CliError('give --cases <file> and/or --deaths <file>');
        if (!(LANGS as readonly string[]).includes(opts.lang)) {
          throw new CliError(`--lang must be one of ${LANGS.join(', ')}, got ${opts.lang}`);
        }
        const lang = opts.lang as Lang;
        const today = assertToday(opts.today ?? localToday());
        const [cases, deaths] = await Promise.all([
          opts.cases ? loadFile(opts.cases) : undefined,
          opts.deaths ? loadFile(opts.deaths) : undefined,
        ]);
        const rows: Record<string, string>[] = [];
        let errors = 0;
        const runs = [
          { label: 'cases', file: cases, check: checkCases },
          { label: 'deaths', file: deaths, check: checkDeaths },
        ];
        for (const { label, file, check } of runs) {
          if (!file) continue;
          const findings = check(file.rows, { today });
          errors += findings.filter((f) => f.severity === 'error').length;
          rows.push(...toRows(findings, file, lang));
          process.stderr.write(`${summarise(label, file, findings)}\n`);
        }
        printRows(rows, opts.json === true);
        process.stderr.write(`rule set ${RULESET_VERSION}, checked as of ${today}\n`);
        if (errors > 0) process.exitCode = 3;
      },
    );
}
