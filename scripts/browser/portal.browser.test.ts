import { DEMO_PASSWORD, demo } from '@bc/system/demo';
import { ADD_USER, ok, signIn } from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, screenshot, signInAs, startPortal } from './support/browser.ts';

/**
 * The portal in a real browser (Debian's Chromium through playwright-core) against the embedded system
 * with the demo data: what a person sees and does, each page checked with axe-core and screenshotted.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;
let domain = '';

beforeAll(async () => {
  portal = await startPortal();
  domain = `${demo.customerPrefix}.${portal.system.platformDomain}`;
});

afterAll(async () => {
  await portal?.stop();
});

describe('portal: sign in, shell, dashboard, profile', () => {
  it('WEB-1 WEB-2 WEB-3 WEB-12 the account administrator signs in and sees the dashboard with the 90/30-day marks', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await page.goto('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await checkPage(page, 'sign-in');

    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const inventory = page.getByRole('region', { name: 'Inventory' });
    await inventory.getByRole('table').waitFor();

    // 20 days left: "Expiring soon" and the date in red; 80 days left: "Expiring soon", date not red.
    const critical = inventory.getByRole('row', { name: /SQL Server/ });
    const soon = inventory.getByRole('row', { name: /Windows Server/ });
    await expect.poll(() => critical.getByText('Expiring soon').count()).toBe(1);
    await expect.poll(() => soon.getByText('Expiring soon').count()).toBe(1);
    expect(await critical.locator('time.date-critical').count()).toBe(1);
    expect(await soon.locator('time.date-critical').count()).toBe(0);
    const red = await critical.locator('time').evaluate((el) => getComputedStyle(el).color);
    expect(red).toBe('rgb(179, 38, 30)');
    expect(await critical.textContent()).toContain('expires within 30 days');
    await expect.poll(() => page.getByRole('link', { name: 'See all inventory' }).count()).toBe(1);
    const benefits = page.getByRole('region', { name: 'Software Assurance and Services Benefits' });
    expect(await benefits.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);

    // The guide's menus, and the Account selector at the top right ("All" with several accounts).
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const menu of ['Inventory', 'Account']) await nav.getByRole('button', { name: menu }).waitFor();
    await nav.getByRole('button', { name: 'Account' }).click();
    for (const item of ['View agreements', 'View order history', 'Manage users'])
      expect(await nav.getByRole('link', { name: item }).isVisible(), item).toBe(true);
    await nav.getByRole('button', { name: 'Account' }).press('Escape');
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(1);
    const selector = page.getByLabel('Account', { exact: true });
    expect(await selector.inputValue()).toBe('ALL');
    // WEB-1: the access token is in memory only.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/eyJ/);
    await checkPage(page, 'dashboard');

    // One purchasing account chosen: the dashboard follows it, and the choice is remembered.
    const labs = await selector.locator('option', { hasText: 'Contoso Labs' }).getAttribute('value');
    await selector.selectOption(labs!);
    await expect.poll(() => inventory.getByRole('row', { name: /Windows Server/ }).count()).toBe(0);
    await expect.poll(() => inventory.getByRole('row', { name: /SQL Server/ }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('bc.purchasingAccount'))).toBe(labs);
    await screenshot(page, 'dashboard-one-account');
    await selector.selectOption('ALL');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkPage(page, 'dashboard-360px');
    await context.close();
  });

  it('WEB-8 WEB-12 My profile shows the roles and permissions from the drop-down under the work account', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('button', { name: portal.accounts.admin }).click();
    await page.getByRole('link', { name: 'My profile' }).click();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    const roles = page.getByRole('region', { name: 'Roles' });
    await roles.getByText('Account administrator').waitFor();
    const permissions = page.getByRole('region', { name: 'Permissions' });
    for (const p of ['Manage users', 'View licenses', 'Sign agreements'])
      expect(await permissions.getByText(p, { exact: true }).count(), p).toBe(1);
    expect(await page.title()).toBe('My profile - Business Center');
    await checkPage(page, 'profile');
    await context.close();
  });

  it('WEB-2 WEB-11 a viewer-only user is not offered Manage users or the account manager tasks', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, `viewer@${domain}`, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Account' }).click();
    await nav.getByRole('link', { name: 'View agreements' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Manage users' }).count()).toBe(0);
    await nav.getByRole('button', { name: 'Inventory' }).click();
    await nav.getByRole('link', { name: 'Manage my inventory' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Set up online services' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Get downloads and keys' }).count()).toBe(0);
    await checkPage(page, 'viewer-menus');

    // A user administrator holds neither inventory nor agreements: the dashboard says so plainly.
    const admin = await newPage(portal.browser, portal.origin);
    await signInAs(admin.page, `useradmin@${domain}`, DEMO_PASSWORD);
    await admin.page.getByText('Your role does not include viewing inventory').waitFor();
    const adminNav = admin.page.getByRole('navigation', { name: 'Main' });
    expect(await adminNav.getByRole('button', { name: 'Inventory' }).count()).toBe(0);
    await adminNav.getByRole('button', { name: 'Account' }).click();
    await adminNav.getByRole('link', { name: 'Manage users' }).waitFor();
    expect(await admin.page.getByLabel('Account', { exact: true }).count()).toBe(0);
    await checkPage(admin.page, 'user-administrator-dashboard');
    await admin.context.close();
    await context.close();
  });

  it('WEB-1 sign out ends the session: the pages ask to sign in again', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('button', { name: portal.accounts.admin }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await checkPage(page, 'signed-out');
    await page.goto('/profile');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('WEB-1 WEB-11 a wrong password shows the error and keeps the typed work account', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, 'Not-The-Passw0rd!');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('The work account or password is wrong.');
    expect(await page.getByLabel('Work account').inputValue()).toBe(portal.accounts.admin);
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'sign-in-wrong-password');
    await context.close();
  });

  it('WEB-1 OPS-3 a new user sets a password from the mailed one-time link and is signed in; the link then dies', async () => {
    const admin = await signIn(portal.system, portal.accounts.admin, DEMO_PASSWORD);
    const email = 'newcomer@contoso.example';
    await ok(
      portal.system.gatewayUrl,
      ADD_USER,
      {
        input: {
          userId: 'newcomer',
          domain,
          email,
          firstName: 'New',
          lastName: 'Comer',
          roles: ['ACCOUNT_VIEWER'],
        },
      },
      admin.accessToken,
    );
    const [mail] = await portal.system.waitForMail(email);
    const link = /Set your password: (\S+)/.exec(mail!.text)?.[1];
    expect(link).toMatch(/\/set-password\?token=/);
    const { context, page } = await newPage(portal.browser, portal.origin);
    await page.goto(new URL(new URL(link!).pathname + new URL(link!).search, portal.origin).href);
    await page.getByRole('heading', { name: 'Set your password', level: 1 }).waitFor();
    expect(await page.getByText(`newcomer@${domain}`).count()).toBeGreaterThan(0);
    await checkPage(page, 'set-password');
    await page.getByLabel('New password', { exact: true }).fill('Newcomer-Passw0rd!');
    await page.getByLabel('Confirm new password').fill('Other-Passw0rd!');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('The passwords do not match.');
    await page.getByLabel('Confirm new password').fill('Newcomer-Passw0rd!');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    // The same link again: refused with the reason, and a way on.
    await page.goto(new URL(new URL(link!).pathname + new URL(link!).search, portal.origin).href);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('already been used');
    await context.close();
  });

  it('WEB-1 a reload keeps the session (refresh cookie, httpOnly); after sign out a reload asks to sign in', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const cookies = await context.cookies();
    const refresh = cookies.find((c) => c.name === 'bc_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('bc_refresh');

    await page.goto('/profile');
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
    // The refresh token rotated: the cookie holds a new one.
    const rotated = (await context.cookies()).find((c) => c.name === 'bc_refresh');
    expect(rotated?.value).not.toBe(refresh?.value);

    await page.getByRole('button', { name: portal.accounts.admin }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    expect((await context.cookies()).find((c) => c.name === 'bc_refresh')).toBeUndefined();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });
});
