import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, hasChromium, startE2e } from './harness';

// Browser tests need Debian's Chromium (.ci/run installs it); without it they are skipped, loudly.
const suite = hasChromium ? describe : describe.skip;
if (!hasChromium)
  console.warn('e2e: /usr/bin/chromium not found — browser tests skipped (apt-get install -y chromium)');

let e2e: E2e;
beforeAll(async () => {
  if (hasChromium) e2e = await startE2e();
}, 180_000);
afterAll(() => e2e?.close());

suite('signing in and seeing what the role may see', () => {
  it('shows an analyst the provincial dashboard with counts and charts', async () => {
    const page = await e2e.loginAs('analyst');
    await page.getByTestId('kpi-cards').waitFor();
    await page.getByTestId('chart-cases-by-year').locator('canvas').first().waitFor();
    const header = await page.locator('header').innerText();
    expect(header).toContain('省癌症中心分析员');
    expect(header).toContain('江西省');
    expect(await page.getByTestId('menu-reports').count()).toBe(1);
    await e2e.shot(page, 'dashboard-analyst');
    await page.context().close();
  });

  it('lists a county registry user only its county’s tumours, masked, and shows the identified record after a purpose is given', async () => {
    const page = await e2e.loginAs('registry');
    await page.goto(`${e2e.baseUrl}/registry/tumours`);
    await page.getByTestId('tumour-row').first().waitFor();
    const rows = await page.getByTestId('tumour-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toContain('东湖区');
      expect(row).not.toContain('南昌县');
      expect(row).toMatch(/\d{4}\*{10}\d{3}[\dX]/); // masked ID number
    }
    await e2e.shot(page, 'tumours-registry');
    await page.getByTestId('tumour-row').first().click();
    await page.getByTestId('purpose-form').waitFor();
    await page.getByTestId('purpose-select').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByTestId('purpose-submit').click();
    await page.getByTestId('tumour-detail').waitFor();
    expect(await page.getByTestId('tumour-detail').innerText()).toMatch(/\d{17}[\dX]/);
    await e2e.shot(page, 'tumour-detail-registry');
    await page.context().close();
  });

  it('gives an official aggregates only: no registry menu, and the list page is refused', async () => {
    const page = await e2e.loginAs('official');
    await page.getByTestId('kpi-cards').waitFor();
    expect(await page.getByTestId('menu-reports').count()).toBe(0);
    await e2e.shot(page, 'dashboard-official');
    await page.context().close();
  });

  it('sends an auditor to the audit log, which records the logins', async () => {
    const page = await e2e.loginAs('auditor');
    await page.goto(`${e2e.baseUrl}/admin/audit`);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-tbody').innerText()).toMatch(/登录/);
    await e2e.shot(page, 'audit-auditor');
    await page.context().close();
  });

  it('returns to the login page with a message when the session has expired', async () => {
    const page = await e2e.loginAs('analyst');
    await page.getByTestId('kpi-cards').waitFor();
    await e2e.database.query('delete from sessions');
    await page.getByTestId('menu-reports').click(); // the next API call answers 401

    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await page.getByText('登录已过期').first().waitFor();
    await page.context().close();
  });
});

suite('the login page of a demo installation', () => {
  it('lists the demo accounts, so a new user can sign in', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/login`);
    const accounts = await page.getByTestId('demo-accounts').innerText();
    expect(accounts).toContain('analyst');
    expect(accounts).toContain('orca-demo-2026');
    await e2e.shot(page, 'login-demo');
    await page.context().close();
  });
});
