import { inventory as events, repeatsAWord } from '@bc/contracts';
import {
  type AgreementView,
  createPartner,
  customerWithAgreement,
  ok,
  PASSWORD,
  PLACE_ORDER,
  type registerCustomer,
  signedAgreement,
  signIn,
} from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPayloads } from './support/published.ts';
import { useSystem } from './support/tier.ts';
import { eventually, WebhookReceiver } from './support/webhook-receiver.ts';

const ctx = useSystem();
const receiver = new WebhookReceiver();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
const partnerEmail = () => `${partner.domain.split('.')[0]}-alerts@mail.example`;

interface Alert {
  itemId: string;
  threshold: string;
  expiresOn: string;
  name: string;
}

/** The alert events inventory published so far (OPS-3: read from the topic), in the order they occurred. */
async function alerts(): Promise<Alert[]> {
  return publishedPayloads(ctx.system, events.expiryAlerted);
}

async function order(type: string, ag: AgreementView, sku: string, quantity: number, kind = 'PRODUCT') {
  const token = (await signIn(ctx.system, partner.admin.user.workAccount, PASSWORD)).accessToken;
  await ok(
    ctx.system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: ag.purchasingAccount.id,
        agreementId: ag.id,
        type,
        purchaseOrderNumber: `PO-${type}`,
        lines: [
          {
            kind,
            sku,
            name: sku,
            quantity,
            listUnitPrice: { amountMinor: 100_000, currency: 'USD' },
          },
        ],
      },
    },
    token,
  );
}

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
  // Ends 2026-04-30, 59 days after the clock's 2026-03-02.
  ({ customer, agreement } = await customerWithAgreement(system, partner, {
    startDate: '2025-05-01',
    termMonths: 12,
  }));
  await order('NEW', agreement, 'SQL-ENT', 2);
  await eventually(
    system.settle,
    async () => {
      const rows = await system.inventory.runtime.orm.em
        .fork()
        .getConnection()
        .execute<unknown[]>("select 1 from license where purchasing_account_id = ? and sku = 'SQL-ENT'", [
          agreement.purchasingAccount.id,
        ]);
      return rows.length > 0;
    },
    'the license in inventory',
  );
});

afterAll(async () => {
  await receiver.stop();
});

describe('INV-7 expiry alerts', () => {
  it('INV-7 NOT-3 order → license → 90-day alert by email to administrators and the partner, and by webhook; never twice', async () => {
    const { system } = ctx;
    const hooksBefore = receiver.received.length;
    expect(await system.inventory.jobs.sendExpiryAlerts()).toBe(1);
    expect(await system.inventory.jobs.sendExpiryAlerts()).toBe(0);
    const sent = (await alerts()).filter((a) => a.name.startsWith('SQL Server'));
    expect(sent.map((a) => [a.threshold, a.expiresOn])).toEqual([['DAYS_90', '2026-04-30']]);
    const adminMail = await eventually(
      system.settle,
      async () =>
        (await system.mailTo(customer.adminEmail)).find((m) => m.subject.includes('within 90 days')),
      "the administrators' alert",
    );
    expect(adminMail.text).toContain('2026-04-30');
    await eventually(
      system.settle,
      async () => (await system.mailTo(partnerEmail())).find((m) => m.subject.includes('within 90 days')),
      "the partner's alert",
    );
    const hook = await eventually(
      system.settle,
      async () =>
        receiver.received.slice(hooksBefore).find((h) => h.body.includes('inventory.expiry.alerted')),
      'the alert webhook',
    );
    expect(JSON.parse(hook.body).payload).toMatchObject({
      threshold: 'DAYS_90',
      partnerOrganizationId: partner.organizationId,
    });
  });

  it('INV-7 30 days and expiry alert once each; a renewal alerts again at the new dates', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    try {
      clock.set('2026-03-31T12:00:00.000Z'); // 30 days left
      expect(await system.inventory.jobs.sendExpiryAlerts()).toBe(1);
      clock.set('2026-05-01T00:00:00.000Z'); // expired
      expect(await system.inventory.jobs.sendExpiryAlerts()).toBe(1);
      expect(await system.inventory.jobs.sendExpiryAlerts()).toBe(0);
      const sql = (await alerts()).filter((a) => a.name.startsWith('SQL Server'));
      expect(sql.map((a) => a.threshold)).toEqual(['DAYS_90', 'DAYS_30', 'EXPIRED']);

      // Renewed under an agreement that ends 2026-07-31: within 90 days again, so DAYS_90 for the new date.
      clock.set(start);
      // The partner renews the purchasing account under a new agreement of that account.
      const sameAccount = await signedAgreement(
        system,
        (await signIn(system, partner.admin.user.workAccount, PASSWORD)).accessToken,
        customer.organizationId,
        (await signIn(system, customer.admin.user.workAccount, PASSWORD)).accessToken,
        {
          startDate: '2025-08-01',
          termMonths: 12,
          newPurchasingAccount: undefined,
          purchasingAccountId: agreement.purchasingAccount.id,
        },
      );
      clock.set('2026-05-10T00:00:00.000Z');
      await order('RENEWAL', sameAccount, 'SQL-ENT', 2);
      await eventually(
        system.settle,
        async () => {
          const rows = await system.inventory.runtime.orm.em
            .fork()
            .getConnection()
            .execute<{ expires_on: string }[]>(
              "select expires_on from license where purchasing_account_id = ? and sku = 'SQL-ENT'",
              [agreement.purchasingAccount.id],
            );
          return rows.every((r: { expires_on: string }) => r.expires_on === '2026-07-31');
        },
        'the renewal to move the expiry date',
      );
      expect(await system.inventory.jobs.sendExpiryAlerts()).toBe(1);
      const after = (await alerts()).filter((a) => a.name.startsWith('SQL Server'));
      expect(after.at(-1)).toMatchObject({ threshold: 'DAYS_90', expiresOn: '2026-07-31' });
    } finally {
      clock.set(start);
    }
  });

  it('INV-7 nothing is alerted for cancelled items', async () => {
    const { system } = ctx;
    const em = system.inventory.runtime.orm.em.fork();
    await em
      .getConnection()
      .execute("update subscription set status = 'CANCELLED' where purchasing_account_id = ?", [
        agreement.purchasingAccount.id,
      ]);
    await em
      .getConnection()
      .execute(
        "insert into subscription (id, organization_id, purchasing_account_id, sku, product_id, service_name, plan, quantity, status, expires_on, created_at) values (?, ?, ?, 'M365-E3', 'microsoft-365', 'Microsoft 365', 'E3', 5, 'CANCELLED', '2026-03-20', ?)",
        [crypto.randomUUID(), customer.organizationId, agreement.purchasingAccount.id, new Date()],
      );
    const before = (await alerts()).length;
    await system.inventory.jobs.sendExpiryAlerts();
    expect((await alerts()).filter((a) => a.name.startsWith('Microsoft 365'))).toHaveLength(0);
    expect((await alerts()).length).toBe(before);
  });

  it('INV-7 NOT-3 INV-3 alert mails name the item once; on its expiry day D it "expires today" (CRITICAL), from D+1 it has expired', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    const name = 'Exchange Online (Plan 1)';
    const status = async () => {
      const token = (await signIn(system, customer.admin.user.workAccount, PASSWORD)).accessToken;
      const data = await ok<{
        inventory: {
          edges: { node: { versions: { editions: { sku: string; expiryStatus: string }[] }[] } }[];
        };
      }>(
        system.gatewayUrl,
        'query($pa: ID) { inventory(purchasingAccountId: $pa, first: 50) { edges { node { versions { editions { sku expiryStatus } } } } } }',
        { pa: agreement.purchasingAccount.id },
        token,
      );
      return data.inventory.edges
        .flatMap((e) => e.node.versions.flatMap((v) => v.editions))
        .find((e) => e.sku === 'EXCHANGE-P1')?.expiryStatus;
    };
    const subjects = async (to: string, count: number) =>
      eventually(
        system.settle,
        async () => {
          const found = (await system.mailTo(to)).filter((m) => m.subject.includes('(Plan 1)'));
          return found.length >= count ? found : null;
        },
        `${count} alert mails for ${name} to ${to}`,
      );
    try {
      // The subscription ends with the agreement, on D = 2026-04-30.
      await order('ADD_ON', agreement, 'EXCHANGE-P1', 10, 'ONLINE_SERVICE');
      await eventually(system.settle, async () => (await status()) ?? null, 'the subscription in inventory');
      await system.inventory.jobs.sendExpiryAlerts();
      clock.set('2026-04-29T12:00:00.000Z'); // D-1
      expect(await status()).toBe('CRITICAL');
      await system.inventory.jobs.sendExpiryAlerts();
      clock.set('2026-04-30T23:59:00.000Z'); // D: still valid, the last day
      expect(await status()).toBe('CRITICAL');
      clock.set('2026-05-01T00:00:00.000Z'); // D+1
      expect(await status()).toBe('EXPIRED');
      await system.inventory.jobs.sendExpiryAlerts();
      const items = (await alerts()).filter(
        (a) => a.expiresOn === '2026-04-30' && a.name.includes('Exchange'),
      );
      expect(items.map((a) => [a.name, a.threshold])).toEqual([
        [name, 'DAYS_90'],
        [name, 'DAYS_30'],
        [name, 'EXPIRED'],
      ]);
      for (const to of [customer.adminEmail, partnerEmail()]) {
        const mails = await subjects(to, 3);
        expect(mails.map((m) => m.subject).sort()).toEqual([
          `${name} expires tomorrow`,
          `${name} expires within 90 days`,
          `${name} has expired`,
        ]);
        expect(mails.filter((m) => repeatsAWord(m.subject))).toEqual([]);
        expect(mails.find((m) => m.subject.endsWith('has expired'))!.text).toContain(
          'valid through 2026-04-30',
        );
      }
    } finally {
      clock.set(start);
    }
  });

  it('NOT-3 INV-7 INV-3 the alert raised on the expiry day D says "expires today", never "in 0 days"', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    try {
      // A license first alerted on its expiry day: the 90-day and 30-day alerts go out together.
      await order('ADD_ON', agreement, 'SQL-STD', 3);
      await eventually(
        system.settle,
        async () =>
          (
            await system.inventory.runtime.orm.em
              .fork()
              .getConnection()
              .execute<unknown[]>(
                "select 1 from license where sku = 'SQL-STD' and purchasing_account_id = ?",
                [agreement.purchasingAccount.id],
              )
          ).length > 0,
        'the license in inventory',
      );
      clock.set('2026-04-30T06:00:00.000Z'); // D
      await system.inventory.jobs.sendExpiryAlerts();
      const mails = await eventually(
        system.settle,
        async () => {
          const found = (await system.mailTo(customer.adminEmail)).filter((m) =>
            m.subject.startsWith('SQL Server 2022 Standard'),
          );
          return found.length >= 2 ? found : null;
        },
        'the expiry-day alerts',
      );
      // Both the 90-day and the 30-day alert count the days left on the day they are raised.
      expect(mails.map((m) => m.subject)).toEqual([
        'SQL Server 2022 Standard expires today',
        'SQL Server 2022 Standard expires today',
      ]);
      const today = mails[0]!;
      expect(today.text).toContain('expires today (2026-04-30)');
      expect(today.text).toContain('valid through 2026-04-30 (UTC) and expired from 2026-05-01');
      expect(today.text).not.toMatch(/\b0 days\b/);
    } finally {
      clock.set(start);
    }
  });
});
