import { deriveKeys } from '../crypto/keys';

/** Fixed test keys: tests compare blind indexes across processes. */
export const TEST_KEYS = deriveKeys(Buffer.alloc(32, 7));

/** The same server URL pointed at another database. */
export function adminUrl(url: string, database = 'postgres'): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the migrated, seeded PGlite snapshot (global setup). */
    pgliteTemplate: string;
    /** Name of the PostgreSQL template database, when DATABASE_URL is set. */
    postgresTemplate: string | null;
  }
}
