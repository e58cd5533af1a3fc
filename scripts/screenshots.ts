import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@bc/system/demo';
import { ensurePortalBuilt } from '@bc/system/portal-files';
import type { Page } from 'playwright-core';
import { newPage, signInAs, startPortal } from './browser/support/browser.ts';

/**
 * `pnpm screenshots`: the pictures of the portal the READMEs show (services/portal/docs/*.png,
 * committed). Starts the embedded demo as the browser tier does, signs in as Contoso's account
 * administrator and photographs a few pages at 1200×750, each PNG at most 150 KiB.
 */
const DOCS = fileURLToPath(new URL('../services/portal/docs/', import.meta.url));
const MAX_BYTES = 150 * 1024;

/** One picture: the page's address and what shows that its data is there. */
const PICTURES: { file: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    file: 'dashboard.png',
    path: '/',
    ready: (page) =>
      page
        .getByRole('region', { name: 'Inventory' })
        .getByRole('row', { name: /SQL Server/ })
        .waitFor(),
  },
  {
    file: 'licenses.png',
    path: '/inventory',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Expand all' }).click();
      await page.getByText('Expiring soon').first().waitFor();
    },
  },
  {
    file: 'agreements.png',
    path: '/account/agreements',
    ready: (page) => page.getByRole('table').first().getByRole('row').nth(1).waitFor(),
  },
  {
    file: 'report.png',
    path: '/reports?report=LICENSES_AND_SERVICES&view=1',
    ready: (page) =>
      page
        .getByText(/^Rows 1–/)
        .first()
        .waitFor(),
  },
  {
    file: 'manage-users.png',
    path: '/account/users',
    ready: (page) =>
      page
        .getByRole('table', { name: 'Users' })
        .getByRole('row', { name: /viewer@/ })
        .waitFor(),
  },
];

ensurePortalBuilt();
const portal = await startPortal();
let tooBig = false;
try {
  const { context, page } = await newPage(portal.browser, portal.origin, { width: 1200, height: 750 });
  await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  for (const picture of PICTURES) {
    await page.goto(picture.path);
    await page.locator('main h1').first().waitFor();
    await picture.ready(page);
    // No focus ring or caret in the picture.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const path = `${DOCS}${picture.file}`;
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    const bytes = statSync(path).size;
    tooBig ||= bytes > MAX_BYTES;
    console.log(
      `${path}  ${(bytes / 1024).toFixed(0)} KiB${bytes > MAX_BYTES ? '  TOO BIG (> 150 KiB)' : ''}`,
    );
  }
  await context.close();
} finally {
  await portal.stop();
}
if (tooBig) process.exit(1);
