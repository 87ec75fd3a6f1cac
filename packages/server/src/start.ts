import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { refreshCounts } from './analytics';
import { buildApp } from './app';
import type { Config } from './config';
import { loadKeys } from './crypto/keys';
import { createSealer, type Sealer } from './crypto/sealing';
import { type Database, openPglite, openPostgres } from './db/database';
import { analyzeTables, scheduleAnalyze } from './db/maintenance';
import { migrate } from './db/migrate';
import { isSeeded, type SeedData, seedDemo } from './demo-load/seed-demo';
import { loadRegions } from './institutions/reference-data';
import { seedQualityDemo } from './quality';
import { seedScreeningDemo } from './screening';

/** The configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  fs.mkdirSync(config.dataDir, { recursive: true });
  return openPglite(`${config.dataDir}/pglite`);
}

export interface Prepared {
  database: Database;
  sealer: Sealer;
}

/** Opens, migrates and back-fills reference data; what both `serve` and the CLI's data commands need. */
export async function prepareDatabase(
  config: Config,
  warn: (msg: string) => void = console.warn,
): Promise<Prepared> {
  const sealer = createSealer(loadKeys(config.secretKey, config.dataDir, warn));
  const database = await openConfiguredDatabase(config);
  try {
    await migrate(database);
    await loadRegions(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return { database, sealer };
}

export interface StartOptions {
  /** Builds the demo province; called only when the database holds none yet. */
  demo?: () => SeedData;
  onProgress?: (stage: string, done: number, total: number) => void;
  log?: (msg: string) => void;
}

export interface Started {
  app: FastifyInstance;
  database: Database;
  url: string;
  seeded: boolean;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<Started> {
  const log = options.log ?? console.log;
  const { database, sealer } = await prepareDatabase(config, log);
  let seeded = false;
  if (config.loadDemo && options.demo && !(await isSeeded(database.db))) {
    const started = Date.now();
    log('Loading the demo province (first start only)…');
    const report = await seedDemo(database.db, sealer, options.demo(), options.onProgress);
    // Analytics read the pre-aggregated counts, not the person tables.
    await refreshCounts(database.db);
    // Hospital quality data (admissions, MDT, pathways, prescriptions …) for the demo's hospitals;
    // a tenth of the full volume keeps the first start short.
    await seedQualityDemo(database.db, sealer, { scale: 0.1 });
    // A 2024 screening season in two city districts and one rural county, linked to registry persons.
    await seedScreeningDemo(database.db, sealer);
    await analyzeTables(database.db);
    log(
      `Demo province loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.tumours} tumours, ${report.persons} persons, ${report.deaths} death records.`,
    );
    seeded = true;
  }
  const app = await buildApp({ database, sealer, config });
  const stopAnalyze = scheduleAnalyze(database, (err) => app.log.error({ err }, 'analyze failed'));
  const close = async () => {
    stopAnalyze();
    await app.close();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // Graceful: stop accepting, drain in-flight requests, then close the database cleanly.
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen({ port: config.port, host: config.host });
  return { app, database, url: `http://localhost:${config.port}`, seeded };
}
