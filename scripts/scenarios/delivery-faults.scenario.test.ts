import { randomUUID } from 'node:crypto';
import { accounts } from '@bc/contracts';
import { createPartner, ok, registerCustomer, waitForCustomerLink } from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually, WebhookReceiver } from './support/webhook-receiver.ts';

/** NOT-5 and EVT-2 under faults that need no broker restart: poisoned events and a flaky partner endpoint. */
const ctx = useSystem();
const receiver = new WebhookReceiver();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;

const LOG = `query($f: DeliveryFilter) { deliveryLog(filter: $f, first: 50) { totalCount edges { node {
  channel status attempts lastError subject recipient eventType } } } }`;
type Entry = {
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
  subject: string;
  recipient: string;
  eventType: string;
};

async function log(token: string): Promise<Entry[]> {
  const data = await ok<{ deliveryLog: { edges: { node: Entry }[] } }>(ctx.system.gatewayUrl, LOG, {}, token);
  return data.deliveryLog.edges.map((e) => e.node);
}

beforeAll(async () => {
  const { system } = ctx;
  await receiver.start();
  partner = await createPartner(system);
  customer = await registerCustomer(system, { partnerOrganizationId: partner.organizationId });
  await waitForCustomerLink(system, partner.organizationId, customer.organizationId);
  await ok(
    system.gatewayUrl,
    'mutation($input: PartnerNotificationsInput!) { updatePartnerNotifications(input: $input) { webhookUrl } }',
    {
      input: {
        notificationEmail: `${partner.domain.split('.')[0]}-ops@mail.example`,
        webhookUrl: receiver.url,
      },
    },
    partner.admin.accessToken,
  );
});
afterAll(() => receiver.stop());

describe('NOT-5 dead letters', () => {
  it('NOT-5 EVT-2 a poisoned event goes to the dead-letter topic, shows in the delivery log, and does not block its partition', async () => {
    const { system } = ctx;
    const key = randomUUID();
    const envelope = (payload: unknown) => ({
      id: randomUUID(),
      type: accounts.invitationSent.type,
      version: accounts.invitationSent.version,
      occurredAt: new Date().toISOString(),
      producer: 'accounts',
      tenant: customer.organizationId,
      key,
      payload,
    });
    const poisoned = envelope({ invitationId: key, organizationId: customer.organizationId });
    const after = `after-poison-${key.slice(0, 8)}@mail.example`;
    const valid = envelope({
      invitationId: key,
      organizationId: customer.organizationId,
      organizationName: 'Poison Test',
      recipientEmail: after,
      linkPage: 'https://portal.example/register',
      expiresAt: '2026-04-01T00:00:00.000Z',
      resend: false,
      partnerOrganizationId: null,
    });
    // The same key: the same partition, the poisoned one first.
    await system.accounts.runtime.transport.publish([
      { topic: accounts.invitationSent.topic, key, value: JSON.stringify(poisoned) },
      { topic: accounts.invitationSent.topic, key, value: JSON.stringify(valid) },
    ]);
    expect(await system.waitForMail(after)).toHaveLength(1);
    const dead = await eventually(
      system.settle,
      async () => (await log(customer.admin.accessToken)).find((e) => e.channel === 'EVENT'),
      'the dead letter in the delivery log',
    );
    expect(dead).toMatchObject({
      status: 'FAILED',
      recipient: 'notifications',
      eventType: 'platform.event.dead-lettered',
      subject: expect.stringContaining(`${accounts.invitationSent.topic} (key ${key})`),
      lastError: expect.stringContaining('invalid event'),
    });
    // Only the valid one was mailed, once.
    await system.settle();
    expect(await system.mailTo(after)).toHaveLength(1);
  });
});

describe('NOT-2 NOT-5 a flaky partner endpoint', () => {
  it('NOT-2 NOT-5 500, then a timeout, then success: the webhook is delivered once and the attempts are logged', async () => {
    const { system, clock } = ctx;
    receiver.received.length = 0;
    receiver.script = [500, 'hang', 200];
    const requested = await ok<{ requestBenefitPermission: { id: string } }>(
      system.gatewayUrl,
      'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id } }',
      { c: customer.organizationId },
      partner.admin.accessToken,
    );
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { decideBenefitPermission(id: $id, decision: DENIED) { id } }',
      { id: requested.requestBenefitPermission.id },
      customer.admin.accessToken,
    );
    const webhookOf = async () =>
      (await log(partner.admin.accessToken)).find(
        (e) => e.channel === 'WEBHOOK' && e.eventType === 'benefits.partner-permission.changed',
      );
    const first = await eventually(
      system.settle,
      async () => ((await webhookOf())?.attempts ? webhookOf() : null),
      'attempt 1',
    );
    expect(first).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: expect.stringContaining('500'),
    });
    try {
      // The back-off runs on the injected clock; the attempt's time-out is real (10 s, BC_WEBHOOK_TIMEOUT_MS).
      clock.advance(3_000);
      const second = await eventually(
        system.settle,
        async () => ((await webhookOf())?.attempts === 2 ? webhookOf() : null),
        'attempt 2',
        30_000,
      );
      expect(second).toMatchObject({ status: 'PENDING', lastError: expect.stringMatching(/timeout|abort/i) });
      clock.advance(5_000);
      const third = await eventually(
        system.settle,
        async () => ((await webhookOf())?.status === 'SENT' ? webhookOf() : null),
        'attempt 3',
      );
      expect(third).toMatchObject({ attempts: 3, status: 'SENT' });
    } finally {
      clock.advance(-8_000);
    }
    // Three tries reached the endpoint, the same delivery each time; one was answered with success.
    const hooks = receiver.received.filter((r) => r.body.includes('benefits.partner-permission.changed'));
    expect(hooks).toHaveLength(3);
    expect(new Set(hooks.map((h) => h.headers['x-bc-delivery-id'] ?? h.body)).size).toBe(1);
  });
});
