import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, loadConfig, openPglite, openPostgres, seedDemo } from '@orca/server';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { demoSeedData } from '../../packages/cli/src/demo-data';
import { deriveKeys } from '../../packages/server/src/crypto/keys';
import { createSealer } from '../../packages/server/src/crypto/sealing';
import { migrate } from '../../packages/server/src/db/migrate';
import { loadRegions } from '../../packages/server/src/institutions/reference-data';
import { type BenchContext, measure } from '../lib';

async function freshDatabase(engine: 'pglite' | 'postgres') {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-bench-'));
    const db = await openPglite(`${dir}/pglite`);
    return {
      db,
      drop: async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = new URL(process.env.DATABASE_URL!);
  const admin = await openPostgres(url.toString());
  const name = `orca_bench_${process.pid}`;
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

/** Loads the demo at scale, then measures the API under load and the dashboard in Chromium. */
export async function benchServer(
  ctx: BenchContext,
  engine: 'pglite' | 'postgres',
  withLoad: boolean,
): Promise<void> {
  const { db: database, drop } = await freshDatabase(engine);
  try {
    const sealer = createSealer(deriveKeys(Buffer.alloc(32, 3)));
    await migrate(database);
    await loadRegions(database.db);
    const data = demoSeedData({ cases: ctx.scale, seed: 2026 });
    const loaded = await measure(() => seedDemo(database.db, sealer, data));
    const rows = loaded.result.persons + loaded.result.tumours + loaded.result.reports + loaded.result.deaths;
    ctx.record({
      figure: `demo load into ${engine} (reports → persons, tumours; deaths), sealed`,
      value: rows / loaded.seconds,
      unit: 'rows/s',
      peakMemoryMb: loaded.peakMemoryMb,
      note: `${rows} rows in ${loaded.seconds.toFixed(1)} s`,
    });
    if (!withLoad) return;
    const config = { ...loadConfig({}), logLevel: 'silent', dataDir: os.tmpdir() };
    const app = await buildApp({ database, sealer, config });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'analyst', password: data.password }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      for (const [name, url] of [
        ['GET /api/registry/summary', '/api/registry/summary'],
        ['GET /api/registry/tumours (page 1)', '/api/registry/tumours?page=1&pageSize=20'],
      ] as const) {
        for (const connections of [50, 200]) {
          // Bounded: 10 s per run, loopback only.
          const result = await autocannon({
            url: `${base}${url}`,
            connections,
            duration: 10,
            headers: { cookie },
          });
          ctx.record({
            figure: `${name}, ${connections} clients (${engine})`,
            value: result.latency.p50,
            unit: 'ms p50',
            note: `p99 ${result.latency.p99} ms; ${result.requests.average.toFixed(0)} req/s; ${result.non2xx} non-2xx, ${result.errors} errors`,
          });
        }
      }
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      try {
        const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
        await page.goto(`${base}/login`);
        await page.getByTestId('login-username').fill('analyst');
        await page.getByTestId('login-password').fill(data.password);
        const t0 = Date.now();
        await page.getByTestId('login-submit').click();
        await page.getByTestId('chart-top-sites').locator('canvas').first().waitFor();
        ctx.record({
          figure: `dashboard shown after login in Chromium (${engine})`,
          value: Date.now() - t0,
          unit: 'ms',
          note: 'goal < 2 000 ms',
        });
      } finally {
        await browser.close();
      }
    } finally {
      await app.close();
    }
  } finally {
    await drop();
  }
}
