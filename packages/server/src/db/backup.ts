import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', (err) =>
      reject(new Error(`${cmd} could not start (${err.message}); install the PostgreSQL client tools`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} failed: ${stderr.trim()}`)),
    );
  });
}

/**
 * Backs up the database: PostgreSQL with pg_dump's custom format (restorable by pg_restore too);
 * the embedded database as a gzipped PGlite data-folder snapshot. The server must not be running
 * on the embedded database meanwhile (PGlite is single-process).
 */
export async function backupDatabase(
  target: { databaseUrl: string | null; dataDir: string },
  outFile: string,
): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  if (target.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${outFile}`, target.databaseUrl]);
    return;
  }
  const dir = `${target.dataDir}/pglite`;
  if (!fs.existsSync(dir)) throw new Error(`no embedded database in ${dir}`);
  const db = await PGlite.create({ dataDir: dir });
  try {
    const blob = await db.dumpDataDir('gzip');
    const tmp = `${outFile}.partial`;
    fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(tmp, outFile); // a crash leaves no half-written backup under the real name
  } finally {
    await db.close();
  }
}

/**
 * Restores a backup over the current database. The embedded data folder is moved aside first
 * (kept as `pglite.before-restore-<time>`), so a failed restore loses nothing.
 */
export async function restoreDatabase(
  target: { databaseUrl: string | null; dataDir: string },
  file: string,
  now = new Date(),
): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`backup file ${file} not found`);
  if (target.databaseUrl) {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      `--dbname=${target.databaseUrl}`,
      file,
    ]);
    return;
  }
  const dir = `${target.dataDir}/pglite`;
  const aside = `${dir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  if (fs.existsSync(dir)) fs.renameSync(dir, aside);
  try {
    const db = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([fs.readFileSync(file)]) });
    await db.query('select 1');
    await db.close();
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    if (fs.existsSync(aside)) fs.renameSync(aside, dir);
    throw err;
  }
}
