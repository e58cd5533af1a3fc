import { randomUUID } from 'node:crypto';
import { benefits, inventory } from '@bc/contracts';
import { createPartner, gql, ok, PASSWORD, registerCustomer, signIn } from '@bc/system/flows';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually, type ReceivedWebhook, WebhookReceiver } from './support/webhook-receiver.ts';

/**
 * API-3: webhook subscriptions. Several endpoints per organization, each with its event types, only
 * the events the API lets that organization read, Standard Webhooks signatures (verified with the
 * `standardwebhooks` reference library, as a receiver would), secret rotation with a 24-hour overlap,
 * a ping, redelivery, the per-endpoint delivery log, and 3 days of retries before the endpoint is
 * disabled and its owner mailed. Loopback http receivers are allowed outside production.
 */

const ENDPOINT = 'id url description eventTypes enabled disabledReason previousSecretExpiresAt';
const CREATE = `mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT} } } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ${ENDPOINT} } } }`;
const PING = 'mutation($id: ID!) { pingWebhookEndpoint(id: $id) { id eventType status } }';
const REDELIVER = 'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id status } }';
const REDELIVER_SINCE =
  'mutation($id: ID!, $since: DateTime!) { redeliverWebhooksSince(endpointId: $id, since: $since) }';
const DELIVERIES = `query($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT} deliveries(first: 100) { totalCount edges { node {
  id endpointId eventId eventType status attempts lastError nextAttemptAt createdAt sentAt
  attemptLog { attemptedAt statusCode responseTimeMs error } } } } } }`;

type Endpoint = { id: string; url: string; enabled: boolean; disabledReason: string | null };
type Attempt = {
  attemptedAt: string;
  statusCode: number | null;
  responseTimeMs: number;
  error: string | null;
};
type DeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  createdAt: string;
  attemptLog: Attempt[];
};
type System = ReturnType<typeof useSystem>['system'];
type Org = { organizationId: string; admin: { accessToken: string } };

const ctx = useSystem();
const receivers = Array.from({ length: 6 }, () => new WebhookReceiver());
const [permissions, expiries, customerHooks, otherPartnerHooks, failing, legacy] = receivers as [
  WebhookReceiver,
  WebhookReceiver,
  WebhookReceiver,
  WebhookReceiver,
  WebhookReceiver,
  WebhookReceiver,
];
let partner: Org & { domain: string };
let otherPartner: Org;
let customer: Org;

beforeAll(async () => {
  await Promise.all(receivers.map((r) => r.start()));
  partner = await createPartner(ctx.system);
  otherPartner = await createPartner(ctx.system);
  customer = await registerCustomer(ctx.system, { partnerOrganizationId: partner.organizationId });
});
afterAll(() => Promise.all(receivers.map((r) => r.stop())));

async function create(org: Org, url: string, eventTypes: string[], description = '') {
  const data = await ok<{ createWebhookEndpoint: { secret: string; endpoint: Endpoint } }>(
    ctx.system.gatewayUrl,
    CREATE,
    { input: { url, eventTypes, description } },
    org.admin.accessToken,
  );
  return data.createWebhookEndpoint;
}

async function deliveries(org: Org, id: string) {
  const data = await ok<{
    webhookEndpoint: Endpoint & { deliveries: { totalCount: number; edges: { node: DeliveryView }[] } };
  }>(ctx.system.gatewayUrl, DELIVERIES, { id }, org.admin.accessToken);
  return { ...data.webhookEndpoint, list: data.webhookEndpoint.deliveries.edges.map((e) => e.node) };
}

/** Verifies as a receiver does, its clock agreeing with the system's (the library checks the timestamp). */
function verify(secret: string, hook: ReceivedWebhook): unknown {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(ctx.clock.now());
    return new Webhook(secret).verify(hook.body, hook.headers as Record<string, string>);
  } finally {
    vi.useRealTimers();
  }
}

function publish(
  system: System,
  contract: { topic: string; type: string },
  tenant: string,
  key: string,
  payload: unknown,
) {
  const envelope = {
    id: randomUUID(),
    type: contract.type,
    version: 1,
    occurredAt: ctx.clock.now().toISOString(),
    producer: contract.type.split('.')[0],
    tenant,
    key,
    payload,
  };
  return system.benefits.runtime.transport
    .publish([{ topic: contract.topic, key, value: JSON.stringify(envelope) }])
    .then(() => envelope);
}

/** The customer's events that name its partner of record: a benefit decision and an expiry alert. */
async function customerEvents(system: System) {
  const permissionId = randomUUID();
  const permission = await publish(
    system,
    benefits.partnerPermissionChanged,
    customer.organizationId,
    customer.organizationId,
    {
      permissionId,
      partnerOrganizationId: partner.organizationId,
      customerOrganizationId: customer.organizationId,
      customerName: 'Webhook Customer',
      status: 'APPROVED',
    },
  );
  const itemId = randomUUID();
  const expiry = await publish(system, inventory.expiryAlerted, customer.organizationId, itemId, {
    itemId,
    itemKind: 'LICENSE',
    organizationId: customer.organizationId,
    purchasingAccountId: randomUUID(),
    partnerOrganizationId: partner.organizationId,
    name: 'Windows Server Datacenter',
    expiresOn: '2026-05-01',
    threshold: 'DAYS_90',
  });
  return { permission, expiry };
}

const bodyOf = (hook: ReceivedWebhook) => JSON.parse(hook.body) as { id: string; type: string };
const received = (receiver: WebhookReceiver, count: number, what: string) =>
  eventually(ctx.system.settle, async () => receiver.received.length >= count, what);

describe('API-3 webhook subscriptions', () => {
  const secrets: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let events: Awaited<ReturnType<typeof customerEvents>>;

  it('API-3 two endpoints with different event types each get only theirs; the customer gets its own; another partner gets nothing; signatures verify with standardwebhooks', async () => {
    const { system } = ctx;
    const all = [benefits.partnerPermissionChanged.type, inventory.expiryAlerted.type];
    for (const [name, org, receiver, types] of [
      ['permissions', partner, permissions, [benefits.partnerPermissionChanged.type]],
      ['expiries', partner, expiries, [inventory.expiryAlerted.type]],
      ['customer', customer, customerHooks, all],
      ['other', otherPartner, otherPartnerHooks, all],
    ] as const) {
      const created = await create(org, receiver.url, [...types], `${name} hooks`);
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
      expect(created.endpoint).toMatchObject({ url: receiver.url, enabled: true, eventTypes: types });
      secrets[name] = created.secret;
      ids[name] = created.endpoint.id;
    }
    // The secret is shown once: no query returns it.
    const listed = await gql(
      system.gatewayUrl,
      '{ webhookEndpoints { secret } }',
      {},
      partner.admin.accessToken,
    );
    expect(listed.errors?.[0]?.message).toMatch(/secret/);

    events = await customerEvents(system);
    await received(permissions, 1, 'the permission webhook');
    await received(expiries, 1, 'the expiry webhook');
    await received(customerHooks, 2, "the customer's two webhooks");
    await system.settle();

    expect(permissions.received.map((h) => bodyOf(h).id)).toEqual([events.permission.id]);
    expect(expiries.received.map((h) => bodyOf(h).id)).toEqual([events.expiry.id]);
    expect(customerHooks.received.map((h) => bodyOf(h).id).sort()).toEqual(
      [events.permission.id, events.expiry.id].sort(),
    );
    // Another partner's endpoint wants the same types but may not read this customer: nothing.
    expect(otherPartnerHooks.received).toHaveLength(0);
    const other = await deliveries(otherPartner, ids.other!);
    expect(other.list).toHaveLength(0);

    // Each delivery verifies with its endpoint's secret, and only with it.
    expect(verify(secrets.permissions!, permissions.received[0]!)).toMatchObject({
      id: events.permission.id,
    });
    expect(verify(secrets.expiries!, expiries.received[0]!)).toMatchObject({ id: events.expiry.id });
    for (const hook of customerHooks.received) expect(verify(secrets.customer!, hook)).toBeTruthy();
    expect(() => verify(secrets.expiries!, permissions.received[0]!)).toThrow();
    const tampered = {
      ...permissions.received[0]!,
      body: permissions.received[0]!.body.replace('APPROVED', 'DENIED'),
    };
    expect(() => verify(secrets.permissions!, tampered)).toThrow();

    // The delivery log per endpoint: the webhook-id is the delivery's id; one attempt, answered 200.
    const log = await deliveries(partner, ids.permissions!);
    expect(log.list).toHaveLength(1);
    expect(log.list[0]).toMatchObject({
      id: permissions.received[0]!.headers['webhook-id'],
      eventId: events.permission.id,
      status: 'SENT',
      attempts: 1,
      attemptLog: [{ statusCode: 200, error: null }],
    });
    expect(log.list[0]!.attemptLog[0]!.responseTimeMs).toBeGreaterThanOrEqual(0);
    // Another organization cannot read it.
    const foreign = await ok<{ webhookEndpoint: null }>(
      system.gatewayUrl,
      DELIVERIES,
      { id: ids.permissions },
      otherPartner.admin.accessToken,
    );
    expect(foreign.webhookEndpoint).toBeNull();
  });

  it('API-3 bad input: unknown event type, no event type, a URL that is not one are refused naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ url: permissions.url, eventTypes: ['accounts.user.password-reset'] }, 'eventTypes'],
      [{ url: permissions.url, eventTypes: [] }, 'eventTypes'],
      [{ url: 'not a url', eventTypes: [benefits.partnerPermissionChanged.type] }, 'url'],
      [{ url: 'http://10.0.0.1/hook', eventTypes: [benefits.partnerPermissionChanged.type] }, 'url'],
    ];
    for (const [input, field] of cases) {
      const result = await gql(ctx.system.gatewayUrl, CREATE, { input }, partner.admin.accessToken);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('API-3 ping, then rotation: both secrets verify during the 24-hour overlap, only the new one after it', async () => {
    const { system, clock } = ctx;
    const ping = async () => {
      const before = permissions.received.length;
      const sent = await ok<{ pingWebhookEndpoint: { id: string; eventType: string } }>(
        system.gatewayUrl,
        PING,
        { id: ids.permissions },
        partner.admin.accessToken,
      );
      expect(sent.pingWebhookEndpoint.eventType).toBe('webhook.ping');
      await received(permissions, before + 1, 'the ping');
      const hook = permissions.received[before]!;
      expect(hook.headers['webhook-id']).toBe(sent.pingWebhookEndpoint.id);
      expect(bodyOf(hook).type).toBe('webhook.ping');
      return hook;
    };
    const old = secrets.permissions!;
    expect(verify(old, await ping())).toBeTruthy();

    const rotated = await ok<{
      rotateWebhookSecret: { secret: string; endpoint: { previousSecretExpiresAt: string } };
    }>(system.gatewayUrl, ROTATE, { id: ids.permissions }, partner.admin.accessToken);
    const fresh = rotated.rotateWebhookSecret.secret;
    expect(fresh).not.toBe(old);
    expect(
      Date.parse(rotated.rotateWebhookSecret.endpoint.previousSecretExpiresAt) - clock.now().getTime(),
    ).toBe(24 * 3600_000);
    const during = await ping();
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(fresh, during)).toBeTruthy();
    expect(verify(old, during)).toBeTruthy();

    const start = clock.now();
    const session = partner.admin;
    clock.advance(24 * 3600_000 + 1000);
    try {
      // Signed in again: the session's token has expired on the moved clock.
      partner.admin = await signIn(system, `admin@${partner.domain}`, PASSWORD);
      const after = await ping();
      expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
      expect(verify(fresh, after)).toBeTruthy();
      expect(() => verify(old, after)).toThrow();
    } finally {
      clock.set(start);
      partner.admin = session;
    }
  });

  it('API-3 redeliver one delivery (same webhook-id) and all of an endpoint since a time', async () => {
    const { system } = ctx;
    const [delivery] = (await deliveries(partner, ids.expiries!)).list;
    const before = expiries.received.length;
    await ok(system.gatewayUrl, REDELIVER, { id: delivery!.id }, partner.admin.accessToken);
    await received(expiries, before + 1, 'the redelivery');
    const again = expiries.received[before]!;
    expect(again.headers['webhook-id']).toBe(delivery!.id);
    expect(bodyOf(again).id).toBe(events.expiry.id);
    expect(verify(secrets.expiries!, again)).toBeTruthy();

    const customerBefore = customerHooks.received.length;
    const since = new Date(Date.parse(delivery!.createdAt) - 1000).toISOString();
    const count = await ok<{ redeliverWebhooksSince: number }>(
      system.gatewayUrl,
      REDELIVER_SINCE,
      { id: ids.customer, since },
      customer.admin.accessToken,
    );
    expect(count.redeliverWebhooksSince).toBe(2);
    await received(customerHooks, customerBefore + 2, 'the two redeliveries');
    const redelivered = customerHooks.received.slice(customerBefore).map((h) => bodyOf(h).id);
    expect(redelivered.sort()).toEqual([events.permission.id, events.expiry.id].sort());
    // A later time redelivers nothing; another organization's endpoint is not found.
    const none = await ok<{ redeliverWebhooksSince: number }>(
      system.gatewayUrl,
      REDELIVER_SINCE,
      { id: ids.customer, since: new Date(ctx.clock.now().getTime() + 60_000).toISOString() },
      customer.admin.accessToken,
    );
    expect(none.redeliverWebhooksSince).toBe(0);
    const foreign = await gql(
      system.gatewayUrl,
      REDELIVER,
      { id: delivery!.id },
      otherPartner.admin.accessToken,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('API-3 the deprecated webhookUrl is one subscription: listed, signed, rotatable, receiving exactly the old partner notifications', async () => {
    const { system } = ctx;
    const UPDATE =
      'mutation($input: PartnerNotificationsInput!) { updatePartnerNotifications(input: $input) { webhookUrl } }';
    await ok(
      system.gatewayUrl,
      UPDATE,
      { input: { notificationEmail: 'legacy@mail.example', webhookUrl: legacy.url } },
      otherPartner.admin.accessToken,
    );
    const listed = await eventually(
      system.settle,
      async () => {
        const data = await ok<{
          webhookEndpoints: (Endpoint & { description: string; eventTypes: string[] })[];
        }>(system.gatewayUrl, `{ webhookEndpoints { ${ENDPOINT} } }`, {}, otherPartner.admin.accessToken);
        return data.webhookEndpoints.find(
          (e) => e.id === otherPartner.organizationId && e.url === legacy.url,
        );
      },
      'the webhookUrl as a subscription',
    );
    expect(listed).toMatchObject({
      enabled: true,
      description: expect.stringContaining('deprecated webhookUrl'),
      eventTypes: expect.arrayContaining([
        benefits.partnerPermissionChanged.type,
        inventory.expiryAlerted.type,
      ]),
    });
    // Its secret is read by rotating it.
    const rotated = await ok<{ rotateWebhookSecret: { secret: string } }>(
      system.gatewayUrl,
      ROTATE,
      { id: otherPartner.organizationId },
      otherPartner.admin.accessToken,
    );
    // As before: a pending request is not sent to the single URL, the answer is.
    const customerId = randomUUID();
    const decision = (status: string) =>
      publish(system, benefits.partnerPermissionChanged, customerId, customerId, {
        permissionId: randomUUID(),
        partnerOrganizationId: otherPartner.organizationId,
        customerOrganizationId: customerId,
        customerName: 'Legacy Customer',
        status,
      });
    await decision('PENDING');
    const approved = await decision('APPROVED');
    await received(legacy, 1, 'the legacy webhook');
    await system.settle();
    expect(legacy.received.map((h) => bodyOf(h).id)).toEqual([approved.id]);
    expect(verify(rotated.rotateWebhookSecret.secret, legacy.received[0]!)).toMatchObject({
      id: approved.id,
    });
    // The older signature header is still sent beside the Standard Webhooks ones.
    expect(legacy.received[0]!.headers['x-bc-signature']).toMatch(/^[\w-]+\.\.[\w-]+$/);

    // Clearing the URL disables the subscription.
    await ok(
      system.gatewayUrl,
      UPDATE,
      { input: { notificationEmail: 'legacy@mail.example', webhookUrl: null } },
      otherPartner.admin.accessToken,
    );
    await eventually(
      system.settle,
      async () => !(await deliveries(otherPartner, otherPartner.organizationId)).enabled,
      'the subscription disabled',
    );
  });

  it('API-3 an endpoint that keeps failing is retried with growing jittered waits for 3 days, then disabled and its administrators mailed', async () => {
    const { system, clock } = ctx;
    failing.script = Array.from({ length: 500 }, () => 500);
    const endpoint = await create(
      partner,
      failing.url,
      [benefits.partnerPermissionChanged.type],
      'always 500',
    );
    const sent = await ok<{ pingWebhookEndpoint: { id: string } }>(
      system.gatewayUrl,
      PING,
      { id: endpoint.endpoint.id },
      partner.admin.accessToken,
    );
    const deliveryId = sent.pingWebhookEndpoint.id;
    const em = () => system.notifications.runtime.orm.em.fork();
    // Read straight from notifications' database: the tokens would expire on the moved clock.
    const row = async () => {
      const sql = em().getConnection();
      const [delivery] = await sql.execute<{ status: string; next_attempt_at: string | Date }[]>(
        'select status, next_attempt_at from delivery where id = ?',
        [deliveryId],
      );
      const [logged] = await sql.execute<{ n: number | string }[]>(
        'select count(*) as n from webhook_attempt where delivery_id = ?',
        [deliveryId],
      );
      return { ...delivery!, attempts: Number(logged!.n) };
    };
    const start = clock.now();
    let attempts = 0;
    try {
      for (let i = 0; i < 200; i++) {
        const current = await eventually(
          system.settle,
          async () => {
            const r = await row();
            return r.attempts > attempts ? r : null;
          },
          `attempt ${attempts + 1}`,
        );
        attempts = current.attempts;
        if (current.status !== 'PENDING') break;
        clock.set(new Date(current.next_attempt_at));
      }
      expect(failing.received.length).toBe(attempts);
      expect(new Set(failing.received.map((h) => h.headers['webhook-id']))).toEqual(new Set([deliveryId]));
      const last = clock.now();
      // The last attempt is at exactly 3 days after the delivery was created.
      expect(last.getTime() - start.getTime()).toBeGreaterThanOrEqual(3 * 24 * 3600_000 - 1000);
      expect(last.getTime() - start.getTime()).toBeLessThanOrEqual(3 * 24 * 3600_000 + 1000);
      // The owner is told: the partner organization's administrator gets the mail.
      const prefix = partner.domain.split('.')[0];
      const mails = await system.waitForMail(`${prefix}-admin@mail.example`, 1);
      expect(mails.some((m) => m.subject === `Webhook endpoint disabled: ${failing.url}`)).toBe(true);
    } finally {
      clock.set(start);
    }
    // Many attempts, their waits growing (jittered: each within its ceiling of 2 s × 2^(n−1), at most 6 h).
    expect(attempts).toBeGreaterThan(15);
    const view = await deliveries(partner, endpoint.endpoint.id);
    expect(view).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('3 days') });
    const [failed] = view.list;
    expect(failed).toMatchObject({ id: deliveryId, status: 'FAILED', attempts, nextAttemptAt: null });
    const times = failed!.attemptLog.map((a) => Date.parse(a.attemptedAt));
    expect(failed!.attemptLog.every((a) => a.statusCode === 500 && a.error === 'webhook answered 500')).toBe(
      true,
    );
    for (let n = 1; n < times.length; n++)
      expect(times[n]! - times[n - 1]!).toBeLessThanOrEqual(Math.min(2000 * 2 ** (n - 1), 6 * 3600_000));
    // A disabled endpoint takes no ping or redelivery until it is enabled again.
    const refused = await gql(
      system.gatewayUrl,
      PING,
      { id: endpoint.endpoint.id },
      partner.admin.accessToken,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
