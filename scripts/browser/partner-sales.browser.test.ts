import { DEMO_PASSWORD } from '@bc/system/demo';
import { AGREEMENT_FIELDS, DRAFT, draftInput, ok, SEND, signIn, unique } from '@bc/system/flows';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { checkPage, newPage as openPage, screenshot, signInAs, startPortal } from './support/browser.ts';

/**
 * The partner's sales pages in a real browser (issue 16, WEB-10 part 1, WEB-11, WEB-12): Customers
 * with the welcome invitation, Sales packages (draft, send, paper signature, the customer's decision),
 * Orders (Place an order), and a customer who is never offered any of it.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;

beforeAll(async () => {
  portal = await startPortal();
});

afterAll(async () => {
  await portal?.stop();
});

/** A fresh browser profile whose page is screenshotted (`failed-…`) when the test fails, to see why. */
async function newPage(...args: Parameters<typeof openPage>) {
  const opened = await openPage(...args);
  onTestFailed(async () => {
    if (!opened.page.isClosed()) await screenshot(opened.page, `failed-partner-${Date.now()}`);
  });
  return opened;
}

const PAPER = `mutation($id: ID!, $signer: PaperSignerInput!) { recordPaperSignature(id: $id, signer: $signer) { ${AGREEMENT_FIELDS} } }`;

/** The "Get started now" link of the `count`-th welcome mail to `email`. */
async function welcomeLink(email: string, count = 1): Promise<string> {
  const mails = await portal.system.waitForMail(email, count);
  const match = /Get started now: (\S+)/.exec(mails.at(-1)!.text);
  if (!match) throw new Error(`no Get started now link in:\n${mails.at(-1)!.text}`);
  return match[1]!;
}

/** Signs in as the partner Fabrikam and opens one item of the Partner menu, as a person would. */
async function openPartnerPage(page: Page, item: string, heading: string) {
  await signInAs(page, portal.accounts.partner, DEMO_PASSWORD);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  await goPartner(page, item, heading);
}

async function goPartner(page: Page, item: string, heading: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Partner' }).click();
  await nav.getByRole('link', { name: item }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

describe('a partner sells to a new customer (WEB-10)', () => {
  it('WEB-10 AGR-2 ACC-2 AGR-5 the partner drafts and sends a paper sales package to a NEW customer and records the signature; the administrator registers from the welcome mail and signs a second package in the portal; the partner orders and the licenses appear', async () => {
    const prefix = unique('nw');
    const adminEmail = `${prefix}-admin@mail.example`;
    const customerName = `${prefix} Northwind`;

    // 1. The partner drafts a sales package for a new customer (paper signing) and sends it.
    const partner = await newPage(portal.browser, portal.origin);
    const p = partner.page;
    await openPartnerPage(p, 'Sales packages', 'Sales packages');
    await p.getByRole('table', { name: 'Sales packages' }).waitFor();
    await checkPage(p, 'partner-sales-packages');
    await p.getByRole('link', { name: 'Draft a sales package' }).click();
    await p.getByRole('heading', { name: 'Draft a sales package', level: 1 }).waitFor();
    expect(await p.getByLabel('Customer', { exact: true }).inputValue()).toBe('');
    await p.getByLabel('Organization name').fill(customerName);
    await p.getByLabel("Domain administrator's email").fill(adminEmail);
    await p.getByLabel('Account name').fill(`${prefix} Headquarters`);
    await p.getByLabel('Address').fill('1 Harbor Road');
    await p.getByLabel('City').fill('Seattle');
    await p.getByLabel('Postal code').fill('98101');
    await p.getByLabel('Purchasing contact name').fill('Pat Buyer');
    await p.getByLabel('Purchasing contact email').fill('pat@northwind.example');
    await p.getByRole('radio', { name: 'On paper' }).check();
    await p.getByLabel("Signer's name").fill('Sam Signer');
    await p.getByLabel("Signer's email").fill('sam@northwind.example');
    // No offer chosen: the server refuses, the form keeps everything typed.
    await p.getByRole('button', { name: 'Save draft' }).click();
    await p.getByRole('alert').waitFor();
    expect(await p.getByRole('alert').textContent()).toMatch(/offer/i);
    expect(await p.getByLabel('Organization name').inputValue()).toBe(customerName);
    expect(await p.getByLabel("Signer's email").inputValue()).toBe('sam@northwind.example');
    await checkPage(p, 'partner-draft-sales-package');
    await p.getByRole('checkbox', { name: /^SQL Server/ }).check();
    await p.getByRole('button', { name: 'Save draft' }).click();
    await p.getByRole('heading', { name: /^Sales package /, level: 1 }).waitFor();
    await p.getByRole('status').filter({ hasText: 'saved as a draft' }).waitFor();
    const number = ((await p.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
      'Sales package ',
      '',
    );
    expect(await p.getByText('Draft', { exact: true }).count()).toBe(1);
    await p.getByRole('button', { name: 'Send to customer' }).click();
    await p.getByRole('status').filter({ hasText: 'was sent' }).waitFor();
    await p.getByText('Sent, waiting for the customer', { exact: true }).waitFor();

    // 2. Signed on paper: the partner records it; the new customer's administrator is invited.
    const paper = p.getByRole('form', { name: 'Record paper signature' });
    await paper.getByLabel("Signer's name").fill('Sam Signer');
    await paper.getByLabel("Signer's title").fill('CEO');
    await checkPage(p, 'partner-sales-package-sent');
    await paper.getByRole('button', { name: 'Record signature' }).click();
    await p.getByRole('status').filter({ hasText: 'paper signature was recorded' }).waitFor();
    await p.getByText('Signed', { exact: true }).waitFor();
    await p.getByText(/Sam Signer, CEO \(on paper/).waitFor();

    // 3. The administrator registers from the welcome mail.
    const link = await welcomeLink(adminEmail);
    const customer = await newPage(portal.browser, portal.origin);
    const c = customer.page;
    await c.goto(link);
    await c.getByRole('heading', { name: 'Register to use the Business Center' }).waitFor();
    await c.getByLabel('User ID').fill('ada');
    await c.getByLabel('Domain', { exact: true }).fill(prefix);
    await c.getByLabel('First name').fill('Ada');
    await c.getByLabel('Last name').fill('Admin');
    await c.getByLabel('Password', { exact: true }).fill('Welcome-Passw0rd!');
    await c.getByLabel('Confirm password').fill('Welcome-Passw0rd!');
    await c.getByRole('button', { name: 'Sign up' }).click();
    await c.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await portal.system.settle();

    // 4. The partner sees the new customer, its account and agreement, and the used invitation.
    await goPartner(p, 'Customers', 'Customers');
    await p.getByRole('link', { name: customerName }).click();
    await p.getByRole('heading', { name: customerName, level: 1 }).waitFor();
    await p.getByRole('link', { name: number }).waitFor();
    await p.getByText(/Used: the administrator has registered/).waitFor();
    expect(await p.getByRole('button', { name: 'Resend invitation' }).count()).toBe(0);
    await checkPage(p, 'partner-customer');

    // 5. A second package for the now registered customer, signed electronically in the portal.
    await p.getByRole('link', { name: 'Draft a sales package' }).click();
    await p.getByRole('heading', { name: 'Draft a sales package', level: 1 }).waitFor();
    const accountChoice = p.getByLabel('Purchasing account', { exact: true });
    await accountChoice
      .locator('option', { hasText: `${prefix} Headquarters` })
      .waitFor({ state: 'attached' });
    await accountChoice.selectOption({
      label: (await accountChoice.locator('option').nth(1).textContent()) ?? '',
    });
    await p.getByRole('checkbox', { name: /^Windows Server/ }).check();
    await p.getByLabel("Signer's name").fill('Ada Admin');
    await p.getByLabel("Signer's email").fill(adminEmail);
    await p.getByRole('button', { name: 'Save draft' }).click();
    await p.getByRole('status').filter({ hasText: 'saved as a draft' }).waitFor();
    const second = ((await p.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(
      'Sales package ',
      '',
    );
    await p.getByRole('button', { name: 'Send to customer' }).click();
    await p.getByText('Sent, waiting for the customer', { exact: true }).waitFor();

    // The customer's side is the Agreements page of issue 15 (src/agreements), unchanged.
    const nav = c.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Account' }).click();
    await nav.getByRole('link', { name: 'View agreements' }).click();
    const review = c.getByRole('region', { name: 'Sales packages to review' });
    await review.getByRole('link', { name: `Review sales package ${second}` }).click();
    const decision = c.getByRole('region', { name: 'Sign or decline' });
    await decision.getByLabel('Your name').fill('Ada Admin');
    await decision.getByLabel('Your title').fill('CIO');
    await decision.getByRole('button', { name: 'Sign' }).click();
    await c
      .getByRole('status')
      .filter({ hasText: `You signed sales package ${second}` })
      .waitFor();

    // 6. The partner sees the decision and places an order from the signed package.
    await p.reload();
    await p.getByText('Signed', { exact: true }).waitFor({ timeout: 10_000 });
    await p.getByText(/Ada Admin, CIO \(electronic/).waitFor();
    await checkPage(p, 'partner-sales-package-signed');
    await p.getByRole('link', { name: 'Place an order' }).click();
    await p.getByRole('heading', { name: 'Place an order', level: 1 }).waitFor();
    expect(await p.getByLabel('Customer', { exact: true }).locator('option:checked').textContent()).toBe(
      customerName,
    );
    const agreement = p.getByLabel('Agreement', { exact: true });
    await agreement.locator('option', { hasText: second }).waitFor({ state: 'attached' });
    await agreement.selectOption({ label: second });
    await p.getByLabel('Order type').selectOption({ label: 'New' });
    await p.getByLabel('Product, line 1').selectOption({ value: 'SQL-ENT' });
    await p.getByLabel('Quantity, line 1').fill('12');
    await p.getByLabel('Unit price (USD), line 1').fill('1500.00');
    // No purchase order number: refused by the server, nothing typed is lost.
    await p.getByRole('button', { name: 'Place order' }).click();
    await p.getByRole('alert').waitFor();
    expect(await p.getByRole('alert').textContent()).toMatch(/purchase ?order/i);
    expect(await p.getByLabel('Quantity, line 1').inputValue()).toBe('12');
    expect(await p.getByLabel('Product, line 1').inputValue()).toBe('SQL-ENT');
    await checkPage(p, 'partner-place-order');
    await p.getByLabel('Purchase order number').fill(`PO-${prefix}`);
    await p.getByRole('button', { name: 'Place order' }).click();
    await p
      .getByRole('status')
      .filter({ hasText: /Order .+ was placed \(\$18,000\.00\)/ })
      .waitFor();
    await p.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
    await p
      .getByRole('table', { name: 'Orders you placed' })
      .getByRole('row', { name: new RegExp(`PO-${prefix}`) })
      .waitFor();
    await checkPage(p, 'partner-orders');

    // 7. The licenses appear on the customer's Licenses page.
    await portal.system.settle();
    await nav.getByRole('button', { name: 'Inventory' }).click();
    await nav.getByRole('link', { name: 'Manage my inventory' }).click();
    await c.getByRole('heading', { name: 'Licenses, Services and Benefits', level: 1 }).waitFor();
    const row = c.getByRole('row', { name: /SQL Server/ });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getByRole('cell', { name: '12', exact: true }).count()).toBe(1);
    await checkPage(c, 'partner-order-in-customer-inventory');
    await partner.context.close();
    await customer.context.close();
  });
});

describe('placing an order safely (WEB-10, AGR-5, API-5)', () => {
  it('WEB-10 WEB-11 API-5 AGR-5 an order whose answer is lost is submitted again with the same idempotency key: one order, the form kept meanwhile', async () => {
    const po = `PO-${unique('retry')}`;
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openPartnerPage(page, 'Orders', 'Orders');
    await page.getByRole('link', { name: 'Place an order' }).click();
    await page.getByRole('heading', { name: 'Place an order', level: 1 }).waitFor();
    await page.getByLabel('Customer', { exact: true }).selectOption({ label: 'Contoso Ltd' });
    const account = page.getByLabel('Purchasing account', { exact: true });
    const seattle = account.locator('option', { hasText: 'Contoso Seattle' });
    await seattle.waitFor({ state: 'attached' });
    await account.selectOption({ value: (await seattle.getAttribute('value')) ?? '' });
    // Contoso Seattle has one signed agreement: it is chosen.
    expect(await page.getByLabel('Agreement', { exact: true }).inputValue()).not.toBe('');
    await page.getByLabel('Order type').selectOption({ label: 'True-up' });
    await page.getByLabel('Purchase order number').fill(po);
    await page.getByLabel('Product, line 1').selectOption({ value: 'WIN-SRV-STD' });
    await page.getByLabel('Quantity, line 1').fill('3');
    await page.getByLabel('Unit price (USD), line 1').fill('700');

    // The first answer is lost after the server placed the order.
    const keys: string[] = [];
    let lost = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { idempotencyKey?: string };
      };
      if (body.operationName !== 'PlaceOrder') return route.continue();
      keys.push(body.variables?.idempotencyKey ?? '');
      const response = await route.fetch();
      if (!lost) {
        lost = true;
        return route.abort('connectionreset');
      }
      return route.fulfill({ response });
    });
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/cannot be reached/);
    expect(await page.getByLabel('Purchase order number').inputValue()).toBe(po);
    await page.getByRole('button', { name: 'Place order' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /was placed/ })
      .waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    // One order, not two.
    const rows = page
      .getByRole('table', { name: 'Orders you placed' })
      .getByRole('row', { name: new RegExp(po) });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getByRole('cell', { name: 'True-up' }).count()).toBe(1);
    await context.close();
  });
});

describe('the welcome invitation (WEB-10, ACC-2)', () => {
  it('WEB-10 ACC-2 the partner resends the welcome invitation and redirects it to another administrator; the old links stop working', async () => {
    // A new customer signed on paper (through the API: the story above does it in the portal).
    const prefix = unique('inv');
    const first = `${prefix}-first@mail.example`;
    const other = `${prefix}-other@mail.example`;
    const partnerToken = (await signIn(portal.system, portal.accounts.partner, DEMO_PASSWORD)).accessToken;
    const draft = await ok<{ draftSalesPackage: { id: string } }>(
      portal.system.gatewayUrl,
      DRAFT,
      {
        input: draftInput({
          newCustomer: { organizationName: `${prefix} Tailspin`, domainAdministratorEmail: first },
          signingMethod: 'PAPER',
        }),
      },
      partnerToken,
    );
    await ok(portal.system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, partnerToken);
    await ok(
      portal.system.gatewayUrl,
      PAPER,
      {
        id: draft.draftSalesPackage.id,
        signer: {
          name: 'Tia',
          title: 'COO',
          signedAt: new Date(portal.clock.now().getTime() - 60_000).toISOString(),
        },
      },
      partnerToken,
    );
    const firstLink = await welcomeLink(first);
    await portal.system.settle();

    const { context, page } = await newPage(portal.browser, portal.origin);
    await openPartnerPage(page, 'Customers', 'Customers');
    await page.getByRole('table', { name: 'Customers' }).waitFor();
    await checkPage(page, 'partner-customers');
    await page.getByRole('link', { name: `${prefix} Tailspin` }).click();
    const invitation = page.getByRole('region', { name: 'Welcome invitation' });
    await invitation.getByText(first).waitFor();
    await invitation.getByText('Sent, waiting for registration').waitFor();

    await invitation.getByRole('button', { name: 'Resend invitation' }).click();
    await invitation
      .getByRole('status')
      .filter({ hasText: `sent again to ${first}` })
      .waitFor();
    const resent = await welcomeLink(first, 2);
    expect(resent).not.toBe(firstLink);

    await invitation.getByRole('button', { name: 'Change recipient' }).click();
    const email = invitation.getByLabel("New domain administrator's email");
    await email.fill('not an email');
    await invitation.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await invitation.getByRole('alert').waitFor();
    expect(await email.inputValue()).toBe('not an email');
    await checkPage(page, 'partner-change-recipient');
    await email.fill(other);
    await invitation.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await invitation
      .getByRole('status')
      .filter({ hasText: `${other} is now the designated domain administrator` })
      .waitFor();
    await invitation.getByText(other, { exact: true }).waitFor();
    const redirected = await welcomeLink(other);

    // The replaced links say so; the new one opens the registration.
    const customer = await newPage(portal.browser, portal.origin);
    await customer.page.goto(resent);
    await customer.page.getByText(/replaced by a newer one/).waitFor();
    await customer.page.goto(redirected);
    await customer.page.getByRole('heading', { name: 'Register to use the Business Center' }).waitFor();
    await customer.context.close();
    await context.close();
  });
});

describe('who is offered the partner pages (WEB-11)', () => {
  it('WEB-11 WEB-10 a customer user is not offered the partner pages, and reaching one by its address says so', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Account' }).waitFor();
    expect(await nav.getByRole('button', { name: 'Partner' }).count()).toBe(0);
    for (const [path, title] of [
      ['/partner/customers', 'Customers'],
      ['/partner/sales-packages', 'Sales packages'],
      ['/partner/orders', 'Orders'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.getByText(/Your role does not include/).waitFor();
      expect(
        await page.getByRole('button', { name: /Draft a sales package|Place order|Resend/ }).count(),
      ).toBe(0);
    }
    await checkPage(page, 'partner-page-refused-for-customer');
    await context.close();
  });

  it('WEB-12 the partner pages are usable 360 px wide', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin, { width: 360, height: 740 });
    await signInAs(page, portal.accounts.partner, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    for (const [path, heading] of [
      ['/partner/orders?new=1', 'Place an order'],
      ['/partner/sales-packages?new=1', 'Draft a sales package'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByRole('button', { name: /Place order|Save draft/ }).waitFor();
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(sideways, `${path} scrolls sideways at 360 px`).toBe(false);
    }
    await checkPage(page, 'partner-draft-360');
    await context.close();
  });
});
