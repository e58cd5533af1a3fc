import { readFile } from 'node:fs/promises';
import { DEMO_PASSWORD, demo } from '@bc/system/demo';
import { ok, signIn } from '@bc/system/flows';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, screenshot, signInAs, startPortal } from './support/browser.ts';

/**
 * WEB-5 Set up online services and WEB-6 Downloads and keys in a real browser, against the embedded
 * system with the demo data: what a person clicks, what the API then holds, and the files the browser
 * actually saves.
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

const AWAITING = `query Awaiting { inventory(filter: { status: [AWAITING_ORDER] }, first: 100) {
  edges { node { productName versions { editions { subscriptions { displayName quantity status purchasingAccountId } } } } }
} }`;

interface AwaitingData {
  inventory: {
    edges: {
      node: {
        productName: string;
        versions: {
          editions: {
            subscriptions: {
              displayName: string;
              quantity: number;
              status: string;
              purchasingAccountId: string;
            }[];
          }[];
        }[];
      };
    }[];
  };
}

async function awaitingOrder(workAccount: string) {
  const session = await signIn(portal.system, workAccount, DEMO_PASSWORD);
  const data = await ok<AwaitingData>(portal.system.gatewayUrl, AWAITING, {}, session.accessToken);
  return data.inventory.edges.flatMap((e) =>
    e.node.versions.flatMap((v) => v.editions.flatMap((ed) => ed.subscriptions)),
  );
}

async function openFromMenu(page: Page, item: string, heading: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Inventory' }).click();
  await nav.getByRole('link', { name: item }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** A minimal RFC 4180 reader: what a spreadsheet would see in the file. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i++;
    } else field += ch;
  }
  return records;
}

describe('portal: Set up online services (WEB-5)', () => {
  it('WEB-5 WEB-12 an account manager sets up Power BI: service, plan and quantity, verify, submit, confirmation; it then awaits its order', async () => {
    const manager = `manager@${domain}`;
    const before = await awaitingOrder(manager);
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, manager, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await openFromMenu(page, 'Set up online services', 'Set up online services');

    // Step 1: only services a customer may set up are offered (Azure is ordered by the partner).
    await page.getByRole('heading', { name: 'Select an online service' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Microsoft Azure' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Select a service to continue.').waitFor();
    await checkPage(page, 'online-services-1-service');
    await page.getByRole('radio', { name: 'Power BI' }).check();
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 2: plan from the checklist, quantity, and (with two accounts and "All") the account.
    await page.getByRole('heading', { name: 'Power BI: choose a plan and quantity' }).waitFor();
    const account = page.getByLabel('Purchasing account');
    const labs = await account.locator('option', { hasText: 'Contoso Labs' }).getAttribute('value');
    await account.selectOption(labs!);
    await page.getByRole('radio', { name: 'Power BI Pro' }).check();
    await page.getByLabel('Quantity', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Next' }).click();
    const quantity = page.getByLabel('Quantity', { exact: true });
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/Enter a number from 1 to 50,000/).waitFor();
    await checkPage(page, 'online-services-2-plan-error');
    await quantity.fill('25');
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 3: verify, then Submit.
    await page.getByRole('heading', { name: 'Verify the information is correct' }).waitFor();
    const summary = await page.locator('dl.details').textContent();
    for (const text of ['Contoso Labs', 'Power BI', 'Power BI Pro', '25']) expect(summary).toContain(text);
    await checkPage(page, 'online-services-3-verify');
    await page.getByRole('button', { name: 'Submit' }).click();

    // Step 4: confirmation; the service awaits its order.
    await page.getByRole('heading', { name: 'Your request was submitted' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Power BI Pro' }).textContent()).toContain(
      'Awaiting order',
    );
    await page
      .getByText('Your partner will be notified, and should contact you to place the order.')
      .waitFor();
    await checkPage(page, 'online-services-4-confirmation');

    // The inventory's Services list holds it, awaiting its order, on the chosen account.
    const after = await awaitingOrder(manager);
    const added = after.filter((s) => s.displayName === 'Power BI Pro');
    expect(added.length).toBe(before.filter((s) => s.displayName === 'Power BI Pro').length + 1);
    expect(added.at(-1)).toMatchObject({ quantity: 25, status: 'AWAITING_ORDER', purchasingAccountId: labs });

    // 360 px: no sideways scrolling.
    await page.getByRole('button', { name: 'Set up another service' }).click();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('heading', { name: 'Select an online service' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkPage(page, 'online-services-360px');
    await context.close();
  });

  it('WEB-5 WEB-11 a refused submit shows the reason beside the field and keeps what was chosen and typed', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    // The server refuses this one submit (as it would a quantity over a limit it alone knows).
    let refused = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'SetUpOnlineService' || refused > 0) return route.fallback();
      refused += 1;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: 'quantity: Exchange Online (Plan 2) allows at most 40 for this account',
              extensions: { code: 'BAD_USER_INPUT', field: 'quantity' },
            },
          ],
        }),
      });
    });
    await page.goto('/inventory/online-services');
    await page.getByRole('radio', { name: 'Exchange Online' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    const account = page.getByLabel('Purchasing account');
    const labs = await account.locator('option', { hasText: 'Contoso Labs' }).getAttribute('value');
    await account.selectOption(labs!);
    await page.getByRole('radio', { name: 'Exchange Online (Plan 2)' }).check();
    await page.getByLabel('Quantity', { exact: true }).fill('45');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Submit' }).click();

    // Back at the plan step: the reason beside Quantity; account, plan and quantity as they were.
    await page.getByText('Exchange Online (Plan 2) allows at most 40 for this account.').waitFor();
    expect(refused).toBe(1);
    expect(await page.getByLabel('Quantity', { exact: true }).inputValue()).toBe('45');
    expect(await page.getByLabel('Quantity', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('radio', { name: 'Exchange Online (Plan 2)' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Purchasing account').inputValue()).toBe(labs);
    await checkPage(page, 'online-services-refused');
    await context.close();
  });

  it('WEB-5 WEB-11 a user without SELF_PROVISION is not offered it, and the page says so', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, `reports@${domain}`, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Inventory' }).click();
    await nav.getByRole('link', { name: 'Get downloads and keys' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Set up online services' }).count()).toBe(0);
    await page.goto('/inventory/online-services');
    await page.getByText('Your role does not include setting up online services.').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(0);
    expect(await page.getByRole('radio').count()).toBe(0);
    await checkPage(page, 'online-services-not-allowed');

    // A report viewer sees product keys but is offered no download.
    await page.goto('/inventory/downloads');
    await page.getByRole('heading', { name: 'Product keys', level: 2 }).waitFor();
    await page.getByRole('article', { name: 'Visio' }).waitFor();
    expect(await page.getByRole('button', { name: /^Download/ }).count()).toBe(0);
    await page.getByText('Your role does not include downloading software.').waitFor();
    await context.close();
  });
});

describe('portal: Downloads and keys (WEB-6)', () => {
  it('WEB-6 WEB-12 categories and type-ahead search narrow the list; More details; a download by language and operating system is an ordinary browser download', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await openFromMenu(page, 'Get downloads and keys', 'Downloads and keys');
    const products = page.getByRole('list', { name: 'Products' });
    await products.getByRole('article').first().waitFor();
    const all = await products.getByRole('article').count();
    expect(all).toBeGreaterThan(5);
    // Every product, owned or not, alphabetical; online services have nothing to download.
    const names = await products.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).not.toContain('Power BI');
    await checkPage(page, 'downloads');

    // Categories: one or more checkboxes; products in any of them.
    const categories = page.getByRole('group', { name: 'Categories' });
    await categories.getByRole('checkbox', { name: 'Databases' }).check();
    await expect
      .poll(() => products.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['SQL Server']);
    await categories.getByRole('checkbox', { name: 'Diagramming' }).check();
    await expect
      .poll(() => products.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['SQL Server', 'Visio']);
    await categories.getByRole('checkbox', { name: 'Databases' }).uncheck();
    await categories.getByRole('checkbox', { name: 'Diagramming' }).uncheck();
    await expect.poll(() => products.getByRole('article').count()).toBe(all);

    // Search with type-ahead: the names appear as one types; choosing one searches for it.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.pressSequentially('vis', { delay: 30 });
    const suggestions = page.getByRole('listbox', { name: 'Product names' });
    await suggestions.getByRole('option', { name: 'Visio' }).waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'downloads-type-ahead');
    await suggestions.getByRole('option', { name: 'Visio' }).click();
    await expect.poll(() => products.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Visio']);
    // Enter searches for what was typed: every product containing it.
    await search.fill('server');
    await search.press('Enter');
    await expect
      .poll(async () => (await products.getByRole('heading', { level: 3 }).allInnerTexts()).join('|'))
      .toMatch(/^([^|]*Server[^|]*\|?)+$/);
    expect(await products.getByRole('article', { name: 'Windows Server' }).count()).toBe(1);

    // More details: versions and editions with their languages and systems.
    const windows = products.getByRole('article', { name: 'Windows Server' });
    await windows.getByRole('button', { name: 'More details about Windows Server' }).click();
    await windows.getByText('Version 2022').waitFor();
    expect(
      await windows
        .getByRole('button', { name: /details about Windows Server/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');

    // Download: the Files list (language and operating system), then Download.
    await windows.getByRole('button', { name: 'Download Windows Server' }).click();
    const files = windows.getByRole('combobox', { name: 'Files for Windows Server 2022 Datacenter' });
    const german = files.locator('option', { hasText: 'German (Germany)' }).first();
    const label = (await german.textContent()) ?? '';
    await files.selectOption({ label });
    await checkPage(page, 'downloads-files');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      windows.getByRole('button', { name: 'Download Windows Server 2022 Datacenter' }).click(),
    ]);
    // The link is on the portal's own origin (the gateway forwards /downloads/*), a plain GET.
    expect(new URL(download.url()).origin).toBe(portal.origin);
    expect(new URL(download.url()).pathname).toMatch(/^\/downloads\//);
    expect(download.suggestedFilename()).toMatch(/German/);
    const content = await readFile((await download.path())!, 'utf8');
    expect(content).toContain(download.suggestedFilename());
    await windows.getByRole('status').filter({ hasText: 'has started' }).waitFor();
    await context.close();
  });

  it('WEB-6 Export all keys: the CSV the browser saves has the header and the rows shown; Print opens the print view', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    // One account chosen at the top right: only its keys are listed and exported (the guide's advice).
    const selector = page.getByLabel('Account', { exact: true });
    const labs = selector.locator('option', { hasText: 'Contoso Labs' });
    const labsNumber = /\((.+)\)$/.exec((await labs.textContent()) ?? '')![1]!;
    await selector.selectOption((await labs.getAttribute('value'))!);
    await page.goto('/inventory/downloads');
    const keysSection = page.getByRole('region', { name: 'Product keys' });
    const keys = keysSection.getByRole('region', { name: /^Contoso Labs/ });
    await keys.getByRole('table').waitFor();
    expect(await keysSection.getByRole('region', { name: /^Contoso/ }).count()).toBe(1);
    const shown = await keys
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
      );
    expect(shown.length).toBeGreaterThan(0);
    await checkPage(page, 'downloads-keys');

    await keys.getByRole('button', { name: 'Export all keys' }).click();
    await checkPage(page, 'downloads-export-menu');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      keys.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    // A plain link on the portal's own origin (the gateway answers /downloads/*), no bearer header.
    expect(new URL(csv.url()).origin).toBe(portal.origin);
    expect(new URL(csv.url()).pathname).toMatch(/^\/downloads\//);
    const records = parseCsv(await readFile((await csv.path())!, 'utf8'));
    expect(records[0]).toEqual([
      'Purchasing account',
      'Product',
      'Version',
      'Edition',
      'Key type',
      'Product key',
      'Activations',
    ]);
    const rows = records.slice(1);
    expect(rows.every((r) => r[0] === labsNumber)).toBe(true);
    // The same keys as on the page, in the same order (activations as the locale writes them on the page).
    expect(rows.map((r) => [r[1], r[2], r[3], r[4], r[5], Number(r[6]).toLocaleString('en-US')])).toEqual(
      shown,
    );

    await keys.getByRole('button', { name: 'Export all keys' }).click();
    const [view] = await Promise.all([
      page.waitForEvent('popup'),
      keys.getByRole('button', { name: 'Print keys' }).click(),
    ]);
    await view.waitForLoadState();
    await view.getByRole('heading', { name: /Product keys/ }).waitFor();
    const printed = await view.locator('body').textContent();
    for (const row of shown) expect(printed).toContain(row[4]);
    await screenshot(view, 'downloads-keys-print');

    // 360 px: no sideways scrolling (the keys table scrolls inside its panel).
    await page.setViewportSize({ width: 360, height: 740 });
    await keys.getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkPage(page, 'downloads-360px');
    await selector.selectOption('ALL');
    await context.close();
  });
});
