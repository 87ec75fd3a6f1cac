import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/orca.js');

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Always the embedded database here: the CLI's PostgreSQL path is the same server code, tested there.
function orca(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _omit, ...rest } = process.env;
  return exec('node', [BIN, ...args], { env: { ...rest, ORCA_DATA_DIR: dataDir, ...env }, timeout: 120_000 });
}

async function usernames(): Promise<string[]> {
  const db = await PGlite.create({ dataDir: `${dataDir}/pglite` });
  const rows = await db.query<{ username: string }>('select username from users order by username');
  await db.close();
  return rows.rows.map((r) => r.username);
}

describe('the orca command', () => {
  it('migrates, adds a user, verifies the audit trail, and round-trips a backup', async () => {
    const migrated = await orca(['db', 'migrate']);
    expect(migrated.stdout).toContain('Migrations applied (pglite)');
    expect(migrated.stderr).toContain('ORCA_SECRET_KEY is not set');
    expect(fs.existsSync(path.join(dataDir, 'secret.key'))).toBe(true);

    await orca(['user', 'add', '--username', 'coder1', '--role', 'registry_staff', '--region', '360102'], {
      ORCA_PASSWORD: 'a-long-password-1',
    });
    expect(await usernames()).toEqual(['coder1']);

    const verified = await orca(['audit', 'verify', '--json']);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true });

    const backup = path.join(dataDir, 'backup.tar.gz');
    await orca(['backup', backup]);
    await orca(['user', 'add', '--username', 'coder2', '--role', 'registry_staff', '--region', '360102'], {
      ORCA_PASSWORD: 'a-long-password-2',
    });
    expect(await usernames()).toEqual(['coder1', 'coder2']);
    await orca(['restore', backup]);
    expect(await usernames()).toEqual(['coder1']);
  });

  it('fails with one readable line and a non-zero status on bad input', async () => {
    const run = orca(['user', 'add', '--username', 'x1', '--role', 'wizard', '--region', '360102'], {
      ORCA_PASSWORD: 'a-long-password-1',
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^orca: unknown role wizard/),
    });
  });
});
