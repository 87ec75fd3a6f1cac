import path from 'node:path';

/** Runtime settings, all from the environment so one build serves the demo and a real deployment. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; when absent ORCA runs on the embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** 32-byte master key (base64 or hex) from ORCA_SECRET_KEY; null → generated into dataDir. */
  secretKey: string | null;
  sessionTtlMinutes: number;
  /** Load the demo province into an empty database at start. */
  loadDemo: boolean;
  /** Cookies marked Secure (behind HTTPS). */
  secureCookies: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: path.resolve(env.ORCA_DATA_DIR ?? 'data'),
    secretKey: env.ORCA_SECRET_KEY?.trim() || null,
    sessionTtlMinutes: Number(env.ORCA_SESSION_TTL_MINUTES ?? 30),
    loadDemo: env.ORCA_DEMO !== '0',
    secureCookies: env.ORCA_SECURE_COOKIES === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
