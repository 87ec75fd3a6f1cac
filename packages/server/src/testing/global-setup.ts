import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createSealer } from '../crypto/sealing';
import { openPglite, openPostgres, pgliteOf } from '../db/database';
import { migrate } from '../db/migrate';
import { seedDemo } from '../demo-load/seed-demo';
import { loadRegions } from '../institutions/reference-data';
import { miniProvince } from './mini-province';
import { adminUrl, TEST_KEYS } from './test-env';

// One template per test run: two runs on one server (two engineers, two CI jobs) must not collide.
const TEMPLATE_DB = `orca_test_template_${process.pid}`;

/**
 * Migrates and seeds ONE template per test run — a PGlite snapshot file, and a PostgreSQL template
 * database when DATABASE_URL is set — which each test copies, instead of migrating per test.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = path.resolve('.orca-test');
  fs.mkdirSync(dir, { recursive: true });
  const sealer = createSealer(TEST_KEYS);

  const lite = await openPglite(null);
  await migrate(lite);
  await loadRegions(lite.db);
  await seedDemo(lite.db, sealer, miniProvince());
  const snapshot = await pgliteOf(lite)!.dumpDataDir('none');
  const file = path.join(dir, `template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  await lite.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.DATABASE_URL;
  let postgresTemplate: string | null = null;
  if (url) {
    const admin = await openPostgres(adminUrl(url));
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    const pg = await openPostgres(adminUrl(url, TEMPLATE_DB));
    await migrate(pg);
    await loadRegions(pg.db);
    await seedDemo(pg.db, sealer, miniProvince());
    await pg.close();
    await admin.close();
    postgresTemplate = TEMPLATE_DB;
  }
  project.provide('postgresTemplate', postgresTemplate);

  return async () => {
    fs.rmSync(file, { force: true });
    if (url) {
      const admin = await openPostgres(adminUrl(url));
      await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
      await admin.close();
    }
  };
}
