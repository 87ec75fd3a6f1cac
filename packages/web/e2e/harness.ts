import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, type Database, loadConfig } from '@orca/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createSealer } from '../../server/src/crypto/sealing';
import { TEST_PASSWORD } from '../../server/src/testing/mini-province';
import { testDatabase } from '../../server/src/testing/test-app';
import { TEST_KEYS } from '../../server/src/testing/test-env';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(WEB, '../../.orca-test/screenshots');
export const hasChromium = fs.existsSync(CHROMIUM);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app unless dist/ is newer than every source file (a fresh clone has no dist/). */
export function ensureWebBuild(): void {
  const index = path.join(WEB, 'dist/index.html');
  const sources = Math.max(
    newestMtime(path.join(WEB, 'src')),
    fs.statSync(path.join(WEB, 'index.html')).mtimeMs,
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs > sources) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: WEB, stdio: 'inherit' });
}

export interface E2e {
  baseUrl: string;
  browser: Browser;
  database: Database;
  /** A fresh page (its own cookies) signed in as a mini-province user. */
  loginAs(username: string): Promise<Page>;
  newPage(): Promise<Page>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The real app on a fresh copy of the test database, served on a free port, with headless Chromium. */
export async function startE2e(): Promise<E2e> {
  ensureWebBuild();
  const { database, drop } = await testDatabase();
  const config = { ...loadConfig({}), logLevel: 'error', dataDir: '/nonexistent' };
  const app = await buildApp({ database, sealer: createSealer(TEST_KEYS), config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  // The flags keep Chromium from reaching for Google's services: this machine has no network.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const newPage = async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    return context.newPage();
  };
  return {
    baseUrl,
    browser,
    database,
    newPage,
    async loginAs(username) {
      const page = await newPage();
      await page.goto(`${baseUrl}/login`);
      await page
        .getByTestId('login-username')
        .locator('input')
        .or(page.getByTestId('login-username'))
        .first()
        .fill(username);
      await page
        .getByTestId('login-password')
        .locator('input')
        .or(page.getByTestId('login-password'))
        .first()
        .fill(TEST_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      return page;
    },
    async shot(page, name) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await app.close();
      await drop();
    },
  };
}
