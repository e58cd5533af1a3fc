import { DEMO_PASSWORD, demo } from '@bc/system/demo';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, screenshot, startPortal } from './support/browser.ts';

/**
 * WEB-12, issue 16 "keyboard-only walk of one complete task": sign in, open Manage users, add a user
 * with roles and see it listed, with Tab / Shift+Tab / Enter / Space only (and typing into fields).
 * Every control reached shows a focus ring a person can see: `:focus-visible` matches and the ring
 * (outline or its halo) contrasts at least 3:1 with what is behind it (WCAG 2.2 1.4.11).
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

interface Focused {
  name: string;
  tag: string;
  focusVisible: boolean;
  outlineWidth: number;
  colours: string[];
  background: string;
}

/** What has the focus now: its name as a person reads it, and how its focus ring looks. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { name: '', tag: 'body', focusVisible: false, outlineWidth: 0, colours: [], background: '' };
    const input = el as HTMLInputElement;
    const name = (input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const style = getComputedStyle(el);
    const colours = [style.outlineStyle === 'none' ? '' : style.outlineColor];
    for (const m of style.boxShadow.matchAll(/rgba?\([^)]*\)/g)) colours.push(m[0]);
    // The nearest opaque background behind the control: what the ring has to stand out from.
    let background = 'rgb(255, 255, 255)';
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
        background = bg;
        break;
      }
    }
    return {
      name,
      tag: el.tagName.toLowerCase(),
      focusVisible: el.matches(':focus-visible'),
      outlineWidth: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
      colours: colours.filter(Boolean),
      background,
    };
  });
}

function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every control the walk passes: its focus ring is there and visible against its background. */
function expectVisibleFocus(f: Focused): void {
  expect(f.focusVisible, `${f.tag} "${f.name}" matches :focus-visible`).toBe(true);
  expect(f.outlineWidth, `${f.tag} "${f.name}" has a focus outline`).toBeGreaterThanOrEqual(2);
  const best = Math.max(...f.colours.map((c) => contrast(c, f.background)));
  expect(best, `${f.tag} "${f.name}" focus ring contrast on ${f.background}`).toBeGreaterThanOrEqual(3);
}

const seen = new Set<string>();

/** Presses Tab (or Shift+Tab) until the control named `name` has the focus, checking each one passed. */
async function tabTo(page: Page, name: string | RegExp, { back = false, max = 40 } = {}): Promise<void> {
  const passed: string[] = [];
  for (let n = 0; n < max; n += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    expectVisibleFocus(f);
    seen.add(`${f.tag} ${f.name}`);
    passed.push(f.name);
    if (typeof name === 'string' ? f.name === name : name.test(f.name)) return;
  }
  throw new Error(
    `"${name}" was not reached with ${back ? 'Shift+Tab' : 'Tab'}; passed: ${passed.join(' | ')}`,
  );
}

describe('keyboard only (WEB-12)', () => {
  it('WEB-8 WEB-12 sign in, open Manage users, add a user with roles and see it listed, by keyboard alone, focus visible on every control', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await tabTo(page, 'Work account');
    await page.keyboard.type(portal.accounts.admin);
    await tabTo(page, 'Password');
    await page.keyboard.type(DEMO_PASSWORD);
    await tabTo(page, 'Sign in');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Inventory' }).getByRole('table').waitFor();

    // The skip link is the first stop of the page and takes the focus to the content.
    await tabTo(page, 'Skip to main content', { back: true });
    expect(await page.getByRole('link', { name: 'Skip to main content' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Account → Manage users, from the content back up through the menus.
    await tabTo(page, 'Account', { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, 'Manage users');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Manage users', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: 'Users' })
      .getByRole('row', { name: /viewer@/ })
      .waitFor();

    await tabTo(page, 'Add user');
    await page.keyboard.press('Space');
    const form = page.getByRole('region', { name: 'Add user' });
    await form.waitFor();
    const userId = `kb${Date.now().toString(36)}`;
    await tabTo(page, 'User ID');
    await page.keyboard.type(userId);
    await tabTo(page, 'Password recipient email');
    await page.keyboard.type(`${userId}@contoso.example`);
    await tabTo(page, 'First name');
    await page.keyboard.type('Kim');
    await tabTo(page, 'Last name');
    await page.keyboard.type('Keys');
    await tabTo(page, 'Account viewer');
    await page.keyboard.press('Space');
    await tabTo(page, 'Report viewer');
    await page.keyboard.press('Space');
    expect(await form.getByRole('checkbox', { name: 'Account viewer' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'Report viewer' }).isChecked()).toBe(true);
    await tabTo(page, 'Submit');
    await screenshot(page, 'keyboard-focus-submit');
    await page.keyboard.press('Enter');

    await page
      .getByRole('status')
      .filter({ hasText: `${userId}@${domain}` })
      .waitFor();
    await page
      .getByRole('table', { name: 'Users' })
      .getByRole('row', { name: new RegExp(userId) })
      .waitFor();
    await checkPage(page, 'keyboard-user-added');
    // The walk passed real controls, not one element over and over.
    expect(seen.size).toBeGreaterThan(8);
    await context.close();
  });

  it('WEB-2 WEB-12 at 360 px wide the dashboard fits and the menus open from the keyboard', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin, { width: 360, height: 740 });
    await page.goto('/sign-in');
    await page.getByLabel('Work account').fill(portal.accounts.admin);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Inventory' }).getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkPage(page, 'dashboard-360px-keyboard');

    await tabTo(page, 'Inventory', { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, 'Manage my inventory');
    await screenshot(page, 'menu-360px-keyboard');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Licenses, Services and Benefits', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
