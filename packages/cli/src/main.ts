import { Command } from 'commander';
import { registerAuditCommands } from './commands/audit-verify';
import { registerBackupCommands } from './commands/backup';
import { registerCheckCommand } from './commands/check';
import { registerDbCommands } from './commands/db-migrate';
import { registerDemoCommand } from './commands/demo';
import { registerImportCommand } from './commands/import';
import { registerLinkCommands } from './commands/link';
import { registerServeCommand } from './commands/serve';
import { registerStatsCommands } from './commands/stats';
import { registerUserCommands } from './commands/user-add';
import { CliError } from './errors';

const program = new Command()
  .name('orca')
  .description('ORCA — Oncology Registry & Cancer-control Analytics')
  .option('--verbose', 'print stack traces on errors');

registerServeCommand(program);
registerDbCommands(program);
registerDemoCommand(program);
registerUserCommands(program);
registerAuditCommands(program);
registerBackupCommands(program);
registerStatsCommands(program);
registerCheckCommand(program);
registerLinkCommands(program);
registerImportCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const verbose = program.opts().verbose === true;
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`orca: ${message}\n`);
  if (verbose && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = err instanceof CliError ? err.code : 1;
}
