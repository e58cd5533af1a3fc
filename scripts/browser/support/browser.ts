import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { ManualClock } from '@bc/platform';
import { seedDemo } from '@bc/system/demo';
import { PORTAL_DIST } from '@bc/system/portal-files';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startSystem } from '../../harness/system.ts';

/** Debian's Chromium (scripts/setup.sh installs it); `BC_CHROMIUM` points elsewhere. */
export const CHROMIUM = process.env.BC_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../../../services/portal/.screenshots/', import.meta.url));

/**
 * The embedded system (fast tier parts, a manual clock at the real date, since the demo's expiring
 * licenses are dated from today) with the demo data and the built portal at the gateway's origin,
 * and one headless Chromium.
 */
export async function startPortal() {
  const clock = new ManualClock(new Date());
  const system = await startSystem({ tier: 'fast', clock, portal: PORTAL_DIST });
  const { accounts } = await seedDemo(system);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    system,
    clock,
    accounts,
    browser,
    origin: system.gatewayUrl.replace(/\/graphql$/, ''),
    async stop() {
      await browser.close();
      await system.stop();
    },
  };
}

/** A fresh browser profile (no cookies, no storage) and its first tab. */
export async function newPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, viewport, locale: 'en-US' });
  return { context, page: await context.newPage() };
}

/** WEB-12: axe-core finds no serious or critical violation (WCAG 2.2 AA rules) on the page as it is now. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${name}: axe-core violations`).toEqual([]);
  expect(results.passes.length, `${name}: axe-core ran its rules`).toBeGreaterThan(10);
}

/** A full-page screenshot into services/portal/.screenshots/ (git-ignored) to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Checks and records one page: accessible, and screenshotted. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, name);
}

export async function signInAs(page: Page, workAccount: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Work account').fill(workAccount);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
