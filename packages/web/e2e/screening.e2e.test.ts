import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer } from '../../server/src/crypto/sealing';
import { seedScreeningDemo } from '../../server/src/screening';
import { TEST_KEYS } from '../../server/src/testing/test-env';
import { type E2e, hasChromium, startE2e } from './harness';

// Browser tests need Debian's Chromium; without it they are skipped, as in roles.e2e.test.ts.
const suite = hasChromium ? describe : describe.skip;

let e2e: E2e;
beforeAll(async () => {
  if (!hasChromium) return;
  e2e = await startE2e();
  await seedScreeningDemo(e2e.database.db, createSealer(TEST_KEYS), {
    countyCodes: ['360102', '360121'],
    gridsPerCounty: 2,
    participantsPerGrid: 25,
  });
}, 240_000);
afterAll(() => e2e?.close());

suite('a county screening team’s season in the browser', () => {
  it('shows screening staff the 筛查 menu, masked participants, overdue tasks and the indicators chart', async () => {
    const page = await e2e.loginAs('screening');
    await page.getByTestId('menu-group-screening').waitFor();
    await page.goto(`${e2e.baseUrl}/screening/participants`);
    const table = page.getByTestId('screening-participants');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await table.locator('tbody').textContent()).toMatch(/\*/);
    await e2e.shot(page, 'screening-participants');
    await page.goto(`${e2e.baseUrl}/screening/tasks`);
    await page.getByTestId('screening-tasks').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('task-status-overdue').count()).toBeGreaterThan(0);
    await e2e.shot(page, 'screening-tasks');
    await page.goto(`${e2e.baseUrl}/screening/indicators`);
    const form = page.getByTestId('screening-indicators');
    await form.locator('input[type=date]').first().fill('2024-01-01');
    await form.locator('input[type=date]').nth(1).fill('2024-12-31');
    await page.getByTestId('indicators-submit').click();
    await page.getByTestId('indicators-chart').locator('canvas').first().waitFor();
    await e2e.shot(page, 'screening-indicators');
    await page.context().close();
  });

  it('lets a resident assess their own risk without signing in', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${e2e.baseUrl}/self-assessment`);
    await page.getByTestId('self-age').locator('input').or(page.getByTestId('self-age')).first().fill('55');
    const groups = page.locator('[data-testid^="question-"]');
    await groups.first().waitFor();
    const n = await groups.count();
    for (let i = 0; i < n; i++) await groups.nth(i).locator('input[type=radio]').last().check();
    await page.getByTestId('self-submit').click();
    await page.getByTestId('self-level').waitFor();
    expect(await page.getByTestId('self-level').textContent()).toContain('高风险');
    await e2e.shot(page, 'screening-self-assessment');
    await page.context().close();
  });
});
