import { loadConfig, prepareDatabase } from '@orca/server';
import type { Command } from 'commander';

export function registerDbCommands(program: Command) {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply the SQL migrations (PostgreSQL when DATABASE_URL is set, else the embedded database)')
    .action(async () => {
      const config = loadConfig();
      const { database } = await prepareDatabase(config);
      console.log(`Migrations applied (${database.engine}).`);
      await database.close();
    });
}
