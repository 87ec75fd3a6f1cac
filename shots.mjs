import { chromium } from 'playwright-core';

const base = 'http://localhost:8090';
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
async function as(user) {
  const page = await (
    await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
  ).newPage();
  await page.goto(`${base}/login`);
  await page.getByTestId('login-username').fill(user);
  await page.getByTestId('login-password').fill('orca-demo-2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}
const pages = process.argv.slice(2);
for (const spec of pages) {
  const [user, path, name] = spec.split(',');
  const page = await as(user);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  const t0 = Date.now();
  await page.goto(`${base}${path}`);
  await page.waitForTimeout(4000);
  await page
    .waitForFunction(() => !document.querySelector('.ant-spin-spinning'), null, { timeout: 30000 })
    .catch(() => errors.push('still spinning'));
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  console.log(name, Date.now() - t0, 'ms', errors.join(' | '));
  await page.context().close();
}
await browser.close();
