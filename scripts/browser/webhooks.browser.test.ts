import { DEMO_PASSWORD } from '@bc/system/demo';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventually, WebhookReceiver } from '../scenarios/support/webhook-receiver.ts';
import { checkPage, newPage, signInAs, startPortal } from './support/browser.ts';

/**
 * WEB-10 / API-3 in a real browser: the account administrator adds a webhook endpoint with its event
 * types, copies the secret shown once, sends a test ping that a receiver verifies with the
 * `standardwebhooks` library, reads the endpoint's delivery log, redelivers, rotates the secret and
 * disables the endpoint. Axe-core on each state; screenshots in services/portal/.screenshots/.
 */
let portal: Awaited<ReturnType<typeof startPortal>>;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  portal = await startPortal();
  await receiver.start();
});

afterAll(async () => {
  await receiver.stop();
  await portal?.stop();
});

function verify(secret: string, index: number): unknown {
  const hook = receiver.received[index]!;
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(portal.clock.now());
    return new Webhook(secret).verify(hook.body, hook.headers as Record<string, string>);
  } finally {
    vi.useRealTimers();
  }
}

describe('WEB-10 webhook subscriptions', () => {
  it('WEB-10 API-3 add an endpoint, see its secret once, ping, read the delivery log, redeliver, rotate and disable', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    await signInAs(page, portal.accounts.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Account' }).click();
    await nav.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByText('No webhook endpoints yet.').waitFor();
    await checkPage(page, 'webhooks-empty');

    // A refused URL: the message says why and what was typed stays.
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByLabel('Endpoint URL').fill('http://10.0.0.1/hook');
    await page.getByLabel('Description').fill('Ops receiver');
    await page.getByLabel(/An order was placed/).check();
    await page.getByLabel(/A license or subscription expires soon/).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not public/);
    expect(await page.getByLabel('Description').inputValue()).toBe('Ops receiver');
    await checkPage(page, 'webhooks-add-refused');

    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secretCode = page.getByTestId('webhook-secret');
    await secretCode.waitFor();
    const secret = (await secretCode.textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    const row = page.getByRole('row', { name: new RegExp(receiver.url.replace(/[/.]/g, '\\$&')) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Enabled');
    await checkPage(page, 'webhooks-secret-once');
    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    // Ping: the receiver verifies it with the secret, and the log shows it.
    await page.getByRole('button', { name: `Ping ${receiver.url}` }).click();
    await page.getByText('A test ping was sent.').waitFor();
    await eventually(portal.system.settle, async () => receiver.received.length >= 1, 'the ping');
    expect(verify(secret, 0)).toMatchObject({ type: 'webhook.ping' });
    const log = page.getByRole('table', { name: `Deliveries to ${receiver.url}` });
    await log.getByRole('row', { name: /webhook\.ping/ }).waitFor();
    await page.getByRole('button', { name: 'Redeliver', exact: false }).first().waitFor();
    await eventually(
      portal.system.settle,
      async () => {
        await page.getByRole('button', { name: 'Refresh the log' }).click();
        return (await log.textContent())?.includes('SENT');
      },
      'the ping marked SENT in the log',
    );
    await log.getByText(/1 attempt/).click();
    await log.getByText(/HTTP 200/).waitFor();
    await checkPage(page, 'webhooks-delivery-log');

    // Redeliver: the same webhook-id again.
    await log.getByRole('button', { name: /^Redeliver webhook\.ping/ }).click();
    await page.getByText('The delivery will be sent again.').waitFor();
    await eventually(portal.system.settle, async () => receiver.received.length >= 2, 'the redelivery');
    expect(receiver.received[1]!.headers['webhook-id']).toBe(receiver.received[0]!.headers['webhook-id']);

    // Rotate: a new secret shown once; both verify during the overlap.
    await page.getByRole('button', { name: `Rotate secret of ${receiver.url}` }).click();
    await secretCode.waitFor();
    const rotated = (await secretCode.textContent())!.trim();
    expect(rotated).not.toBe(secret);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: `Ping ${receiver.url}` }).click();
    await eventually(portal.system.settle, async () => receiver.received.length >= 3, 'the second ping');
    expect(verify(rotated, 2)).toBeTruthy();
    expect(verify(secret, 2)).toBeTruthy();

    // Edit: disable it; ping is no longer offered.
    await page.getByRole('button', { name: `Edit ${receiver.url}` }).click();
    await page.getByLabel('Enabled').uncheck();
    await checkPage(page, 'webhooks-edit');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The endpoint was saved.').waitFor();
    expect(await row.textContent()).toContain('Disabled');
    expect(await page.getByRole('button', { name: `Ping ${receiver.url}` }).isDisabled()).toBe(true);
    await checkPage(page, 'webhooks-disabled');

    // Usable from 360 px wide (WEB-12).
    await page.setViewportSize({ width: 360, height: 800 });
    await checkPage(page, 'webhooks-narrow');
    await context.close();
  });

  it('WEB-11 a person without MANAGE_ORGANIZATION is not offered Webhooks, and is told so at its address', async () => {
    const { context, page } = await newPage(portal.browser, portal.origin);
    const viewer = portal.accounts.admin.replace(/^admin@/, 'viewer@');
    await signInAs(page, viewer, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Account' }).click();
    expect(await nav.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    await page.goto('/account/webhooks');
    await page.getByText(/Your role does not include managing webhooks/).waitFor();
    await context.close();
  });
});
