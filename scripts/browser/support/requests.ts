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
      // Quiet from now on: a page whose heading came first may not have sent its query yet.
      lastChange = Math.max(lastChange, Date.now());
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
    // The drop-down's panel sits beside its button.
    const items = button.locator('xpath=..').getByRole('link');
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
  const heading = () => document.querySelector('main h1')?.textContent ?? '';
  const before = await page.evaluate(heading);
  if (entry.menu) await nav.getByRole('button', { name: entry.menu }).click();
  await nav.getByRole('link', { name: entry.label, exact: true }).click();
  await page.waitForURL((url) => url.pathname === entry.path);
  // The new page has rendered (its lazy chunk has arrived), so its query has been sent or is about to.
  await page.waitForFunction((previous) => {
    const now = document.querySelector('main h1')?.textContent ?? '';
    return now !== '' && now !== previous;
  }, before);
}

/** The page says it is a placeholder of a later step (it asks nothing of the API yet). */
export async function isPlaceholder(page: Page): Promise<boolean> {
  return (await page.getByText('This page is not available in the portal yet').count()) > 0;
}

/** What one navigation asked: the operations sent, and whether the page is a placeholder. */
export interface Asked extends MenuEntry {
  operations: string[];
  placeholder: boolean;
}

/** Opens every menu page and My profile; returns what each navigation asked. */
export async function walkMenus(page: Page, graphql: ReturnType<typeof recordGraphql>, workAccount: string) {
  const asked: Asked[] = [];
  const entries = await menuEntries(page);
  await graphql.settle();
  graphql.take();
  for (const entry of entries) {
    await openMenuPage(page, entry);
    await graphql.settle();
    asked.push({ ...entry, operations: graphql.take(), placeholder: await isPlaceholder(page) });
  }
  await page.getByRole('button', { name: workAccount }).click();
  await page.getByRole('link', { name: 'My profile' }).click();
  await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
  await graphql.settle();
  asked.push({
    menu: null,
    path: '/profile',
    label: 'My profile',
    operations: graphql.take(),
    placeholder: false,
  });
  return { entries, asked };
}

/**
 * Pages that ask more than once per navigation, and why: besides its one page query, such a page asks
 * the operation `perAccount` once for each purchasing account it shows. Every other page asks at most once.
 */
export const MORE_THAN_ONE_REQUEST: Record<string, { perAccount: string; why: string }> = {
  '/inventory/downloads': {
    perAccount: 'ProductKeys',
    why: 'the API reads product keys per purchasing account (productKeys(purchasingAccountId: ID!)), so with "All" chosen at the top right each account\'s table asks its own',
  },
};
