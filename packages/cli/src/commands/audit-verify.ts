import { loadConfig, prepareDatabase, verifyAudit } from '@orca/server';
import type { Command } from 'commander';
import { CliError } from '../errors';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description('recompute the hash chain; exit 2 if any entry was edited or deleted')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { database } = await prepareDatabase(loadConfig());
      try {
        const result = await verifyAudit(database.db);
        if (opts.json) console.log(JSON.stringify(result));
        else if (result.ok) console.log(`Audit trail intact: ${result.entries} entries verified.`);
        else for (const p of result.problems) console.log(`entry ${p.seq}: ${p.reason.replaceAll('_', ' ')}`);
        if (!result.ok) throw new CliError(`audit trail tampered: ${result.problems.length} problem(s)`, 2);
      } finally {
        await database.close();
      }
    });
}
