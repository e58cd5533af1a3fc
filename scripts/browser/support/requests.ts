import type { Page } from 'playwright-core';

/**
 * Counting the portal's GraphQL requests per page (issue 16, "one GraphQL request per page"): used by
 * `requests.browser.test.ts` and `pnpm bench:portal`. No vitest here, so scripts can import it.
 */

/** Every POST to /graphql the page sends, by operation name, and whether any is still in flight. */
export function recordGraphql(page: Page) {
  let posts: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const isGraphql = (method: string, url: string) =>
    method === 'POST' && new URL(url).pathname === '/graphql';
  page.on('request', (request) => {
    if (!isGraphql(request.method(), request.url())) return;
    let name = '(anonymous)';
    try {
      name = (request.postDataJSON() as { operationName?: string }).operationName ?? name;
    } catch {}
    posts.push(name);
    inFlight += 1;
    lastChange = Date.now();
  });
  const done = (request: { method(): string; url(): string }) => {
    if (!isGraphql(request.method(), request.url())) return;
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Waits until nothing has been asked or answered for `quietMs` (a page's data has arrived). */
    async settle(quietMs = 500): Promise<void> {
      while (inFlight > 0 || Date.now() - lastChange < quietMs) await new Promise((r) => setTimeout(r, 50));
    },
    /** The operations sent since the last take(). */
    take(): string[] {
      const taken = posts;
      posts = [];
      return taken;
    },
  };
}

export interface MenuEntry {
  /** The drop-down it sits in ("Account"), or null for a link of its own (Reports). */
  menu: string | null;
  label: string;
  path: string;
}

/** The signed-in person's menu pages as the Main navigation offers them (so new pages are covered). */
export async function menuEntries(page: Page): Promise<MenuEntry[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const entries: MenuEntry[] = [];
  for (const link of await nav.locator(':scope > ul > li > a').all())
    entries.push({
      menu: null,
      label: (await link.textContent())!.trim(),
      path: (await link.getAttribute('href'))!,
    });
  for (const button of await nav.locator(':scope > ul > li button').all()) {
    const menu = (await button.textContent())!.trim();
    await button.click();
    const items = nav.locator(':scope > ul > li', { has: button }).getByRole('link');
    for (const link of await items.all())
      entries.push({
        menu,
        label: (await link.textContent())!.trim(),
        path: (await link.getAttribute('href'))!,
      });
    await button.press('Escape');
  }
  return entries;
}

/** Opens a menu page as a person does (the drop-down, then its link) and waits for its heading. */
export async function openMenuPage(page: Page, entry: MenuEntry): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (entry.menu) await nav.getByRole('button', { name: entry.menu }).click();
  await nav.getByRole('link', { name: entry.label, exact: true }).click();
  await page.waitForURL((url) => url.pathname === entry.path);
  await page.locator('main h1').first().waitFor();
}

/** The page says it is a placeholder of a later step (it asks nothing of the API yet). */
export async function isPlaceholder(page: Page): Promise<boolean> {
  return (await page.getByText('This page is not available in the portal yet').count()) > 0;
}

/**
 * Pages that may ask more than once per navigation, and why. The test asserts at most one request on
 * every other page.
 */
export const MORE_THAN_ONE_REQUEST: Record<string, { most: number; why: string }> = {
  '/inventory/downloads': {
    most: 1 + 2,
    why: 'product keys are read per purchasing account (productKeys(purchasingAccountId!)); with "All" chosen each account of the demo (2) asks its own, after the page query that lists the accounts',
  },
};
