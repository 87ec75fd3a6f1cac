import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { SESSION_COOKIE } from '../auth/auth.plugin';
import { sessions, users } from '../auth/auth.tables';
import { secretHash } from '../auth/tokens';
import { loadConfig } from '../config';
import { createSealer, type Sealer } from '../crypto/sealing';
import { type Database, openPglite, openPostgres } from '../db/database';
import { adminUrl, TEST_KEYS } from './test-env';

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  sealer: Sealer;
  engine: 'pglite' | 'postgres';
  /** A client signed in as this mini-province user (session written directly: no argon2 per test). */
  as(username: string): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

/** A fresh copy of the migrated, seeded template database. */
export async function testDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  if (url && template) {
    const name = `orca_test_${randomBytes(6).toString('hex')}`;
    const admin = await openPostgres(adminUrl(url));
    await admin.query(`create database ${name} template ${template}`);
    await admin.close();
    const database = await openPostgres(adminUrl(url, name));
    return {
      database,
      drop: async () => {
        await database.close();
        const a = await openPostgres(adminUrl(url));
        await a.query(`drop database if exists ${name} with (force)`);
        await a.close();
      },
    };
  }
  const snapshot = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  const database = await openPglite(null, snapshot);
  return { database, drop: () => database.close() };
}

function client(app: FastifyInstance, cookie: string | null): Client {
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}), ...options.headers },
    });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) =>
      request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
  };
}

export async function testApp(): Promise<TestApp> {
  const { database, drop } = await testDatabase();
  const sealer = createSealer(TEST_KEYS);
  const config = {
    ...loadConfig({}),
    logLevel: process.env.ORCA_TEST_LOG ?? 'error',
    dataDir: '/nonexistent',
  };
  const app = await buildApp({ database, sealer, config }, { serveWeb: false });
  await app.ready();
  return {
    app,
    database,
    sealer,
    engine: database.engine,
    anonymous: client(app, null),
    async as(username) {
      const [user] = await database.db.select().from(users).where(eq(users.username, username));
      if (!user) throw new Error(`no test user ${username}`);
      const token = randomBytes(24).toString('base64url');
      await database.db.insert(sessions).values({
        tokenHash: secretHash(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      return client(app, token);
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
