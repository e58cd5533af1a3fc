import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@bc/system/demo';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, screenshot, signInAs, startPortal } from './support/browser.ts';
import { loadLicenseReportRows } from './support/report-rows.ts';

/**
 * WEB-9 Reports in a real browser against the embedded demo, with 10,050 more licenses in Contoso's
 * reporting read model (so a report passes the 10,000-record limit): the standard reports by category,
 * a custom report saved, its columns chosen, viewed, exported to Excel and read back, and removed.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;
const LOADED = 10_050;

beforeAll(async () => {
  portal = await startPortal();
  await loadLicenseReportRows(portal.system, portal.accounts.admin, DEMO_PASSWORD, LOADED);
}, 180_000);

afterAll(async () => {
  await portal?.stop();
});

async function openReports(page: Page) {
  await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
}

const CATEGORIES = [
  { category: 'Agreements', report: 'Agreements report' },
  { category: 'Licenses and Services', report: 'Online Services Renewals report' },
  { category: 'Orders and Invoices', report: 'Packages and Products report' },
  { category: 'Software Assurance Benefits', report: 'Training Vouchers report' },
];

/** The text the page shows once a 10,000-row result is on screen (the portal benchmark waits for it too). */
async function firstPageOf10000(page: Page) {
  try {
    await page.getByText('Rows 1–50 of 10,000').first().waitFor({ timeout: 60_000 });
  } catch (error) {
    throw new Error(`no 10,000-row page; the page says: ${await page.locator('main').textContent()}`, {
      cause: error,
    });
  }
}

const WARNING = 'The report is limited to 10,000 records, so some records are not shown.';

describe('WEB-9 Reports', () => {
  it('WEB-9 REP-1 REP-2 WEB-12 the four categories list their reports; each opens with its filters, Show more filters and View report; amounts and currency in their own columns', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openReports(page);
    for (const { category } of CATEGORIES)
      await page.getByRole('heading', { name: category, level: 2 }).waitFor();
    expect(await page.getByRole('tab', { name: 'Standard reports' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.getByRole('link', { name: /report$/ }).count()).toBe(11);
    await checkPage(page, 'reports');

    for (const { category, report } of CATEGORIES) {
      await page.getByRole('link', { name: report, exact: true }).click();
      await page.getByRole('heading', { name: report, level: 2 }).waitFor();
      await page.getByRole('button', { name: 'View report' }).waitFor();
      const more = page.getByRole('button', { name: 'Show more filters' });
      if (await more.count()) {
        const before = (await page.getByRole('textbox').count()) + (await page.getByRole('combobox').count());
        await more.click();
        const after = (await page.getByRole('textbox').count()) + (await page.getByRole('combobox').count());
        expect(after, `${report}: more filters`).toBeGreaterThan(before);
      }
      await page.getByRole('button', { name: 'View report' }).click();
      await page
        .getByText(/^Rows \d|^No records match/)
        .first()
        .waitFor();
      await checkPage(page, `report-${category.toLowerCase().replaceAll(' ', '-')}`);
      await page.getByRole('link', { name: 'All reports' }).click();
      await page.getByRole('heading', { name: category, level: 2 }).waitFor();
    }

    // Packages and Products: the demo's orders, the amount in the browser's locale, the currency its own column.
    await page.getByRole('link', { name: 'Packages and Products report', exact: true }).click();
    await page.getByRole('button', { name: 'View report' }).click();
    const table = page.getByRole('table', { name: 'Packages and Products report' });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toContain('Currency');
    const currencyIndex = headers.indexOf('Currency');
    // Rows of several currencies (the demo has USD and EUR orders): each row names its own.
    const currencies = await table.locator(`tbody td:nth-child(${currencyIndex + 1})`).allTextContents();
    expect(currencies.length).toBeGreaterThan(0);
    for (const code of currencies) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(currencies).toContain('USD');
    const amounts = await table.locator('tbody td.number').allTextContents();
    expect(amounts.some((a) => /^\d{1,3}(,\d{3})*\.\d{2}$/.test(a) && a.includes(','))).toBe(true);
    await context.close();
  }, 120_000);

  it('WEB-9 REP-4 a 10,000-row report view: the warning in the guide words, 50 rows a page in the document, Next and Previous', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    // The page the portal benchmark opens: the Licenses and Services report, viewed, by its address.
    await page.goto('/reports?report=LICENSES_AND_SERVICES&view=1');
    await firstPageOf10000(page);
    await page.getByText(WARNING).waitFor();
    expect(await page.locator('.report-table tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: 'Next page' }).first().click();
    await page.getByText('Rows 51–100 of 10,000').first().waitFor();
    await page.getByRole('button', { name: 'Previous page' }).first().click();
    await page.getByText('Rows 1–50 of 10,000').first().waitFor();
    await checkPage(page, 'report-10000');
    await context.close();
  }, 120_000);

  it('WEB-9 REP-3 REP-4 REP-5 WEB-12 the customer saves a custom report, picks columns (a required column cannot be removed), views it over 10,000 rows with the warning, exports it to Excel and the workbook holds the rows and headers', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openReports(page);
    await page.getByRole('link', { name: 'Licenses and Services report', exact: true }).click();
    await page.getByLabel('Product or service').fill('SQL Server Enterprise');
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('button', { name: 'Save Report Query' }).click();
    await page.getByLabel('Name', { exact: true }).fill('SQL Server licenses');
    await page.getByLabel('Description (optional)').fill('Every SQL Server Enterprise license');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByText('Your custom report “SQL Server licenses” has been added to the report catalog.')
      .waitFor();
    await checkPage(page, 'report-saved');

    await page.getByRole('button', { name: 'Select Columns' }).click();
    const available = page.getByLabel('Available Columns', { exact: true });
    const selected = page.getByLabel('Selected Columns', { exact: true });
    const options = async (list: typeof selected) =>
      (await list.locator('option').allTextContents()).map((t) => t.replace(' (required)', ''));
    expect(await options(selected)).toEqual([
      'Purchasing account number',
      'Purchasing account name',
      'Type',
      'Product or service',
      'Product group or plan',
      'Quantity',
      'Software Assurance',
      'Status',
      'Next expiration',
    ]);
    expect(await options(available)).toEqual(['SKU']);
    // A required column cannot be removed: it stays, and the page says why.
    await selected.selectOption(['productGroupOrPlan', 'product']);
    await page.getByRole('button', { name: 'Remove from Selected Columns' }).click();
    await page.getByText('Product or service is required and cannot be removed.').waitFor();
    expect(await options(selected)).toContain('Product or service');
    expect(await options(available)).toEqual(['SKU', 'Product group or plan']);
    // Ctrl+select several to remove; SKU added joins at the end.
    await selected.selectOption(['softwareAssurance', 'status', 'expiresOn']);
    await page.getByRole('button', { name: 'Remove from Selected Columns' }).click();
    await available.selectOption('sku');
    await page.getByRole('button', { name: 'Add to Selected Columns' }).click();
    // SKU moved up before Quantity: the order is kept and changeable.
    await selected.selectOption('sku');
    await page.getByRole('button', { name: 'Move up' }).click();
    const chosen = [
      'Purchasing account number',
      'Purchasing account name',
      'Type',
      'Product or service',
      'SKU',
      'Quantity',
    ];
    expect(await options(selected)).toEqual(chosen);
    await checkPage(page, 'report-select-columns');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByLabel('Selected Columns', { exact: true }).waitFor({ state: 'detached' });

    // The Custom reports tab: View Report.
    await page.getByRole('tab', { name: 'Custom reports' }).click();
    const row = page.getByRole('row', { name: /SQL Server licenses/ });
    await row.getByRole('button', { name: 'Actions for SQL Server licenses' }).click();
    await checkPage(page, 'report-custom-actions');
    await row.getByRole('button', { name: 'View Report' }).click();
    await page.getByRole('heading', { name: 'SQL Server licenses', level: 2 }).waitFor();
    await firstPageOf10000(page);
    await page.getByText(WARNING).waitFor();
    const table = page.getByRole('table', { name: 'SQL Server licenses' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(chosen);
    expect(await table.locator('tbody tr').count()).toBe(50);
    expect(await table.locator('tbody tr').first().getByRole('cell').nth(3).textContent()).toBe(
      'SQL Server Enterprise',
    );
    await checkPage(page, 'report-custom-view');
    const viewUrl = page.url();

    // 360 px wide: the report is usable, the page does not scroll sideways (the table scrolls in its box).
    const narrow = await newPage(portal.browser, portal.origin, { width: 360, height: 780 });
    await signInAs(narrow.page, portal.accounts.admin, DEMO_PASSWORD);
    await narrow.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await narrow.page.goto(viewUrl);
    await firstPageOf10000(narrow.page);
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(narrow.page, 'report-360');
    await narrow.context.close();

    // Export report to Excel: an ordinary browser download, read back.
    await page.getByRole('link', { name: 'All custom reports' }).click();
    await row.getByRole('button', { name: 'Actions for SQL Server licenses' }).click();
    const downloading = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Export report to Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'bc-report-')), download.suggestedFilename());
    await download.saveAs(file);
    await page
      .getByText(/The download of “SQL Server licenses” .* has started\. It holds the first 10,000 records\./)
      .waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(chosen);
    expect(sheet.rowCount).toBe(10_001);
    expect(sheet.getRow(2).getCell(4).value).toBe('SQL Server Enterprise');
    expect(sheet.getRow(10_001).getCell(4).value).toBe('SQL Server Enterprise');
    expect(typeof sheet.getRow(2).getCell(6).value).toBe('number');
    const note = workbook.getWorksheet('Note');
    expect(String(note?.getRow(1).getCell(1).value)).toMatch(/only the first 10000 are shown/);
    await context.close();
  }, 180_000);

  it('WEB-9 REP-3 Remove report asks first: No keeps the custom report, Yes removes it', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await openReports(page);
    await page.getByRole('link', { name: 'Agreements report', exact: true }).click();
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('button', { name: 'Save Report Query' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Agreements to remove');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByText('Your custom report “Agreements to remove” has been added to the report catalog.')
      .waitFor();
    // The same name again is refused; what was typed stays.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('button', { name: 'Save Report Query' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Agreements to remove');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Agreements to remove');

    await page.getByRole('tab', { name: 'Custom reports' }).click();
    const row = page.getByRole('row', { name: /Agreements to remove/ });
    const remove = async () => {
      await row.getByRole('button', { name: 'Actions for Agreements to remove' }).click();
      await row.getByRole('button', { name: 'Remove report' }).click();
      return page.getByRole('dialog', { name: 'Remove report' });
    };
    let dialog = await remove();
    await dialog.getByText('Permanently delete the custom report “Agreements to remove”?').waitFor();
    await checkPage(page, 'report-remove');
    await dialog.getByRole('button', { name: 'No' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.waitFor();
    dialog = await remove();
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('The custom report “Agreements to remove” was removed.').waitFor();
    await row.waitFor({ state: 'detached' });
    await context.close();
  }, 120_000);
});
