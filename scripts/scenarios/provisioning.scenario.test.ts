import { inventory as events, repeatsAWord } from '@bc/contracts';
import { OutboxMessage } from '@bc/platform';
import {
  type AgreementView,
  addUserAndSignIn,
  codeOf,
  createPartner,
  customerWithAgreement,
  gql,
  ok,
  PASSWORD,
  PLACE_ORDER,
  registerCustomer,
  type Session,
  signIn,
} from '@bc/system/flows';
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPayloads } from './support/published.ts';
import { useSystem } from './support/tier.ts';
import { eventually, WebhookReceiver } from './support/webhook-receiver.ts';

const ctx = useSystem();
const receiver = new WebhookReceiver();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let stranger: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
let manager: Session;
const partnerEmail = () => `${partner.domain.split('.')[0]}-admin@mail.example`;

const SET_UP = `mutation($input: SetUpOnlineServiceInput!) { setUpOnlineService(input: $input) { id sku plan quantity status expiresOn manageServicesUrl } }`;

beforeAll(async () => {
  const { system } = ctx;
  await receiver.start();
  partner = await createPartner(system);
  await ok(
    system.gatewayUrl,
    'mutation($input: PartnerNotificationsInput!) { updatePartnerNotifications(input: $input) { webhookUrl } }',
    { input: { notificationEmail: partnerEmail(), webhookUrl: receiver.url } },
    partner.admin.accessToken,
  );
  stranger = await registerCustomer(system);
  ({ customer, agreement } = await customerWithAgreement(system, partner));
  manager = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_MANAGER']);
  // Inventory learns of the purchasing account from the signed-agreement event.
  await eventually(
    system.settle,
    async () => {
      const rows = await system.inventory.runtime.orm.em
        .fork()
        .getConnection()
        .execute<unknown[]>('select 1 from purchasing_account_ref where id = ?', [
          agreement.purchasingAccount.id,
        ]);
      return rows.length > 0;
    },
    'the purchasing account in inventory',
  );
});

afterAll(async () => {
  await receiver.stop();
});

async function setUp(token: string, sku: string, quantity: number) {
  return gql<{ setUpOnlineService: { id: string; status: string; manageServicesUrl: string } }>(
    ctx.system.gatewayUrl,
    SET_UP,
    { input: { purchasingAccountId: agreement.purchasingAccount.id, sku, quantity } },
    token,
  );
}

async function statusOf(subscriptionId: string): Promise<string> {
  const rows = await ctx.system.inventory.runtime.orm.em
    .fork()
    .getConnection()
    .execute<{ status: string }[]>('select status from subscription where id = ?', [subscriptionId]);
  return rows[0]!.status;
}

/** The cancellations of one subscription published so far (OPS-3: read from the topic). */
async function cancelledEvents(subscriptionId: string): Promise<number> {
  return (await publishedPayloads(ctx.system, events.subscriptionCancelled)).filter(
    (p) => p.subscriptionId === subscriptionId,
  ).length;
}

describe('INV-4 self-provisioning', () => {
  it('INV-4 NOT-2 an account manager sets up a service: usable at once; the customer and the partner are told (email and a signed webhook)', async () => {
    const { system } = ctx;
    const before = receiver.received.length;
    const result = await setUp(manager.accessToken, 'M365-E3', 25);
    expect(result.errors).toBeUndefined();
    expect(result.data!.setUpOnlineService).toMatchObject({
      status: 'AWAITING_ORDER',
      manageServicesUrl: expect.stringMatching(/^https:/),
    });

    const ready = await system.waitForMail(customer.adminEmail, 2);
    expect(ready.at(-1)!.subject).toContain('ready to use');
    const due = await system.waitForMail(partnerEmail());
    expect(due.at(-1)!.subject).toMatch(/^Order due: 25 × Microsoft 365/);

    const hook = await eventually(
      system.settle,
      async () => receiver.received[before],
      'the partner webhook',
    );
    const envelope = JSON.parse(hook.body);
    expect(envelope).toMatchObject({
      type: 'inventory.subscription.provisioned',
      payload: { quantity: 25, partnerOrganizationId: partner.organizationId },
    });

    // The partner verifies the detached JWS with the published key (fetched through the gateway).
    const keys = await ok<{ webhookSigningKeys: string }>(system.gatewayUrl, '{ webhookSigningKeys }');
    const jwks = createLocalJWKSet(JSON.parse(keys.webhookSigningKeys) as JSONWebKeySet);
    const [header, , signature] = String(hook.headers['x-bc-signature']).split('.');
    const attached = (body: string) => `${header}.${Buffer.from(body).toString('base64url')}.${signature}`;
    const verified = await compactVerify(attached(hook.body), jwks);
    expect(new TextDecoder().decode(verified.payload)).toBe(hook.body);
    await expect(
      compactVerify(attached(hook.body.replace('"quantity":25', '"quantity":2500')), jwks),
    ).rejects.toThrow();
  });

  it('INV-4 the order deadline with the injected clock: day 29 keeps, day 30 cancels, everyone is told once even when two runs race', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    try {
      const { setUpOnlineService } = (await setUp(manager.accessToken, 'EXCHANGE-P1', 40)).data!;
      const hooksBefore = receiver.received.length;
      clock.advance(29 * 86_400_000 + 86_399_000);
      expect(await system.inventory.jobs.cancelUnorderedServices()).toBe(0);
      expect(await statusOf(setUpOnlineService.id)).toBe('AWAITING_ORDER');
      clock.set(new Date(start.getTime() + 30 * 86_400_000));
      const [a, b] = await Promise.all([
        system.inventory.jobs.cancelUnorderedServices(),
        system.inventory.jobs.cancelUnorderedServices(),
      ]);
      // The first test's service is overdue too: each overdue service is cancelled by exactly one of the runs.
      const overdue = (await publishedPayloads(system, events.subscriptionCancelled)).length;
      expect(a + b).toBe(overdue);
      expect(await statusOf(setUpOnlineService.id)).toBe('CANCELLED');
      expect(await cancelledEvents(setUpOnlineService.id)).toBe(1);
      await system.inventory.jobs.cancelUnorderedServices();
      expect(await cancelledEvents(setUpOnlineService.id)).toBe(1);
      const cancelledMails = await eventually(
        system.settle,
        async () => {
          const mails = (await system.mailTo(partnerEmail())).filter(
            (m) => m.subject.includes('Exchange Online') && m.subject.includes('cancelled'),
          );
          return mails.length > 0 ? mails : null;
        },
        'the cancellation mail to the partner',
      );
      expect(cancelledMails).toHaveLength(1);
      expect(
        (await system.mailTo(customer.adminEmail)).filter(
          (m) => m.subject.includes('Exchange Online') && m.subject.includes('cancelled'),
        ),
      ).toHaveLength(1);
      await eventually(
        system.settle,
        async () =>
          receiver.received
            .slice(hooksBefore)
            .some((h) => h.body.includes('inventory.subscription.cancelled')),
        'the cancellation webhook',
      );
    } finally {
      clock.set(start);
    }
  });

  it('INV-4 AGR-5 an order on day 29 settles the service; nothing is cancelled on day 30', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    try {
      const { setUpOnlineService } = (await setUp(manager.accessToken, 'O365-E3', 15)).data!;
      clock.advanceDays(29);
      const partnerToken = (await signIn(system, partner.admin.user.workAccount, PASSWORD)).accessToken;
      await ok(
        system.gatewayUrl,
        PLACE_ORDER,
        {
          input: {
            purchasingAccountId: agreement.purchasingAccount.id,
            agreementId: agreement.id,
            type: 'ADD_ON',
            purchaseOrderNumber: 'PO-SETTLE',
            lines: [
              {
                kind: 'ONLINE_SERVICE',
                sku: 'O365-E3',
                name: 'Office 365 E3',
                quantity: 15,
                listUnitPrice: { amountMinor: 2_300, currency: 'USD' },
              },
            ],
          },
        },
        partnerToken,
      );
      await eventually(
        system.settle,
        async () => (await statusOf(setUpOnlineService.id)) === 'ACTIVE',
        'the order to settle the service',
      );
      clock.advanceDays(1);
      expect(await system.inventory.jobs.cancelUnorderedServices()).toBe(0);
      expect(await statusOf(setUpOnlineService.id)).toBe('ACTIVE');
    } finally {
      clock.set(start);
    }
  });

  it('INV-4 bad input and roles: coded errors, nothing written, nothing emitted', async () => {
    const { system } = ctx;
    const count = async () =>
      (
        await system.inventory.runtime.orm.em
          .fork()
          .getConnection()
          .execute<{ n: number }[]>('select count(*) as n from subscription')
      )[0]!.n;
    const outbox = async () => system.inventory.runtime.orm.em.fork().count(OutboxMessage, {});
    const [subscriptionsBefore, eventsBefore] = [Number(await count()), await outbox()];
    const cases: [string, number, string, string | undefined][] = [
      ['NO-SUCH-PLAN', 5, 'sku', undefined],
      ['M365-E3', 0, 'quantity', undefined],
      ['M365-E3', -3, 'quantity', undefined],
      ['M365-BP', 301, 'quantity', undefined],
      ['AZURE-PLAN', 1, 'sku', 'NOT_SELF_PROVISIONABLE'],
    ];
    for (const [sku, quantity, field, reason] of cases) {
      const result = await setUp(manager.accessToken, sku, quantity);
      expect(result.errors?.[0]?.extensions, `${sku} ${quantity}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        ...(reason ? { reason } : {}),
      });
    }
    const viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'ACCOUNT_VIEWER',
    ]);
    expect(codeOf(await setUp(viewer.accessToken, 'M365-E3', 1))).toBe('FORBIDDEN');
    expect(codeOf(await setUp(partner.admin.accessToken, 'M365-E3', 1))).toBe('FORBIDDEN');
    expect(codeOf(await setUp(stranger.admin.accessToken, 'M365-E3', 1))).toBe('NOT_FOUND');
    expect(Number(await count())).toBe(subscriptionsBefore);
    expect(await outbox()).toBe(eventsBefore);
  });

  it('INV-4 NOT-2 provisioning mails name the service and plan once: ready, order due and cancelled', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    // Every self-provisionable plan whose name repeats its service's name.
    const plans = [
      ['EXCHANGE-P2', 'Exchange Online (Plan 2)'],
      ['D365-SALES-PRO', 'Dynamics 365 Sales Professional'],
      ['PBI-PPU', 'Power BI Premium Per User'],
    ];
    const mails = async (to: string, name: string, what: string) =>
      eventually(
        system.settle,
        async () => {
          const found = (await system.mailTo(to)).filter((m) => m.subject.includes(name.split(' ').at(-1)!));
          return found.some((m) => m.subject.includes(what)) ? found.map((m) => m.subject) : null;
        },
        `the "${what}" mail for ${name}`,
      );
    try {
      for (const [sku] of plans) expect((await setUp(manager.accessToken, sku!, 3)).errors).toBeUndefined();
      for (const [, name] of plans) {
        expect(await mails(customer.adminEmail, name!, 'ready to use')).toContain(`${name} is ready to use`);
        expect(await mails(partnerEmail(), name!, 'Order due')).toContain(`Order due: 3 × ${name}`);
      }
      clock.set(new Date(start.getTime() + 31 * 86_400_000));
      await system.inventory.jobs.cancelUnorderedServices();
      for (const [, name] of plans) {
        const subjects = await mails(customer.adminEmail, name!, 'cancelled');
        expect(subjects).toContain(`${name} was cancelled`);
        expect(subjects.filter(repeatsAWord)).toEqual([]);
      }
    } finally {
      clock.set(start);
    }
  });
});

/** The contact email `addUserAndSignIn` gives a user (`<userId>@mail.example`). */
const mailOf = (session: Session) => `${session.user.workAccount.split('@')[0]}@mail.example`;
const mailsAbout = async (to: string, words: string[]) =>
  (await ctx.system.mailTo(to)).filter((m) => words.every((w) => m.subject.includes(w)));

const INVENTORY_ITEMS = `query($id: ID, $filter: InventoryFilter) {
  inventory(purchasingAccountId: $id, filter: $filter, first: 100) {
    edges { node { productName totalQuantity versions { editions { sku quantity
      licenses { id }
      subscriptions { id status cancelledAt cancellationReason } } } } }
  }
}`;
interface ItemView {
  id: string;
  status: string;
  cancelledAt: string | null;
  cancellationReason: string | null;
}
interface InventoryItems {
  inventory: {
    edges: {
      node: {
        productName: string;
        totalQuantity: number;
        versions: {
          editions: {
            sku: string;
            quantity: number;
            licenses: { id: string }[];
            subscriptions: ItemView[];
          }[];
        }[];
      };
    }[];
  };
}

async function inventoryItems(token: string, filter?: Record<string, unknown>) {
  const data = await ok<InventoryItems>(
    ctx.system.gatewayUrl,
    INVENTORY_ITEMS,
    { id: agreement.purchasingAccount.id, filter },
    token,
  );
  const editions = data.inventory.edges.flatMap((e) => e.node.versions.flatMap((v) => v.editions));
  return {
    products: data.inventory.edges.map((e) => e.node),
    editions,
    subscriptions: editions.flatMap((e) => e.subscriptions),
    licenses: editions.flatMap((e) => e.licenses),
  };
}

describe('INV-4 cancelled services and the person who set one up', () => {
  it('INV-4 the person who set up a service is emailed when it is ready (an account manager), and an administrator who sets one up gets it once', async () => {
    const { system } = ctx;
    // Other tests of this file set up the same plans: count what arrives from here on.
    await system.settle();
    const managerBefore = (await mailsAbout(mailOf(manager), ['Power BI Pro', 'ready to use'])).length;
    const adminBefore = (await mailsAbout(customer.adminEmail, ['Power BI Pro', 'ready to use'])).length;
    // An account manager, not an administrator: before the fix only administrators were told.
    expect((await setUp(manager.accessToken, 'PBI-PRO', 7)).errors).toBeUndefined();
    const ready = await eventually(
      system.settle,
      async () => {
        const mails = (await mailsAbout(mailOf(manager), ['Power BI Pro', 'ready to use'])).slice(
          managerBefore,
        );
        return mails.length > 0 ? mails : null;
      },
      'the ready mail to the account manager who set it up',
    );
    expect(ready).toHaveLength(1);
    expect(ready[0]!.text).toMatch(/^7 /);
    // The administrators are still told.
    expect(await mailsAbout(customer.adminEmail, ['Power BI Pro', 'ready to use'])).toHaveLength(
      adminBefore + 1,
    );

    // The administrator who sets one up is both requester and administrator: one mail, not two.
    const ownBefore = (await mailsAbout(customer.adminEmail, ['Premium Per User', 'ready to use'])).length;
    expect((await setUp(customer.admin.accessToken, 'PBI-PPU', 3)).errors).toBeUndefined();
    await eventually(
      system.settle,
      async () =>
        (await mailsAbout(customer.adminEmail, ['Premium Per User', 'ready to use'])).length > ownBefore,
      'the ready mail to the administrator who set it up',
    );
    await system.settle();
    expect(await mailsAbout(customer.adminEmail, ['Premium Per User', 'ready to use'])).toHaveLength(
      ownBefore + 1,
    );
  });

  it('INV-4 a service cancelled at the deadline stays in the inventory as CANCELLED with the date and the reason, filterable by status; the person who set it up is told', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    await system.settle();
    const managerBefore = (await mailsAbout(mailOf(manager), ['Sales', 'cancelled'])).length;
    const adminBefore = (await mailsAbout(customer.adminEmail, ['Sales', 'cancelled'])).length;
    try {
      const { setUpOnlineService } = (await setUp(manager.accessToken, 'D365-SALES-PRO', 4)).data!;
      const deadline = new Date(start.getTime() + 30 * 86_400_000);
      clock.set(deadline);
      await system.inventory.jobs.cancelUnorderedServices();
      expect(await statusOf(setUpOnlineService.id)).toBe('CANCELLED');
      // Thirty days on, the earlier access token has expired.
      const reader = (await signIn(system, manager.user.workAccount, PASSWORD)).accessToken;

      // Listed with its status, the date and the reason; it no longer counts in the quantity held.
      const all = await inventoryItems(reader);
      const listed = all.subscriptions.find((s) => s.id === setUpOnlineService.id);
      expect(listed).toEqual({
        id: setUpOnlineService.id,
        status: 'CANCELLED',
        cancelledAt: deadline.toISOString(),
        cancellationReason: 'NO_ORDER',
      });
      const edition = all.editions.find((e) => e.subscriptions.some((s) => s.id === setUpOnlineService.id))!;
      expect(edition.quantity).toBe(0);
      expect(
        all.subscriptions.filter((s) => s.status !== 'CANCELLED').every((s) => s.cancelledAt === null),
      ).toBe(true);

      // Filter by status: each status lists exactly its items.
      const cancelled = await inventoryItems(reader, { status: ['CANCELLED'] });
      expect(cancelled.subscriptions.map((s) => s.id)).toContain(setUpOnlineService.id);
      expect(cancelled.subscriptions.every((s) => s.status === 'CANCELLED')).toBe(true);
      expect(cancelled.licenses).toHaveLength(0);
      const live = await inventoryItems(reader, { status: ['ACTIVE', 'AWAITING_ORDER'] });
      expect(live.subscriptions.map((s) => s.id)).not.toContain(setUpOnlineService.id);
      expect(live.subscriptions.length).toBeGreaterThan(0);
      expect(live.subscriptions.every((s) => s.status !== 'CANCELLED')).toBe(true);
      expect(all.subscriptions).toHaveLength(cancelled.subscriptions.length + live.subscriptions.length);

      // The person who set it up learns of the cancellation, as the administrators do.
      const told = await eventually(
        system.settle,
        async () => {
          const mails = (await mailsAbout(mailOf(manager), ['Sales', 'cancelled'])).slice(managerBefore);
          return mails.length > 0 ? mails : null;
        },
        'the cancellation mail to the account manager who set it up',
      );
      expect(told).toHaveLength(1);
      expect(await mailsAbout(customer.adminEmail, ['Sales', 'cancelled'])).toHaveLength(adminBefore + 1);
    } finally {
      clock.set(start);
    }
  });
});
