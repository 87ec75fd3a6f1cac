import { IMPORT_KINDS, type ImportKind } from '@orca/contract';
import { importFile, loadConfig, prepareDatabase, rejectionsOfJob } from '@orca/server';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { progressBar } from '../progress';

interface ImportCommandOptions {
  institution?: string;
  accept?: boolean;
  strict?: boolean;
  json?: boolean;
}

/**
 * `orca import cases|deaths|population FILE [--institution CODE] [--accept] [--strict] [--json]`:
 * loads a data-contract file into the database named by DATABASE_URL (or the embedded one), with the
 * row-level report (data contract): each rejected row as `FILE:LINE: field: reason`, then a summary.
 * Exit status 0 when every row was accepted, 3 when some were rejected (or strict mode rejected the
 * file), 1 on failure. The CLI is the system user: no creator is recorded and the audit names `cli`.
 *
 * @param program - the root commander program
 */
export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description('load cases.csv, deaths.csv or population.csv (CSV in UTF-8/GBK, or XLSX) into the database')
    .argument('<kind>', IMPORT_KINDS.join('|'))
    .argument('<file>', 'the file')
    .option('--institution <code>', 'reporting institution of every row (else the institution_code column)')
    .option(
      '--accept',
      'accept rows without errors and consolidate them (warnings confirmed as "bulk import")',
    )
    .option('--strict', 'reject the whole file when any row is rejected')
    .option('--json', 'print the outcome and the rejected rows as JSON')
    .action(async (kind: string, file: string, opts: ImportCommandOptions) => {
      if (!(IMPORT_KINDS as readonly string[]).includes(kind))
        throw new CliError(`unknown kind ${kind}; one of ${IMPORT_KINDS.join(', ')}`);
      const { database, sealer } = await prepareDatabase(loadConfig(), (m) => process.stderr.write(`${m}\n`));
      const bar = opts.json ? null : progressBar('import');
      try {
        const started = Date.now();
        const outcome = await importFile(database, sealer, {
          kind: kind as ImportKind,
          file,
          institutionCode: opts.institution ?? null,
          accept: opts.accept === true,
          strict: opts.strict === true,
          actor: { userId: null, username: 'cli' },
          scope: null,
          onProgress: (p) => bar?.update(p.bytesRead, Math.max(p.bytesTotal, 1)),
        });
        bar?.stop();
        const seconds = (Date.now() - started) / 1000;
        const rejected: { line: number; field: string | null; ruleId: string | null; reason: string }[] = [];
        for await (const r of rejectionsOfJob(database.db, outcome.jobId)) {
          if (opts.json) rejected.push(r);
          else process.stdout.write(`${file}:${r.line}: ${r.field ?? '-'}: ${r.reason}\n`);
        }
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ ...outcome, seconds, rejected })}\n`);
        } else {
          process.stderr.write(
            `${file}: ${outcome.status}; ${outcome.rowsRead} row(s) read, ${outcome.rowsAccepted} accepted ` +
              `(${outcome.rowsInserted} new, ${outcome.rowsUpdated} updated), ${outcome.rowsRejected} rejected ` +
              `in ${seconds.toFixed(1)} s (${Math.round(outcome.rowsRead / Math.max(seconds, 0.001))} rows/s)` +
              `${outcome.message ? `\n${outcome.message}` : ''}\n`,
          );
        }
        if (outcome.status === 'failed') throw new CliError(outcome.message ?? 'import failed');
        if (outcome.status === 'rejected' || outcome.rowsRejected > 0) process.exitCode = 3;
      } finally {
        bar?.stop();
        await database.close();
      }
    });
}
