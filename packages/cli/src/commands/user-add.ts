import { ROLES, type Role } from '@orca/contract';
import { createUser, loadConfig, prepareDatabase } from '@orca/server';
import type { Command } from 'commander';
import { CliError } from '../errors';

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('user accounts');
  user
    .command('add')
    .description('create a user (password from ORCA_PASSWORD or --password)')
    .requiredOption('--username <name>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')} (repeat with commas)`)
    .requiredOption('--region <code>', 'six-digit GB/T 2260 code of the scope root')
    .option('--name <displayName>', 'display name')
    .option('--institution <code>', 'institution code (hospital reporters)')
    .option('--password <password>', 'initial password (prefer ORCA_PASSWORD: shell history keeps arguments)')
    .action(
      async (opts: {
        username: string;
        role: string;
        region: string;
        name?: string;
        institution?: string;
        password?: string;
      }) => {
        const roles = opts.role.split(',').map((r) => r.trim());
        const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
        if (bad.length) throw new CliError(`unknown role ${bad.join(', ')}; roles are ${ROLES.join(', ')}`);
        const password = opts.password ?? process.env.ORCA_PASSWORD;
        if (!password) throw new CliError('give a password with ORCA_PASSWORD or --password');
        const { database } = await prepareDatabase(loadConfig());
        try {
          const id = await createUser(database.db, {
            username: opts.username,
            displayName: opts.name ?? opts.username,
            password,
            roles: roles as Role[],
            regionCode: opts.region,
            institutionCode: opts.institution ?? null,
          });
          console.log(`User ${opts.username} created (${id}).`);
        } finally {
          await database.close();
        }
      },
    );
}
