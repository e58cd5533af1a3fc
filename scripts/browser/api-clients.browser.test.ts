import { DEMO_PASSWORD } from '@bc/system/demo';
import { requestToken } from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, signInAs, startPortal } from './support/browser.ts';

/**
 * WEB-10 API-1: the API clients page in a real browser: an administrator creates a client with some
 * of its own permissions, sees the secret once (and copies it), the secret gets a token, and revoking
 * it ends that; a partner chooses among its customers.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;

beforeAll(async () => {
  portal = await startPortal();
});

afterAll(async () => {
  await portal?.stop();
});

describe('API clients page', () => {
  it('WEB-10 API-1 an administrator creates a client, copies the secret shown once, and revokes it', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.origin });
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/sign-in');
    await page.goto('/account/api-clients');
    await page.getByRole('heading', { name: 'API clients', level: 1 }).waitFor();
    await page.getByText('No API clients yet.').waitFor();
    await checkPage(page, 'api-clients-empty');

    await page.getByRole('button', { name: 'Create API client' }).click();
    await page.getByRole('heading', { name: 'Create API client' }).waitFor();
    // Only the administrator's own permissions are offered; none chosen is refused here, with the name kept.
    await page.getByLabel('Name').fill('Licensing sync');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('alert').getByText('Choose at least one permission.').waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe('Licensing sync');
    await page.getByLabel('View orders').check();
    await page.getByLabel('View licenses').check();
    await checkPage(page, 'api-clients-create');
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    await page.getByRole('heading', { name: 'Client secret for Licensing sync' }).waitFor();
    const secret = (await page.locator('code', { hasText: /^bcs_/ }).textContent())!;
    const clientId = (await page.locator('dd code').first().textContent())!;
    await page.getByRole('button', { name: 'Copy secret' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await checkPage(page, 'api-clients-secret');
    const token = await requestToken(portal.system.gatewayUrl, { clientId, clientSecret: secret });
    expect(token.status).toBe(200);
    expect((await requestToken(portal.system.gatewayUrl, { clientId, clientSecret: secret })).status).toBe(
      200,
    );

    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByText(secret).count()).toBe(0);
    const row = page.getByRole('row', { name: /Licensing sync/ });
    await row.getByText('Active').waitFor();
    await row.getByText('View orders, View licenses').waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Revoke Licensing sync' }).click();
    await row.getByText('Revoked').waitFor();
    await checkPage(page, 'api-clients-list');
    expect((await requestToken(portal.system.gatewayUrl, { clientId, clientSecret: secret })).status).toBe(
      401,
    );

    // WEB-12: usable from 360 px wide.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkPage(page, 'api-clients-list-360');

    // WEB-8 ACC-10 API-1: the client's two token requests within the hour are one audit entry, counted.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/account/audit-log');
    await page.getByLabel('Action').selectOption({ label: 'API client token' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const entries = page.getByRole('table', { name: 'Administrative changes' }).locator('tbody tr');
    await expect.poll(() => entries.allTextContents()).toEqual([expect.stringContaining('2 times')]);
    await checkPage(page, 'audit-log-api-client');
    await context.close();
  });

  it('WEB-10 API-1 a partner may limit a client to some of its customers', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.partner, DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/sign-in');
    await page.goto('/account/api-clients');
    await page.getByRole('button', { name: 'Create API client' }).click();
    const customers = page.getByRole('group', { name: /Customers/ });
    await customers.getByRole('checkbox').first().waitFor();
    await page.getByLabel('Name').fill('Ordering tool');
    await page.getByLabel('View agreements').check();
    await customers.getByRole('checkbox').first().check();
    await checkPage(page, 'api-clients-partner-create');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: 'Client secret for Ordering tool' }).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('row', { name: /Ordering tool/ });
    await row.getByText('Active').waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).not.toBe('All');
    await context.close();
  });
});
