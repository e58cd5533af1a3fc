import { randomUUID } from 'node:crypto';
import { accounts, benefits } from '@bc/contracts';
import { createPartner, gql, INVITE, ok, operatorSession, unique } from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually, WebhookReceiver } from './support/webhook-receiver.ts';

/**
 * NOT-2, NOT-5 (issue 11 §5): webhooks reach only the public internet, and one slow partner delays no
 * one. The first system runs with the production outbound rule (`BC_WEBHOOK_PUBLIC_ONLY=true`); the
 * second with the development rule, where loopback http receivers are allowed.
 */

const UPDATE_NOTIFICATIONS =
  'mutation($input: PartnerNotificationsInput!) { updatePartnerNotifications(input: $input) { webhookUrl } }';
const LOG = `query { deliveryLog(first: 100) { edges { node {
  channel status attempts lastError recipient eventType } } } }`;
type Entry = {
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
  recipient: string;
  eventType: string;
};
type System = ReturnType<typeof useSystem>['system'];
type Partner = Awaited<ReturnType<typeof createPartner>>;

async function log(system: System, token: string): Promise<Entry[]> {
  const data = await ok<{ deliveryLog: { edges: { node: Entry }[] } }>(system.gatewayUrl, LOG, {}, token);
  return data.deliveryLog.edges.map((e) => e.node);
}

/** The partner's first webhook delivery that was attempted, once there is one. */
function webhookAttempt(system: System, partner: Partner): Promise<Entry> {
  return eventually(
    system.settle,
    async () =>
      (await log(system, partner.admin.accessToken)).find((e) => e.channel === 'WEBHOOK' && e.attempts > 0),
    'the webhook attempt',
  );
}

function envelope(type: string, producer: string, tenant: string, key: string, payload: unknown) {
  return JSON.stringify({
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer,
    tenant,
    key,
    payload,
  });
}

/** A benefit decision for the partner: the event that mails the partner and calls its webhook. */
async function partnerEvent(system: System, partner: Partner): Promise<void> {
  const customer = randomUUID();
  const permissionId = randomUUID();
  await system.benefits.runtime.transport.publish([
    {
      topic: benefits.partnerPermissionChanged.topic,
      key: permissionId,
      value: envelope(benefits.partnerPermissionChanged.type, 'benefits', customer, permissionId, {
        permissionId,
        partnerOrganizationId: partner.organizationId,
        customerOrganizationId: customer,
        customerName: 'Outbound Test Customer',
        status: 'APPROVED',
      }),
    },
  ]);
}

/** Waits until notifications knows the partner's webhook URL (it learns it from accounts' events). */
async function webhookKnown(system: System, partner: Partner, url: string): Promise<void> {
  await eventually(
    system.settle,
    async () => {
      const rows = await system.notifications.runtime.orm.em
        .fork()
        .getConnection()
        .execute<{ webhook_url: string | null }[]>(
          'select webhook_url from partner_contact where organization_id = ?',
          [partner.organizationId],
        );
      return rows[0]?.webhook_url === url;
    },
    'the partner contact with its webhook URL',
  );
}

describe('NOT-2 the production outbound rule (BC_WEBHOOK_PUBLIC_ONLY=true)', () => {
  const ctx = useSystem({ env: { BC_WEBHOOK_PUBLIC_ONLY: 'true' } });
  const receiver = new WebhookReceiver();
  let partner: Partner;

  beforeAll(async () => {
    await receiver.start();
    partner = await createPartner(ctx.system);
  });
  afterAll(() => receiver.stop());

  it('NOT-2 a webhook URL that is not https or reaches a non-public address is refused when saved, in every spelling', async () => {
    const { system } = ctx;
    const refused: [string, RegExp][] = [
      ['http://hooks.partner.example/bc', /https/],
      ['ftp://hooks.partner.example/bc', /https/],
      ['https://127.0.0.1/bc', /not public/],
      ['https://localhost/bc', /not public/], // a name that resolves to 127.0.0.1
      ['https://2130706433/bc', /not public/], // decimal 127.0.0.1
      ['https://0177.0.0.1/bc', /not public/], // octal
      ['https://0x7f.0.0.1/bc', /not public/], // hex
      ['https://0x7f000001/bc', /not public/],
      ['https://127.1/bc', /not public/],
      ['https://[::1]/bc', /not public/],
      ['https://[::ffff:127.0.0.1]/bc', /not public/], // IPv4-mapped IPv6
      ['https://[::ffff:a9fe:a9fe]/bc', /not public/], // mapped metadata address
      ['https://169.254.169.254/latest/meta-data/', /not public/], // cloud metadata
      ['https://[fd00:ec2::254]/bc', /not public/], // AWS IPv6 metadata (unique-local)
      ['https://10.1.2.3/bc', /not public/],
      ['https://172.16.0.1/bc', /not public/],
      ['https://192.168.0.1/bc', /not public/],
      ['https://100.64.0.1/bc', /not public/], // CGNAT
      ['https://[fe80::1]/bc', /not public/], // link-local
      ['https://[fc00::1]/bc', /not public/], // unique-local
      ['https://0.0.0.0/bc', /not public/], // unspecified
      ['https://[::]/bc', /not public/],
      ['https://224.0.0.1/bc', /not public/], // multicast
      ['https://[ff02::1]/bc', /not public/],
    ];
    const accepted: string[] = [];
    for (const [url, message] of refused) {
      const result = await gql(
        system.gatewayUrl,
        UPDATE_NOTIFICATIONS,
        { input: { notificationEmail: 'ops@mail.example', webhookUrl: url } },
        partner.admin.accessToken,
      );
      const error = result.errors?.[0];
      if (!error) {
        accepted.push(url);
        continue;
      }
      expect(error.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'webhookUrl' });
      expect(error.message, url).toMatch(message);
    }
    expect(accepted).toEqual([]);
  });

  it('NOT-2 NOT-5 a loopback URL saved before the rule is refused at delivery: no request, and the log shows no internal status', async () => {
    const { system } = ctx;
    receiver.script = [418];
    // As if saved before the rule (or DNS changed since): accounts' event carries the loopback URL.
    await system.accounts.runtime.transport.publish([
      {
        topic: accounts.partnerChanged.topic,
        key: partner.organizationId,
        value: envelope(
          accounts.partnerChanged.type,
          'accounts',
          partner.organizationId,
          partner.organizationId,
          {
            organizationId: partner.organizationId,
            name: 'Outbound Partner',
            notificationEmail: 'ops@mail.example',
            webhookUrl: receiver.url,
          },
        ),
      },
    ]);
    await webhookKnown(system, partner, receiver.url);
    await partnerEvent(system, partner);
    const hook = await webhookAttempt(system, partner);
    expect(hook).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'refused: address not public' });
    expect(receiver.received).toHaveLength(0);
  });
});

describe('NOT-2 NOT-5 development rule: loopback receivers, redirects and a hanging endpoint', () => {
  const ctx = useSystem();
  const hanging = new WebhookReceiver();
  const redirecting = new WebhookReceiver();
  const target = new WebhookReceiver();

  beforeAll(async () => {
    await Promise.all([hanging.start(), redirecting.start(), target.start()]);
  });
  afterAll(async () => {
    await Promise.all([hanging.stop(), redirecting.stop(), target.stop()]);
  });

  it('NOT-2 a redirect is not followed', async () => {
    const { system } = ctx;
    const partner = await createPartner(system);
    redirecting.script = [{ status: 307, location: target.url }];
    await ok(
      system.gatewayUrl,
      UPDATE_NOTIFICATIONS,
      { input: { notificationEmail: 'ops@mail.example', webhookUrl: redirecting.url } },
      partner.admin.accessToken,
    );
    await webhookKnown(system, partner, redirecting.url);
    await partnerEvent(system, partner);
    const hook = await webhookAttempt(system, partner);
    expect(hook).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'webhook answered 307' });
    expect(redirecting.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
  });

  it("NOT-2 NOT-5 a partner endpoint that never answers leaves another organization's mail latency unchanged", async () => {
    const { system } = ctx;
    const operator = await operatorSession(system);
    const partner = await createPartner(system);
    hanging.script = Array.from({ length: 100 }, () => 'hang' as const);
    const partnerMail = `${unique('hang-ops')}@mail.example`;
    await ok(
      system.gatewayUrl,
      UPDATE_NOTIFICATIONS,
      { input: { notificationEmail: partnerMail, webhookUrl: hanging.url } },
      partner.admin.accessToken,
    );
    await webhookKnown(system, partner, hanging.url);

    /** Another organization's mail: invite a customer; time from the call to the mail's arrival. */
    const mailLatency = async (): Promise<number> => {
      const email = `${unique('lat')}@mail.example`;
      const started = performance.now();
      await ok(
        system.gatewayUrl,
        INVITE,
        { input: { organizationName: `${unique('Lat')} Ltd`, administratorEmail: email } },
        operator.accessToken,
      );
      // No settle(): only the system's own background work may deliver it.
      while ((await system.mailTo(email)).length === 0) {
        if (performance.now() - started > 30_000) throw new Error(`no mail to ${email} within 30 s`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return performance.now() - started;
    };

    const baseline = [await mailLatency(), await mailLatency(), await mailLatency()];
    for (let i = 0; i < 8; i++) await partnerEvent(system, partner);
    // The endpoint holds its requests open.
    const deadline = Date.now() + 20_000;
    while (hanging.received.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(hanging.received.length).toBeGreaterThan(0);
    // The partner's own 8 mails go out (they queue with everyone's mail, fairly); its webhooks hang.
    while ((await system.mailTo(partnerMail)).length < 8 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(await system.mailTo(partnerMail)).toHaveLength(8);
    const during = [await mailLatency(), await mailLatency(), await mailLatency()];
    console.log(
      `[outbound] mail latency ms: baseline ${baseline.map(Math.round).join(', ')}; while an endpoint hangs ${during.map(Math.round).join(', ')}; requests open at the hanging endpoint ${hanging.received.length}`,
    );
    expect(Math.max(...during)).toBeLessThan(Math.max(...baseline) + 1000);
    // Per-endpoint concurrency: 8 deliveries due, at most 2 requests open at once at that endpoint.
    expect(hanging.received.length).toBeLessThanOrEqual(2);
  });
});
