import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, demo } from '@bc/system/demo';
import { DRAFT, draftInput, INVITE, ok, operatorSession, SEND, signIn, unique } from '@bc/system/flows';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, screenshot, signInAs, startPortal } from './support/browser.ts';

/**
 * The Account pages in a real browser (issue 15, WEB-1, WEB-7, WEB-8, WEB-11): first sign-in from the
 * welcome invitation, agreements and sales packages, order history, Manage users and the audit log,
 * each role seeing only its controls.
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

/** The "Get started now" link of the latest welcome mail to `email`. */
async function welcomeLink(email: string, count = 1): Promise<string> {
  const mails = await portal.system.waitForMail(email, count);
  const text = mails.at(-1)!.text;
  const match = /Get started now: (\S+)/.exec(text);
  if (!match) throw new Error(`no Get started now link in:\n${text}`);
  return match[1]!;
}

describe('first sign-in from the welcome invitation', () => {
  it('WEB-1 ACC-2 the domain administrator opens the mailed link, signs up on the initial domain (a reload keeps the session) and signs in; with work accounts the link offers Sign in', async () => {
    const operator = await operatorSession(portal.system);
    const prefix = unique('reg');
    const email = `${prefix}-admin@mail.example`;
    const invited = await ok<{ inviteDomainAdministrator: { organization: { id: string } } }>(
      portal.system.gatewayUrl,
      INVITE,
      { input: { organizationName: `${prefix} Ltd`, administratorEmail: email } },
      operator.accessToken,
    );
    const link = await welcomeLink(email);
    // The mail's link leads to the portal itself (BC_PORTAL_URL defaults to the gateway's origin).
    expect(new URL(link).origin).toBe(portal.origin);

    const { context, page } = await newPage(portal.browser, portal.origin);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Welcome to the Business Center', level: 1 }).waitFor();
    await page.getByText(`${prefix} Ltd`).first().waitFor();
    await page.getByRole('heading', { name: 'Register to use the Business Center' }).waitFor();
    await checkPage(page, 'invitation-sign-up');

    await page.getByLabel('User ID').fill('ada');
    await page.getByLabel('Domain', { exact: true }).fill(prefix);
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Admin');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Confirm password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    // Refused by the server: the message names the problem and what was typed is still there.
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/8 to 128 characters/);
    expect(await page.getByLabel('User ID').inputValue()).toBe('ada');
    expect(await page.getByLabel('Domain', { exact: true }).inputValue()).toBe(prefix);
    await page.getByLabel('Password', { exact: true }).fill('Welcome-Passw0rd!');
    await page.getByLabel('Confirm password').fill('Welcome-Passw0rd!');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const workAccount = `ada@${prefix}.${portal.system.platformDomain}`;
    await page.getByRole('button', { name: workAccount }).waitFor();
    // The session is the browser session of the contract: a reload keeps it (refresh cookie).
    await page.reload();
    await page.getByRole('button', { name: workAccount }).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/');

    // Sign out, then sign in with the new work account as anyone would.
    await page.getByRole('button', { name: workAccount }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(page, workAccount, 'Welcome-Passw0rd!');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await context.close();

    // An organization that already has work accounts gets an invitation (here: the used one made
    // usable again in accounts' table): the page offers Sign in with an existing work account.
    await portal.system.accounts.runtime.orm.em
      .fork()
      .getConnection()
      .execute('update invitation set used_at = null where organization_id = ?', [
        invited.inviteDomainAdministrator.organization.id,
      ]);
    const second = await newPage(portal.browser, portal.origin);
    await second.page.goto(link);
    await second.page.getByRole('heading', { name: 'Sign in with your work account' }).waitFor();
    await second.page.getByLabel('Work account', { exact: true }).fill(workAccount);
    await second.page.getByLabel('Password', { exact: true }).fill('Welcome-Passw0rd!');
    await checkPage(second.page, 'invitation-sign-in');
    await second.page.getByRole('button', { name: 'Sign in' }).click();
    await second.page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await second.page.reload();
    await second.page.getByRole('button', { name: workAccount }).waitFor({ timeout: 10_000 });

    // A used link says so plainly instead of a form.
    await second.page.goto(link);
    await second.page.getByText(/already been used/).waitFor();
    await second.context.close();
  });

  it('WEB-1 ACC-2 a forged link gets a clear message', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await page.goto('/register?token=forged');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not valid/i);
    await checkPage(page, 'invitation-invalid');
    await context.close();
  });
});

const FIND = `query($email: String!) { users(filter: { contactEmail: $email }) { edges { node { id workAccount roles globalAdmin status } } } }`;

/** Signs in and opens one of the Account menu's pages by clicking, as a person would. */
async function openAccountPage(page: Page, workAccount: string, item: string, heading: string) {
  await signInAs(page, workAccount, DEMO_PASSWORD);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Account' }).click();
  await nav.getByRole('link', { name: item }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

async function adminToken(): Promise<string> {
  return (await signIn(portal.system, portal.accounts.admin, DEMO_PASSWORD)).accessToken;
}

async function userByEmail(email: string) {
  const data = await ok<{
    users: {
      edges: {
        node: { id: string; workAccount: string; roles: string[]; globalAdmin: boolean; status: string };
      }[];
    };
  }>(portal.system.gatewayUrl, FIND, { email }, await adminToken());
  return data.users.edges.map((e) => e.node);
}

/** The partner Fabrikam sends Contoso a sales package (electronic signature) ready to sign. */
async function sentPackage(name: string): Promise<{ id: string; number: string }> {
  const partner = await signIn(portal.system, portal.accounts.partner, DEMO_PASSWORD);
  const me = await ok<{ me: { organization: { id: string } } }>(
    portal.system.gatewayUrl,
    '{ me { organization { id } } }',
    {},
    await adminToken(),
  );
  const draft = await ok<{ draftSalesPackage: { id: string; number: string } }>(
    portal.system.gatewayUrl,
    DRAFT,
    {
      input: draftInput({
        customerId: me.me.organization.id,
        newPurchasingAccount: {
          name,
          address: { line1: '1 Harbor Road', city: 'Seattle', postalCode: '98101', country: 'US' },
          contacts: [{ name: 'Pat Buyer', email: 'pat@contoso.example', role: 'Purchasing' }],
        },
        signer: { name: 'Ada Administrator', email: 'ada@contoso.example' },
      }),
    },
    partner.accessToken,
  );
  await ok(portal.system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, partner.accessToken);
  return draft.draftSalesPackage;
}

describe('Manage users (WEB-8)', () => {
  it('WEB-8 WEB-11 the account administrator adds a user with global admin and one without; a refused form keeps what was typed', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openAccountPage(page, portal.accounts.admin, 'Manage users', 'Manage users');
    const table = page.getByRole('table', { name: 'Users' });
    await table.getByRole('row', { name: /viewer@/ }).waitFor();
    await checkPage(page, 'manage-users');

    await page.getByRole('button', { name: 'Add user' }).click();
    const form = page.getByRole('region', { name: 'Add user' });
    const globalAdmin = form.getByRole('checkbox', { name: 'Enable as global admin' });
    const first = unique('ga');
    await form.getByLabel('User ID').fill(first);
    expect(await form.getByLabel('Domain', { exact: true }).inputValue()).toBe(domain);
    await form.getByLabel('Password recipient email').fill(`${first}@contoso.example`);
    await form.getByLabel('First name').fill('Gale');
    await form.getByLabel('Last name').fill('Admin');
    await form.getByRole('checkbox', { name: 'Account viewer' }).check();
    // Offered only once User administrator is chosen.
    expect(await globalAdmin.count()).toBe(0);
    await form.getByRole('checkbox', { name: 'User administrator' }).check();
    await globalAdmin.check();
    await checkPage(page, 'add-user');
    await form.getByRole('button', { name: 'Submit and add another user' }).click();
    await page.getByRole('status').filter({ hasText: 'was added' }).waitFor();
    // The form stays for the next user, empty.
    expect(await form.getByLabel('User ID').inputValue()).toBe('');
    const [withGlobal] = await userByEmail(`${first}@contoso.example`);
    expect(withGlobal).toMatchObject({
      workAccount: `${first}@${domain}`,
      roles: ['ACCOUNT_VIEWER', 'USER_ADMINISTRATOR'],
      globalAdmin: true,
    });

    // A second user administrator without global admin; first a duplicate user ID is refused.
    const second = unique('ua');
    await form.getByLabel('User ID').fill(first);
    await form.getByLabel('Password recipient email').fill(`${second}@contoso.example`);
    await form.getByLabel('First name').fill('Uma');
    await form.getByLabel('Last name').fill('Admin');
    await form.getByRole('checkbox', { name: 'User administrator' }).check();
    await form.getByRole('button', { name: 'Submit', exact: true }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/already/i);
    expect(await form.getByLabel('Password recipient email').inputValue()).toBe(`${second}@contoso.example`);
    expect(await form.getByLabel('First name').inputValue()).toBe('Uma');
    await form.getByLabel('User ID').fill(second);
    expect(await globalAdmin.isChecked()).toBe(false);
    await form.getByRole('button', { name: 'Submit', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${second}@${domain}` })
      .waitFor();
    expect(await page.getByRole('region', { name: 'Add user' }).count()).toBe(0);
    const [withoutGlobal] = await userByEmail(`${second}@contoso.example`);
    expect(withoutGlobal).toMatchObject({ roles: ['USER_ADMINISTRATOR'], globalAdmin: false });

    // Search by contact email, filter by status, sort.
    await page.getByLabel('Search by contact email').fill(second);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: new RegExp(second) }).waitFor();
    await page.getByLabel('Search by contact email').fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('Sort by').selectOption({ label: 'Contact email' });
    await page.getByLabel('Order').selectOption({ label: 'Descending' });
    await expect
      .poll(async () => {
        const emails = await table.locator('tbody tr td:nth-child(3)').allTextContents();
        return emails.length > 1 && emails.join() === [...emails].sort().reverse().join();
      })
      .toBe(true);
    await page.getByLabel('Filter by status').selectOption({ label: 'Revoked' });
    await page.getByText('No users match').waitFor();
    await context.close();
  });

  it("WEB-8 the account administrator edits a user's roles, revokes and restores them", async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openAccountPage(page, portal.accounts.admin, 'Manage users', 'Manage users');
    await page.getByRole('link', { name: 'reports Demo' }).click();
    await page.getByRole('heading', { name: 'reports Demo', level: 1 }).waitFor();
    const roles = page.getByRole('region', { name: 'Roles' });
    await roles.getByRole('button', { name: 'Edit' }).click();
    await roles.getByRole('checkbox', { name: 'Account manager' }).check();
    await checkPage(page, 'user-details-edit');
    await roles.getByRole('button', { name: 'Save' }).click();
    await roles.getByRole('listitem').filter({ hasText: 'Account manager' }).waitFor();
    const [changed] = await userByEmail('reports@contoso.example');
    expect(changed!.roles).toEqual(['REPORT_VIEWER', 'ACCOUNT_MANAGER']);

    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('status').filter({ hasText: 'was revoked' }).waitFor();
    await page.getByLabel('Filter by status').selectOption({ label: 'Revoked' });
    await page.getByRole('link', { name: 'reports Demo' }).click();
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('status').filter({ hasText: 'was restored' }).waitFor();
    const [restored] = await userByEmail('reports@contoso.example');
    expect(restored!.status).toBe('ACTIVE');
    // Put the demo back as it was for the other tests.
    await ok(
      portal.system.gatewayUrl,
      'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id } }',
      { input: { id: restored!.id, roles: ['REPORT_VIEWER'] } },
      await adminToken(),
    );
    await context.close();
  });

  it('WEB-8 ACC-10 the audit log shows the account administrator who changed what, filtered by action', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openAccountPage(page, portal.accounts.admin, 'Audit log', 'Audit log');
    const table = page.getByRole('table', { name: 'Administrative changes' });
    await table.getByRole('row').nth(1).waitFor();
    await page.getByLabel('Action').selectOption({ label: 'Add user' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect
      .poll(async () => {
        const actions = await table.locator('tbody th').allTextContents();
        return actions.length > 0 && actions.every((a) => a === 'Add user');
      })
      .toBe(true);
    await table.getByRole('row').nth(1).getByText('After').click();
    await checkPage(page, 'audit-log');
    await context.close();
  });
});

describe('each role sees only its controls (WEB-11)', () => {
  it('WEB-11 account administrator, user administrator, account manager and viewer on the Account pages', async () => {
    // Account administrator: Add user, the audit log, Edit on a signed agreement.
    const admin = await newPage(portal.browser, portal.origin);
    await openAccountPage(admin.page, portal.accounts.admin, 'View agreements', 'Agreements');
    await admin.page
      .getByRole('table', { name: 'Agreements' })
      .getByRole('row', { name: /Contoso Europe/ })
      .getByRole('link')
      .click();
    await admin.page.getByRole('heading', { name: /^Agreement /, level: 1 }).waitFor();
    await admin.page.getByRole('button', { name: 'Edit anniversary month' }).waitFor();
    await admin.page.getByRole('button', { name: 'Edit address' }).waitFor();
    await admin.page.getByRole('button', { name: 'Edit contacts' }).waitFor();
    await admin.context.close();

    // User administrator without global admin: no Add user; a viewer is more privileged in what it
    // may see, so neither Edit nor Revoke is offered; a page outside its roles says so plainly.
    const userAdmin = await newPage(portal.browser, portal.origin);
    await openAccountPage(userAdmin.page, `useradmin@${domain}`, 'Manage users', 'Manage users');
    await userAdmin.page
      .getByRole('table', { name: 'Users' })
      .getByRole('row', { name: /viewer@/ })
      .waitFor();
    expect(await userAdmin.page.getByRole('button', { name: 'Add user' }).count()).toBe(0);
    await userAdmin.page.getByRole('link', { name: 'viewer Demo' }).click();
    await userAdmin.page.getByRole('heading', { name: 'viewer Demo', level: 1 }).waitFor();
    await userAdmin.page.getByRole('region', { name: 'Roles' }).getByText('Account viewer').waitFor();
    expect(await userAdmin.page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await userAdmin.page.getByRole('button', { name: 'Revoke' }).count()).toBe(0);
    await checkPage(userAdmin.page, 'user-administrator-user-details');
    const nav = userAdmin.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Account' }).click();
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'View agreements' }).count()).toBe(0);
    // A page outside its roles, opened by its address (the session survives the load), says so plainly.
    await userAdmin.page.goto('/account/agreements');
    await userAdmin.page.getByText('Your role does not include viewing agreements').waitFor();
    await checkPage(userAdmin.page, 'user-administrator-agreements');
    await userAdmin.context.close();

    // Account manager: edits the signed agreement, but does not sign packages nor manage users.
    const pending = await sentPackage(`Contoso Pending ${unique('p')}`);
    const manager = await newPage(portal.browser, portal.origin);
    await openAccountPage(manager.page, `manager@${domain}`, 'View agreements', 'Agreements');
    const managerNav = manager.page.getByRole('navigation', { name: 'Main' });
    expect(await managerNav.getByRole('link', { name: 'Manage users' }).count()).toBe(0);
    await manager.page
      .getByRole('table', { name: 'Agreements' })
      .getByRole('row', { name: /Contoso Europe/ })
      .getByRole('link')
      .click();
    await manager.page.getByRole('button', { name: 'Edit anniversary month' }).waitFor();
    await manager.page.getByRole('button', { name: 'Back to Agreements' }).click();
    await manager.page.getByRole('link', { name: `Review sales package ${pending.number}` }).click();
    await manager.page.getByRole('heading', { name: `Sales package ${pending.number}` }).waitFor();
    await manager.page.getByRole('region', { name: 'Offers' }).waitFor();
    expect(await manager.page.getByRole('button', { name: 'Sign' }).count()).toBe(0);
    expect(await manager.page.getByRole('button', { name: 'Decline' }).count()).toBe(0);
    await manager.context.close();

    // Viewer: sees agreements and orders, edits nothing.
    const viewer = await newPage(portal.browser, portal.origin);
    await openAccountPage(viewer.page, `viewer@${domain}`, 'View agreements', 'Agreements');
    await viewer.page
      .getByRole('table', { name: 'Agreements' })
      .getByRole('row', { name: /Contoso Europe/ })
      .getByRole('link')
      .click();
    await viewer.page.getByRole('region', { name: 'Offers' }).waitFor();
    expect(await viewer.page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    await checkPage(viewer.page, 'viewer-agreement-details');
    await viewer.context.close();
  });
});

describe('agreements and order history (WEB-7)', () => {
  it('WEB-7 AGR-3 filter agreements by location, status, account name and start date', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openAccountPage(page, portal.accounts.admin, 'View agreements', 'Agreements');
    const table = page.getByRole('table', { name: 'Agreements' });
    await table.getByRole('row', { name: /Contoso Seattle/ }).waitFor();
    await checkPage(page, 'agreements');
    await page.getByLabel('Location').fill('DE');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: /Contoso Europe/ }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Purchasing account name').fill('labs');
    await page.getByLabel('Status').selectOption({ label: 'Signed' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: /Contoso Labs/ }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Start date from').fill('2999-01-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No agreements match these filters.').waitFor();
    await checkPage(page, 'agreements-none');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await table.getByRole('row', { name: /Contoso Seattle/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkPage(page, 'agreements-360px');
    await context.close();
  });

  it('WEB-7 AGR-6 filter order history by type, account number, order date and ordering party; open an order', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openAccountPage(page, portal.accounts.admin, 'View order history', 'Order history');
    const table = page.getByRole('table', { name: 'Orders' });
    await table.getByRole('row', { name: /PO-1002/ }).waitFor();
    await checkPage(page, 'order-history');
    const all = (await table.getByRole('row').count()) - 1;
    await page.getByLabel('Order type').selectOption({ label: 'Add-on' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: /PO-1002/ }).waitFor();
    await page.getByLabel('Ordering party').selectOption({ label: 'Fabrikam Partners' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(all + 1);
    const europe = table.getByRole('row', { name: /PO-2001/ });
    const accountNumber = (await europe.locator('td').nth(5).textContent())!;
    await page.getByLabel('Purchasing account number').fill(accountNumber);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    // Euro amounts in the browser's locale (en-US here).
    expect(await europe.textContent()).toContain('€');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Order date to').fill('2000-01-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No orders match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await table
      .getByRole('row', { name: /PO-1001/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { name: /^Order /, level: 1 }).waitFor();
    const lines = page.getByRole('region', { name: 'Lines' });
    await lines.getByRole('row', { name: /M365-E3/ }).waitFor();
    await checkPage(page, 'order-details');
    await context.close();
  });

  it('WEB-7 AGR-2 AGR-3 AGR-4 the administrator signs one sales package, declines another, downloads the signed copy and edits the account', async () => {
    const toSign = await sentPackage(`Contoso Signing ${unique('s')}`);
    const toDecline = await sentPackage(`Contoso Declining ${unique('d')}`);
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openAccountPage(page, portal.accounts.admin, 'View agreements', 'Agreements');
    const review = page.getByRole('region', { name: 'Sales packages to review' });
    await review.getByRole('link', { name: `Review sales package ${toSign.number}` }).click();
    await page.getByRole('heading', { name: `Sales package ${toSign.number}`, level: 1 }).waitFor();
    await checkPage(page, 'sales-package');
    const decision = page.getByRole('region', { name: 'Sign or decline' });
    // Nothing typed: the server names the field and the form stays.
    await decision.getByLabel('Your name').fill('Ada Administrator');
    await decision.getByRole('button', { name: 'Sign' }).click();
    await decision.getByRole('alert').waitFor();
    expect(await decision.getByLabel('Your name').inputValue()).toBe('Ada Administrator');
    await decision.getByLabel('Your title').fill('CIO');
    await decision.getByRole('button', { name: 'Sign' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You signed sales package ${toSign.number}` })
      .waitFor();

    await review.getByRole('link', { name: `Review sales package ${toDecline.number}` }).click();
    await page.getByLabel('Reason for declining').fill('The term is too long for us.');
    await page.getByRole('button', { name: 'Decline' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You declined sales package ${toDecline.number}` })
      .waitFor();
    expect(await page.getByRole('link', { name: `Review sales package ${toDecline.number}` }).count()).toBe(
      0,
    );

    // The signed agreement: its signed copy is an ordinary link on the portal's origin (no bearer header).
    const table = page.getByRole('table', { name: 'Agreements' });
    await table
      .getByRole('row', { name: new RegExp(toSign.number) })
      .getByRole('link')
      .click();
    const link = page.getByRole('link', { name: /Download the signed copy/ });
    await link.waitFor();
    expect(new URL((await link.getAttribute('href'))!, portal.origin).origin).toBe(portal.origin);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    // AGR-4: anniversary month, address and contacts, each with Edit and Save.
    await page.getByRole('button', { name: 'Edit anniversary month' }).click();
    await page.getByLabel('Anniversary month').selectOption({ label: 'November' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('definition').filter({ hasText: 'November' }).waitFor();
    await page.getByRole('button', { name: 'Edit address' }).click();
    await page.getByLabel('City').fill('Tacoma');
    await page.getByLabel('Country').fill('USA');
    await page.getByRole('button', { name: 'Save' }).click();
    const problem = page.getByRole('region', { name: /Purchasing account/ }).getByRole('alert');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/two-letter country code/);
    expect(await page.getByLabel('City').inputValue()).toBe('Tacoma');
    await page.getByLabel('Country').fill('US');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/98101 Tacoma/).waitFor();
    await page.getByRole('button', { name: 'Edit contacts' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    const added = page.getByRole('group', { name: 'Contact 2' });
    await added.getByLabel('Name').fill('Lee Billing');
    await added.getByLabel('Email').fill('lee@contoso.example');
    await added.getByLabel('Role').fill('Billing');
    await checkPage(page, 'agreement-edit-contacts');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'lee@contoso.example' }).waitFor();
    await screenshot(page, 'agreement-details');
    await context.close();
  });
});
