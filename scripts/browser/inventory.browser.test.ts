import { DEMO_PASSWORD, demo } from '@bc/system/demo';
import { ok, PLACE_ORDER, signIn } from '@bc/system/flows';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, screenshot, signInAs, startPortal } from './support/browser.ts';

/**
 * WEB-4: the Licenses, Services and Benefits page (Inventory → Manage my inventory) in a real browser
 * against the embedded system with the demo data: Contoso's licenses expiring in 20 and 80 days, the
 * self-provisioned Exchange Online, e-Learning with one eligible domain, two training days assigned on
 * Contoso Seattle and Fabrikam's pending request to manage Contoso's benefits.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;
let domain = '';

beforeAll(async () => {
  portal = await startPortal();
  domain = `${demo.customerPrefix}.${portal.system.platformDomain}`;
  // The demo's Software Assurance covers servers only; e-Learning comes with Office (Applications), so
  // Fabrikam orders Office LTSC with Software Assurance on Contoso Seattle, as a partner would.
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
        purchaseOrderNumber: 'PO-OFFICE',
        lines: [
          {
            kind: 'PRODUCT',
            sku: 'OFFICE-LTSC-PP-2024',
            name: 'Office LTSC Professional Plus 2024',
            quantity: 40,
            listUnitPrice: { amountMinor: 50_000, currency: 'USD' },
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

/** Signs in and opens the page the way the guide says: Inventory, then Manage my inventory. */
async function openInventory(page: Page, workAccount: string) {
  await signInAs(page, workAccount, DEMO_PASSWORD);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Inventory' }).click();
  await nav.getByRole('link', { name: 'Manage my inventory' }).click();
  await page.getByRole('heading', { name: 'Licenses, Services and Benefits', level: 1 }).waitFor();
}

async function openBenefits(page: Page) {
  await page.getByRole('tab', { name: 'Software Assurance and Services Benefits' }).click();
  await page.getByRole('heading', { name: 'Your benefits' }).waitFor();
}

/** Opens a benefit's details with the arrow at the right of its row (the first product group that has it). */
async function openBenefit(page: Page, name: string) {
  await page
    .getByRole('button', { name: `Details of ${name}` })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Instructions', exact: true }).waitFor();
}

describe('Licenses, Services and Benefits (WEB-4)', () => {
  it('WEB-4 WEB-12 finds licenses expiring within 90 and 30 days, expands and collapses products, Manage services', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openInventory(page, portal.accounts.admin);
    expect(await page.title()).toBe('Licenses, Services and Benefits - Business Center');
    expect(await page.getByRole('tab', { name: 'Licenses and Services' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const table = page.getByRole('table', { name: /by product, version and edition/ });
    await table.waitFor();
    const product = (name: RegExp) => table.getByRole('button', { name });
    // Inner locators of `has` are relative to the row group, so they start from the page.
    const arrow = (name: RegExp) => page.getByRole('button', { name });

    // 20 days left: "Expiring soon" and the date in red; 80 days left: "Expiring soon", date not red.
    const sql = table.locator('tbody', { has: arrow(/SQL Server.*versions and editions/) });
    const windows = table.locator('tbody', { has: arrow(/Windows Server.*versions and editions/) });
    const sqlRow = sql.locator('tr.product-row');
    const windowsRow = windows.locator('tr.product-row');
    await expect.poll(() => sqlRow.getByText('Expiring soon').count()).toBe(1);
    expect(await sqlRow.locator('time.date-critical').count()).toBe(1);
    expect(await sqlRow.locator('time').evaluate((el) => getComputedStyle(el).color)).toBe(
      'rgb(179, 38, 30)',
    );
    expect(await sqlRow.textContent()).toContain('expires within 30 days');
    expect(await windowsRow.getByText('Expiring soon').count()).toBe(1);
    expect(await windowsRow.locator('time.date-critical').count()).toBe(0);

    // Collapsed: no versions. One arrow opens one product; Expand all opens every one; Collapse all none.
    expect(await table.locator('tr.edition-row').count()).toBe(0);
    await product(/SQL Server.*versions and editions/).click();
    expect(await product(/SQL Server.*versions and editions/).getAttribute('aria-expanded')).toBe('true');
    await sql.locator('tr.version-row').first().waitFor();
    expect(await sql.locator('tr.edition-row').count()).toBeGreaterThan(0);
    expect(await windows.locator('tr.edition-row').count()).toBe(0);
    const productCount = await table.locator('tr.product-row').count();
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect
      .poll(() => table.locator('button.expander[aria-expanded="true"]').count())
      .toBe(productCount);
    // Each license under its edition carries its own date and mark: the 20-day one in red.
    expect(await sql.locator('tr.item-row time.date-critical').count()).toBeGreaterThan(0);
    await checkPage(page, 'inventory-expanded');

    // Online services: the plan's subscriptions, with Manage services to the service's own site.
    const manage = table.getByRole('link', { name: /Manage services/ }).first();
    expect(await manage.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await manage.getAttribute('target')).toBe('_blank');
    expect(await table.getByText('Awaiting order').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect.poll(() => table.locator('tr.edition-row').count()).toBe(0);

    // The API's filters: only what expires within 30 days.
    await page.getByLabel('Next expiration').selectOption('CRITICAL');
    await expect.poll(() => table.locator('tr.product-row').count()).toBe(1);
    expect(await table.locator('tr.product-row').textContent()).toContain('SQL Server');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => table.locator('tr.product-row').count()).toBe(productCount);
    await page.getByLabel('Product name').fill('windows');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => table.locator('tr.product-row').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // The Account selector's purchasing account: Contoso Labs holds only the SQL Server licenses.
    const selector = page.getByLabel('Account', { exact: true });
    const labs = await selector.locator('option', { hasText: 'Contoso Labs' }).getAttribute('value');
    await selector.selectOption(labs!);
    await expect.poll(() => table.locator('tr.product-row').count()).toBe(1);
    expect(await table.locator('tr.product-row').textContent()).toContain('SQL Server');
    await selector.selectOption('ALL');
    await expect.poll(() => table.locator('tr.product-row').count()).toBe(productCount);
    await checkPage(page, 'inventory');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Expand all' }).click();
    await checkPage(page, 'inventory-360px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('WEB-4 BEN-4 removes and adds an eligible domain and reads the access code', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openInventory(page, portal.accounts.admin);
    await openBenefits(page);
    expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    await checkPage(page, 'benefits');
    await openBenefit(page, 'e-Learning');
    const domains = page.getByRole('region', { name: 'Eligible domain names' });
    const accessCode = page.locator('.access-code');
    const seeded = (await accessCode.locator('strong').textContent()) ?? '';
    expect(seeded).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    // The last domain removed withdraws the code.
    await domains.getByRole('button', { name: 'Remove contoso.example' }).click();
    await domains.getByText('No eligible domain names yet.').waitFor();
    await accessCode.getByText('appears after the first eligible domain name is added').waitFor();

    // A wrong name is refused, and what was typed stays.
    await domains.getByLabel('Domain name').fill('not a domain');
    await domains.getByRole('button', { name: 'Add domain' }).click();
    expect(await domains.getByRole('alert').textContent()).toContain('is not a valid domain name');
    expect(await domains.getByLabel('Domain name').inputValue()).toBe('not a domain');

    // The first domain added brings a new access code, shown near the top and in the instructions.
    await domains.getByLabel('Domain name').fill('contoso-learning.example');
    await domains.getByRole('button', { name: 'Add domain' }).click();
    await domains.getByRole('listitem').filter({ hasText: 'contoso-learning.example' }).waitFor();
    await accessCode.locator('strong').waitFor();
    const code = (await accessCode.locator('strong').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code).not.toBe(seeded);
    expect(await page.locator('blockquote.instructions').first().textContent()).toContain(code);
    expect(await domains.getByLabel('Domain name').inputValue()).toBe('');
    await checkPage(page, 'benefits-e-learning');

    // BEN-5 benefit users: an address off the eligible domains is refused (what was typed stays),
    // one on them is added; Edit user, Resend instructions and Delete user from the row.
    const users = page.getByRole('region', { name: 'Benefit users' });
    await users.getByRole('button', { name: 'Add user' }).click();
    const add = users.getByRole('form', { name: 'Add user' });
    await add.getByLabel('Name').fill('Lee Learner');
    await add.getByLabel('Email address').fill('lee@elsewhere.example');
    await add.getByRole('button', { name: 'Add user' }).click();
    // (Case-insensitive: src/ui/errors.ts makes the API's message a sentence, capitalizing the address.)
    expect(await add.getByRole('alert').textContent()).toMatch(
      /^lee@elsewhere\.example is not on one of the eligible domains\.$/i,
    );
    expect(await add.getByLabel('Name').inputValue()).toBe('Lee Learner');
    expect(await add.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    await add.getByLabel('Email address').fill('lee@contoso-learning.example');
    await add.getByRole('button', { name: 'Add user' }).click();
    await users.getByRole('status').getByText('Lee Learner was added and sent the instructions.').waitFor();
    const lee = users.getByRole('row', { name: /Lee Learner/ });
    expect(await lee.textContent()).toContain('lee@contoso-learning.example');

    await lee.getByRole('button', { name: 'Edit user Lee Learner' }).click();
    const edit = users.getByRole('form', { name: 'Edit user Lee Learner' });
    await edit.getByLabel('Name').fill('Lee Learner-Smith');
    await edit.getByRole('button', { name: 'Save' }).click();
    const renamed = users.getByRole('row', { name: /Lee Learner-Smith/ });
    await renamed.waitFor();
    await renamed.getByRole('button', { name: /Resend instructions/ }).click();
    await users.getByText('The instructions were sent to lee@contoso-learning.example again.').waitFor();
    await checkPage(page, 'benefits-users');
    await renamed.getByRole('button', { name: /Delete user/ }).click();
    await users.getByText('No users yet.').waitFor();
    await context.close();
  });

  it('WEB-4 BEN-6 WEB-11 revokes a voucher, is refused beyond the available days (form kept), assigns within them, previews in German', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openInventory(page, portal.accounts.admin);
    await openBenefits(page);
    await openBenefit(page, 'Training Vouchers');
    const vouchers = page.getByRole('region', { name: 'Training vouchers' });
    const account = vouchers.getByLabel('Purchasing account');
    const seattle = await account.locator('option', { hasText: 'Contoso Seattle' }).getAttribute('value');
    await account.selectOption(seattle!);
    const assignments = vouchers.getByRole('table', { name: 'Training voucher assignments' });
    const tom = assignments.getByRole('row', { name: /Tom Trainee/ });
    await tom.waitFor();
    const available = async () =>
      Number(
        (await vouchers
          .locator('p', { hasText: 'training days available' })
          .locator('strong')
          .textContent())!,
      );
    const before = await available();

    // Revoke: the days become available again.
    await tom.getByRole('button', { name: /Revoke/ }).click();
    await tom.getByText('Revoked').waitFor();
    await expect.poll(available).toBe(before + 2);
    const free = before + 2;

    await vouchers.getByText('Assign vouchers').click();
    const form = vouchers.getByRole('form', { name: 'Assign vouchers' });
    await form.getByLabel('Employee name').fill('Avery Admin');
    await form.getByLabel('Email address').fill('avery@contoso.example');
    await form.getByLabel('Training days').fill(String(free + 1));
    await form.getByLabel('Select a language').selectOption('de-DE');
    await form.getByText('View instructions sent to your trainees').click();
    const preview = form.getByLabel('Instructions preview');
    await expect.poll(() => preview.textContent()).toContain(`Sie haben ${free + 1} Schulungstag(e)`);

    // Beyond the available days: refused with the API's words, and nothing typed is lost.
    await form.getByRole('button', { name: 'Submit' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(`Only ${free} training day(s) are available.`);
    expect(await form.getByLabel('Employee name').inputValue()).toBe('Avery Admin');
    expect(await form.getByLabel('Email address').inputValue()).toBe('avery@contoso.example');
    expect(await form.getByLabel('Training days').inputValue()).toBe(String(free + 1));
    expect(await form.getByLabel('Training days').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Select a language').inputValue()).toBe('de-DE');
    await checkPage(page, 'benefits-vouchers-refused');

    // Within them: assigned and listed, and the days are used.
    await form.getByLabel('Training days').fill(String(free));
    await form.getByRole('button', { name: 'Submit' }).click();
    await vouchers
      .getByRole('status')
      .getByText(`${free} training day(s) assigned to Avery Admin.`)
      .waitFor();
    const avery = assignments.getByRole('row', { name: /Avery Admin/ });
    await avery.waitFor();
    expect(await avery.textContent()).toContain('German');
    expect(await avery.getByRole('cell').nth(0).textContent()).toBe(String(free));
    await expect.poll(available).toBe(0);
    await checkPage(page, 'benefits-vouchers');

    await page.setViewportSize({ width: 360, height: 740 });
    await vouchers.getByRole('heading', { name: 'Assignments' }).waitFor();
    await checkPage(page, 'benefits-vouchers-360px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('WEB-4 BEN-7 approves a partner request, then removes the permission', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openInventory(page, portal.accounts.admin);
    await openBenefits(page);
    await page.getByRole('button', { name: 'View and edit partner benefit permissions' }).click();
    const table = page.getByRole('table', { name: 'Partner benefit permissions' });
    const row = table.getByRole('row', { name: /Fabrikam Partners/ });
    await row.getByText('Pending').waitFor();
    await checkPage(page, 'benefits-partner-permissions');

    await row.getByLabel('Change status', { exact: true }).selectOption({ label: 'Approve request' });
    await row.getByRole('button', { name: 'Submit' }).click();
    await row.getByRole('cell', { name: 'Approved', exact: true }).waitFor();
    expect(await row.getByRole('status').textContent()).toContain('approved');
    const partner = await signIn(portal.system, portal.accounts.partner, DEMO_PASSWORD);
    const asPartner = () =>
      ok<{ benefitPermissions: { status: string }[] }>(
        portal.system.gatewayUrl,
        '{ benefitPermissions { status } }',
        {},
        partner.accessToken,
      );
    expect((await asPartner()).benefitPermissions.map((p) => p.status)).toEqual(['APPROVED']);

    // An approved permission offers Remove permission only.
    const options = await row
      .getByLabel('Change status', { exact: true })
      .locator('option')
      .allTextContents();
    expect(options).toEqual(['Choose…', 'Remove permission']);
    await row.getByLabel('Change status', { exact: true }).selectOption({ label: 'Remove permission' });
    await row.getByRole('button', { name: 'Submit' }).click();
    await row.getByRole('cell', { name: 'Removed', exact: true }).waitFor();
    expect(await row.getByLabel('Change status', { exact: true }).count()).toBe(0);
    expect((await asPartner()).benefitPermissions.map((p) => p.status)).toEqual(['REMOVED']);
    await screenshot(page, 'benefits-partner-permission-removed');
    await context.close();
  });

  it('WEB-4 WEB-11 a viewer sees licenses and benefits but no change controls', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openInventory(page, `viewer@${domain}`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.locator('tr.edition-row').first().waitFor();
    await openBenefits(page);
    expect(
      await page.getByRole('button', { name: 'View and edit partner benefit permissions' }).count(),
    ).toBe(0);
    await openBenefit(page, 'e-Learning');
    const domains = page.getByRole('region', { name: 'Eligible domain names' });
    await domains.getByRole('listitem').first().waitFor();
    expect(await domains.getByRole('button').count()).toBe(0);
    expect(await domains.getByLabel('Domain name').count()).toBe(0);
    const users = page.getByRole('region', { name: 'Benefit users' });
    expect(await users.getByRole('button').count()).toBe(0);
    await checkPage(page, 'benefits-viewer');

    await openBenefit(page, 'Training Vouchers');
    const vouchers = page.getByRole('region', { name: 'Training vouchers' });
    await vouchers.getByRole('heading', { name: 'Assignments' }).waitFor();
    await vouchers.getByRole('table').or(vouchers.getByText('No training days assigned')).first().waitFor();
    expect(await vouchers.getByText('Assign vouchers').count()).toBe(0);
    expect(await vouchers.getByRole('button').count()).toBe(0);
    await checkPage(page, 'benefits-viewer-vouchers');
    await context.close();
  });
});
