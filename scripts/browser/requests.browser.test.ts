import { DEMO_PASSWORD } from '@bc/system/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, signInAs, startPortal } from './support/browser.ts';
import { type Asked, MORE_THAN_ONE_REQUEST, recordGraphql, walkMenus } from './support/requests.ts';

/**
 * Issue 16 "Fast": the portal asks each page's data in one GraphQL request where the API allows it.
 * Every page of the signed-in person's menus is opened as a person opens it; each navigation sends at
 * most one POST to /graphql, except the pages listed in MORE_THAN_ONE_REQUEST (support/requests.ts,
 * with the reason: Get downloads and keys asks product keys per purchasing account), and
 * a page with data sends at least one. The first page of a session also asks the shell's `me` and the
 * Account selector's purchasing accounts, once: later pages use them from the cache.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;

beforeAll(async () => {
  portal = await startPortal();
});

afterAll(async () => {
  await portal?.stop();
});

function expectOnePerPage(asked: Asked[], accounts: number): void {
  for (const { path, label, operations, placeholder } of asked) {
    const what = `${label} (${path}) asked ${operations.join(', ') || 'nothing'}`;
    const perAccount = MORE_THAN_ONE_REQUEST[path]?.perAccount;
    const own = operations.filter((o) => o !== perAccount);
    expect(own.length, what).toBeLessThanOrEqual(1);
    expect(operations.length - own.length, what).toBeLessThanOrEqual(accounts);
    // A placeholder page of a later step shows no data; every other page asks for its own.
    expect(own.length, what).toBe(placeholder ? 0 : 1);
    expect(operations, `${what}: the shell's data comes from the cache`).not.toContain('Shell');
  }
}

describe('one GraphQL request per page (issue 16, Fast)', () => {
  it('WEB-2 WEB-12 the account administrator: the first page asks the shell, the selector and the dashboard; every menu page then asks once', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    const graphql = recordGraphql(page);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('region', { name: 'Inventory' }).getByRole('table').waitFor();
    await graphql.settle();
    const first = graphql.take();
    expect(first.sort()).toEqual(['AccountSelector', 'Dashboard', 'Shell', 'SignIn'].sort());

    const accounts = (await page.getByLabel('Account', { exact: true }).locator('option').count()) - 1;
    const { entries, asked } = await walkMenus(page, graphql, portal.accounts.admin);
    // The customer menus of an account administrator, so the walk covered the pages of issue 15.
    for (const path of ['/inventory', '/inventory/downloads', '/account/agreements', '/account/users'])
      expect(
        entries.map((e) => e.path),
        path,
      ).toContain(path);
    expectOnePerPage(asked, accounts);

    // Back to the dashboard: its data is in the cache, so at most one request again.
    await page.getByRole('link', { name: 'Business Center' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await graphql.settle();
    expect(graphql.take().length).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('WEB-2 WEB-12 the partner: every page of the Partner menu asks at most once', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    const graphql = recordGraphql(page);
    await signInAs(page, portal.accounts.partner, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const { entries, asked } = await walkMenus(page, graphql, portal.accounts.partner);
    expect(entries.length).toBeGreaterThan(0);
    expectOnePerPage(asked, 0);
    await context.close();
  });
});
