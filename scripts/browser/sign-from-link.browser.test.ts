import { DEMO_PASSWORD } from '@bc/system/demo';
import { DRAFT, draftInput, ok, SEND, signIn } from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, newPage, startPortal } from './support/browser.ts';

/**
 * AGR-2 in a real browser: the signer of a NEW customer (no work account yet) opens the emailed
 * review-and-sign link, signs, and the welcome invitation follows; the link then stops working.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;

beforeAll(async () => {
  portal = await startPortal();
});

afterAll(async () => {
  await portal?.stop();
});

describe('AGR-2 signing from the emailed link', () => {
  it('WEB-10 AGR-2 ACC-2 a new customer signs electronically from the link; the administrator is invited; the link then dies', async () => {
    const partner = await signIn(portal.system, portal.accounts.partner, DEMO_PASSWORD);
    const adminEmail = 'admin@northwind-link.example';
    const input = draftInput({
      newCustomer: { organizationName: 'Northwind Link Traders', domainAdministratorEmail: adminEmail },
      signer: { name: 'Nina North', email: 'nina@northwind-link.example' },
    });
    const draft = await ok<{ draftSalesPackage: { id: string; number: string } }>(
      portal.system.gatewayUrl,
      DRAFT,
      { input },
      partner.accessToken,
    );
    await ok(portal.system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, partner.accessToken);
    const [ready] = await portal.system.waitForMail('nina@northwind-link.example');
    const link = /Review and sign it here: (\S+)/.exec(ready!.text)?.[1];
    expect(link).toMatch(/\/agreements\/sign\?token=/);
    const local = new URL(new URL(link!).pathname + new URL(link!).search, portal.origin).href;

    const { context, page } = await newPage(portal.browser, portal.origin);
    await page.goto(local);
    await page.getByRole('heading', { name: 'Review and sign', level: 1 }).waitFor();
    expect(await page.getByText(draft.draftSalesPackage.number).count()).toBeGreaterThan(0);
    expect(await page.getByText('Office 365 E3').count()).toBe(1);
    expect(await page.getByLabel('Your name').inputValue()).toBe('Nina North');
    await checkPage(page, 'sign-from-link');
    // A refusal keeps what was typed.
    await page.getByRole('button', { name: 'Sign' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Nina North');
    await page.getByLabel('Your title').fill('CEO');
    await page.getByRole('button', { name: 'Sign' }).click();
    await page.getByRole('status').filter({ hasText: 'You signed agreement' }).waitFor();

    const [welcome] = await portal.system.waitForMail(adminEmail);
    expect(welcome!.text).toMatch(/Get started now: \S+\/register\?token=/);
    await page.goto(local);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not valid|already used/);
    await context.close();
  });
});
