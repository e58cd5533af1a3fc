import { DEMO_PASSWORD, demo } from '@bc/system/demo';
import { type Edges, nodes, ok, PLACE_ORDER, signIn } from '@bc/system/flows';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, screenshot, signInAs, startPortal } from './support/browser.ts';

/**
 * WEB-10 part 2: a partner's benefit permissions and acting for a customer with the customer's own
 * benefit pages (BEN-7), the delivery log (NOT-5) and the operator's pages (mailbox, delivery log,
 * read models), in a real browser against the embedded system with the demo data.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;
let domain = '';

beforeAll(async () => {
  portal = await startPortal();
  domain = `${demo.customerPrefix}.${portal.system.platformDomain}`;
  // The demo starts with Fabrikam's request pending; Contoso denies it first, so this test watches the
  // partner ask from the start (a partner may ask again after a denial).
  const admin = await signIn(portal.system, portal.accounts.admin, DEMO_PASSWORD);
  const { benefitPermissions } = await ok<{ benefitPermissions: { id: string; status: string }[] }>(
    portal.system.gatewayUrl,
    '{ benefitPermissions { id status } }',
    {},
    admin.accessToken,
  );
  await ok(
    portal.system.gatewayUrl,
    'mutation($id: ID!) { decideBenefitPermission(id: $id, decision: DENIED) { id } }',
    { id: benefitPermissions.find((p) => p.status === 'PENDING')!.id },
    admin.accessToken,
  );
  // The demo's training days on Contoso Seattle are all assigned: Fabrikam sells 25 more Windows Server
  // licenses with Software Assurance there, one more training day (one per 25 covered licenses).
  const partner = await signIn(portal.system, portal.accounts.partner, DEMO_PASSWORD);
  const { agreements } = await ok<{
    agreements: { edges: { node: { id: string; purchasingAccount: { id: string; name: string } } }[] };
  }>(
    portal.system.gatewayUrl,
    '{ agreements(first: 50) { edges { node { id purchasingAccount { id name } } } } }',
    {},
    partner.accessToken,
  );
  const seattle = agreements.edges.find((e) => e.node.purchasingAccount.name === 'Contoso Seattle')!.node;
  await ok(
    portal.system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: seattle.purchasingAccount.id,
        agreementId: seattle.id,
        type: 'ADD_ON',
        purchaseOrderNumber: 'PO-TRAINING',
        lines: [
          {
            kind: 'PRODUCT',
            sku: 'WIN-SRV-DC',
            name: 'WIN-SRV-DC',
            quantity: 25,
            listUnitPrice: { amountMinor: 615_500, currency: 'USD' },
          },
        ],
      },
    },
    partner.accessToken,
  );
  await portal.system.settle();
});

afterAll(async () => {
  await portal?.stop();
});

/** Signs in and opens a page from a menu of the main navigation, as a person would. */
async function openFromMenu(page: Page, workAccount: string, password: string, menu: string, item: string) {
  await signInAs(page, workAccount, password);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await goFromMenu(page, menu, item);
}

async function goFromMenu(page: Page, menu: string, item: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: menu }).click();
  await nav.getByRole('link', { name: item }).click();
}

/** The customer's side (the issue 15 page): Change status of Fabrikam's request in one state. */
async function customerDecides(page: Page, current: string, choice: string, after: string) {
  const table = page.getByRole('table', { name: 'Partner benefit permissions' });
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: current, exact: true }) });
  await row.getByLabel('Change status', { exact: true }).selectOption({ label: choice });
  await row.getByRole('button', { name: 'Submit' }).click();
  await table.getByRole('cell', { name: after, exact: true }).first().waitFor();
}

async function assignVoucher(page: Page, name: string, email: string) {
  const form = page.getByRole('form', { name: 'Assign vouchers' });
  if (!(await form.isVisible())) await page.getByText('Assign vouchers', { exact: true }).click();
  await form.getByLabel('Employee name').fill(name);
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Training days').fill('1');
  await form.getByRole('button', { name: 'Submit' }).click();
}

/** The number of Contoso's purchasing account that has a training day left (asked as its administrator). */
async function accountWithTrainingDays(): Promise<string> {
  const admin = await signIn(portal.system, portal.accounts.admin, DEMO_PASSWORD);
  const { purchasingAccounts } = await ok<{
    purchasingAccounts: { edges: { node: { id: string; number: string } }[] };
  }>(
    portal.system.gatewayUrl,
    '{ purchasingAccounts(first: 10) { edges { node { id number } } } }',
    {},
    admin.accessToken,
  );
  for (const { node } of purchasingAccounts.edges) {
    const { benefitDetails } = await ok<{ benefitDetails: { available: number | null } }>(
      portal.system.gatewayUrl,
      'query($id: ID) { benefitDetails(benefit: "TRAINING_VOUCHERS", purchasingAccountId: $id) { available } }',
      { id: node.id },
      admin.accessToken,
    );
    if ((benefitDetails.available ?? 0) > 0) return node.number;
  }
  throw new Error('no purchasing account of Contoso has a training day left');
}

describe('Customer benefits for partners (WEB-10, BEN-7)', () => {
  it('WEB-10 BEN-7 WEB-11 a partner requests permission, acts for the customer once approved, and is refused once it is removed', async () => {
    const partner = await newPage(portal.browser, portal.origin);
    const customer = await newPage(portal.browser, portal.origin);
    const p = partner.page;
    const c = customer.page;

    // The partner asks (the guide: the request must come from the partner).
    await openFromMenu(p, portal.accounts.partner, DEMO_PASSWORD, 'Partner', 'Customer benefits');
    await p.getByRole('heading', { name: 'Customer benefits', level: 1 }).waitFor();
    expect(await p.title()).toBe('Customer benefits - Business Center');
    const contoso = p.getByRole('row', { name: /Contoso/ });
    await contoso.getByRole('cell', { name: 'Denied' }).waitFor();
    expect(await contoso.getByRole('button', { name: /Manage benefits/ }).count()).toBe(0);
    await checkPage(p, 'partner-benefits');
    // A minute after the demo's denied request: the page orders requests by when they were made, and
    // the frozen test clock would otherwise give both the same instant (the standing then flickered).
    portal.clock.advance(60_000);
    await contoso.getByRole('button', { name: /Request permission/ }).click();
    await p.getByRole('status').filter({ hasText: 'Permission requested from' }).waitFor();
    await contoso.getByRole('cell', { name: 'Request pending' }).waitFor();
    expect(await contoso.getByRole('button', { name: /Request permission|Manage benefits/ }).count()).toBe(0);

    // The customer approves it on its benefits page.
    await openFromMenu(c, portal.accounts.admin, DEMO_PASSWORD, 'Inventory', 'Manage my inventory');
    await c.getByRole('tab', { name: 'Software Assurance and Services Benefits' }).click();
    await c.getByRole('button', { name: 'View and edit partner benefit permissions' }).click();
    await customerDecides(c, 'Pending', 'Approve request', 'Approved');

    // The partner now manages Contoso's benefits with the customer's own pages: assigns a training voucher.
    await p.reload();
    await contoso.getByRole('cell', { name: 'Approved' }).waitFor();
    await contoso.getByRole('button', { name: /Manage benefits/ }).click();
    await p.getByRole('heading', { name: /^Benefits of Contoso/ }).waitFor();
    expect(await p.getByRole('button', { name: 'View and edit partner benefit permissions' }).count()).toBe(
      0,
    );
    await checkPage(p, 'partner-benefits-acting');
    await p.getByRole('button', { name: 'Details of Training Vouchers' }).first().click();
    await p.getByRole('heading', { name: 'Assignments' }).waitFor();
    // Training days belong to one purchasing account: the partner picks the one of Contoso's with a day left.
    const withDays = await accountWithTrainingDays();
    const account = p.getByRole('combobox', { name: 'Purchasing account' });
    const option = (await account.locator('option').allTextContents()).find((o) => o.includes(withDays))!;
    await account.selectOption({ label: option });
    await p.getByText(/^1 of \d+ training days available/).waitFor();
    await assignVoucher(p, 'Pat Partner-Assigned', 'pat@contoso.example');
    const outcome = p
      .getByRole('status')
      .filter({ hasText: 'assigned to Pat Partner-Assigned' })
      .or(p.getByRole('alert'));
    await outcome.first().waitFor();
    await screenshot(p, 'partner-benefits-voucher-outcome');
    expect(await outcome.first().textContent()).toContain('assigned to Pat Partner-Assigned');
    await p.getByRole('rowheader', { name: /Pat Partner-Assigned/ }).waitFor();
    await checkPage(p, 'partner-benefits-voucher-assigned');

    // The customer sees the partner's assignment as its own, then removes the permission.
    const admin = await signIn(portal.system, portal.accounts.admin, DEMO_PASSWORD);
    const { purchasingAccounts } = await ok<{ purchasingAccounts: { edges: { node: { id: string } }[] } }>(
      portal.system.gatewayUrl,
      '{ purchasingAccounts(first: 10) { edges { node { id } } } }',
      {},
      admin.accessToken,
    );
    const assigned: string[] = [];
    for (const { node } of purchasingAccounts.edges) {
      const { trainingVouchers } = await ok<{ trainingVouchers: Edges<{ employeeName: string }> }>(
        portal.system.gatewayUrl,
        'query($id: ID!) { trainingVouchers(purchasingAccountId: $id, first: 100) { edges { node { employeeName } } } }',
        { id: node.id },
        admin.accessToken,
      );
      assigned.push(...nodes(trainingVouchers).map((v) => v.employeeName));
    }
    expect(assigned).toContain('Pat Partner-Assigned');
    await customerDecides(c, 'Approved', 'Remove permission', 'Removed');

    // The partner's next action is refused with a clear message; what was typed stays.
    await assignVoucher(p, 'Robin Refused', 'robin@contoso.example');
    const refusal = p.getByRole('alert').filter({ hasText: 'not given you permission' });
    await refusal.waitFor();
    expect(
      await p.getByRole('form', { name: 'Assign vouchers' }).getByLabel('Employee name').inputValue(),
    ).toBe('Robin Refused');
    await checkPage(p, 'partner-benefits-refused');

    // After a reload the pages no longer offer it: no benefit pages for Contoso, only Request permission.
    await p.reload();
    await p.getByText(/has not given you permission to manage its benefits/).waitFor();
    expect(await p.getByText('Assign vouchers').count()).toBe(0);
    await p.getByRole('link', { name: 'Back to customer benefits' }).click();
    await contoso.getByRole('cell', { name: 'Removed by the customer' }).waitFor();
    expect(await contoso.getByRole('button', { name: /Manage benefits/ }).count()).toBe(0);
    expect(await contoso.getByRole('button', { name: /Request permission/ }).count()).toBe(1);
    await checkPage(p, 'partner-benefits-removed');
    await partner.context.close();
    await customer.context.close();
  });
});

describe('Delivery log and the operator pages (NOT-5, WEB-10)', () => {
  it('WEB-10 NOT-5 the operator reads the mailbox and every delivery, and rebuilds the read models', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openFromMenu(
      page,
      portal.system.operatorWorkAccount,
      portal.system.operatorPassword,
      'Operator',
      'Mailbox',
    );
    await page.getByRole('heading', { name: 'Mailbox', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Recipient' }).fill('ada@contoso.example');
    await page.getByRole('button', { name: 'Search' }).click();
    const messages = page.getByRole('region', { name: 'Messages for ada@contoso.example' });
    await messages.waitFor();
    const first = messages.getByRole('listitem').first();
    await first.locator('summary').click();
    expect(await first.locator('pre').textContent()).not.toBe('');
    await checkPage(page, 'operator-mailbox');

    await goFromMenu(page, 'Operator', 'Delivery log');
    await page.getByRole('heading', { name: 'Delivery log', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Deliveries, newest first' });
    await table.waitFor();
    // Every organization's: the partner's and the customer's administrators' mail are both there.
    const recipients = await table.locator('tbody td.break:nth-child(2)').allTextContents();
    expect(recipients.some((r) => r.includes('alex@fabrikam.example'))).toBe(true);
    expect(recipients.some((r) => r.includes('ada@contoso.example'))).toBe(true);
    const times = await table
      .locator('tbody time')
      .evaluateAll((els) =>
        els.filter((e) => e.closest('td')?.cellIndex === 0).map((e) => e.getAttribute('datetime')!),
      );
    expect(times).toEqual([...times].sort().reverse());
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Sent' });
    await page.getByRole('searchbox', { name: 'Recipient' }).fill('alex@fabrikam.example');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect
      .poll(async () => {
        const shown = await table.locator('tbody td.break:nth-child(2)').allTextContents();
        return shown.length > 0 && shown.every((r) => r.startsWith('alex@fabrikam.example'));
      })
      .toBe(true);
    const statuses = await table.locator('tbody td:nth-child(4)').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s.startsWith('Sent'))).toBe(true);
    await checkPage(page, 'operator-delivery-log');

    await goFromMenu(page, 'Operator', 'Read models');
    await page.getByRole('heading', { name: 'Read models', level: 1 }).waitFor();
    const generation = page.locator('dt:text-is("Generation") + dd');
    await generation.waitFor();
    const before = Number(await generation.textContent());
    await checkPage(page, 'operator-read-models');
    await page.getByRole('button', { name: 'Rebuild read models' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `generation ${before + 1}` })
      .waitFor();
    await expect.poll(async () => Number(await generation.textContent())).toBe(before + 1);
    await screenshot(page, 'operator-read-models-rebuilt');
    // The operator gets the operator's menu only.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('button', { name: 'Inventory' }).count()).toBe(0);
    await context.close();
  });

  it("NOT-5 WEB-11 a user administrator reads the organization's delivery log; a viewer is not offered it", async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openFromMenu(page, `useradmin@${domain}`, DEMO_PASSWORD, 'Account', 'Delivery log');
    await page.getByRole('heading', { name: 'Delivery log', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Deliveries, newest first' });
    await table.waitFor();
    const recipients = await table.locator('tbody td.break:nth-child(2)').allTextContents();
    expect(recipients.length).toBeGreaterThan(0);
    // Contoso's own deliveries only: never the partner's mail.
    expect(recipients.some((r) => r.includes('fabrikam'))).toBe(false);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Failed' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No deliveries match these filters.').waitFor();
    await checkPage(page, 'delivery-log');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await table.waitFor();
    await screenshot(page, 'delivery-log-360px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();

    const viewer = await newPage(portal.browser, portal.origin);
    await signInAs(viewer.page, `viewer@${domain}`, DEMO_PASSWORD);
    await viewer.page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const nav = viewer.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Account' }).click();
    expect(await nav.getByRole('link', { name: 'Delivery log' }).count()).toBe(0);
    await viewer.page.goto('/delivery-log');
    await viewer.page.getByText('Your role does not include viewing the delivery log').waitFor();
    await viewer.context.close();
  });
});
