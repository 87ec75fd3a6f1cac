import { backupDatabase, loadConfig, restoreDatabase } from '@orca/server';
import type { Command } from 'commander';

export function registerBackupCommands(program: Command) {
  program
    .command('backup')
    .description('back up the database (PostgreSQL: pg_dump custom format; embedded: a data-folder snapshot)')
    .argument('<file>', 'where to write the backup')
    .action(async (file: string) => {
      const config = loadConfig();
      await backupDatabase(config, file);
      console.log(`Backup written to ${file}.`);
    });
  program
    .command('restore')
    .description('restore a backup made by `orca backup` (stop the server first)')
    .argument('<file>', 'the backup file')
    .action(async (file: string) => {
      const config = loadConfig();
      await restoreDatabase(config, file);
      console.log(`Restored from ${file}.`);
    });
}
