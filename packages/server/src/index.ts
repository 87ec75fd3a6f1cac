export { buildApp } from './app';
export { verifyAudit } from './audit/audit.service';
export { createUser } from './auth/auth.service';
export { type Config, loadConfig } from './config';
export { type Database, openPglite, openPostgres, pgliteOf } from './db/database';
export { migrate } from './db/migrate';
export type { SeedData } from './demo-load/seed-demo';
export { openConfiguredDatabase, prepareDatabase, startServer } from './start';
export { backupDatabase, restoreDatabase } from './db/backup';
