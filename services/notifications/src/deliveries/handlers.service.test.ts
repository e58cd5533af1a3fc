import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { accounts, agreements, deadLettered } from '@bc/contracts';
import { mailLinkToken } from '@bc/platform';
import { type ServiceUnderTest, serviceUnderTest } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsService } from '../server.ts';

/**
 * Notifications alone on PostgreSQL with the local mailbox: other services' events in, deliveries
 * out, sent by the dispatcher into `mailbox_message` (`settle` waits for it).
 */
const LINK_SECRET = 'l'.repeat(32);

describe('notifications, fed accounts and agreements events', () => {
  let notifications: ServiceUnderTest;
  beforeAll(async () => {
    notifications = await serviceUnderTest(notificationsService, {
      env: { BC_MAILER: 'mailbox', BC_MAIL_LINK_SECRET: LINK_SECRET },
    });
  });
  afterAll(async () => notifications?.stop());

  const deliveries = (eventId: string) =>
    notifications.rows<{ channel: string; recipient: string; subject: string; status: string }>(
      'select channel, recipient, subject, status from delivery where event_id = ?',
      [eventId],
    );
  const mailbox = (recipient: string) =>
    notifications.rows<{ subject: string; text: string }>(
      'select subject, text from mailbox_message where recipient = ?',
      [recipient],
    );

  it('NOT-1 EVT-2 a welcome invitation is sent once to the designated administrator with its link (redelivery sends nothing)', async () => {
    // OPS-3: the event names the invitation; the link's token is made here with the shared key.
    const link = `https://portal.test/register?token=${mailLinkToken(LINK_SECRET, 'invitation', 'inv-1')}`;
    const sent = await notifications.publish(
      accounts.invitationSent,
      {
        invitationId: 'inv-1',
        organizationId: 'org-fabrikam',
        organizationName: 'Fabrikam',
        recipientEmail: 'admin@fabrikam.example',
        linkPage: 'https://portal.test/register',
        expiresAt: '2026-03-16T09:00:00.000Z',
        resend: false,
        partnerOrganizationId: 'partner-1',
      },
      { key: 'org-fabrikam', tenant: 'org-fabrikam' },
    );
    await notifications.redeliver(accounts.invitationSent, sent);
    // Dropped by the inbox, not failed (on the unique event and recipient) until dead-lettered.
    expect(notifications.emitted(deadLettered)).toEqual([]);

    expect(await deliveries(sent.id)).toEqual([
      {
        channel: 'EMAIL',
        recipient: 'admin@fabrikam.example',
        subject: 'Welcome to the Business Center, Fabrikam',
        status: 'SENT',
      },
    ]);
    const messages = await mailbox('admin@fabrikam.example');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.text).toContain(`Get started now: ${link}`);
  });

  it('NOT-2 the partner of record hears of a signed agreement at its current notification email', async () => {
    await notifications.publish(
      accounts.partnerRegistered,
      { organizationId: 'partner-1', name: 'Northwind', notificationEmail: 'old@northwind.example' },
      { key: 'partner-1', tenant: 'partner-1' },
    );
    await notifications.publish(
      accounts.partnerChanged,
      {
        organizationId: 'partner-1',
        name: 'Northwind',
        notificationEmail: 'sales@northwind.example',
        webhookUrl: null,
      },
      { key: 'partner-1', tenant: 'partner-1' },
    );
    const signed = await notifications.publish(
      agreements.agreementSigned,
      {
        agreementId: 'agr-1',
        agreementNumber: 'AGR-1',
        organizationId: 'org-fabrikam',
        organizationName: 'Fabrikam',
        partnerOrganizationId: 'partner-1',
        method: 'ELECTRONIC',
        signerName: 'Sam Signer',
        signerTitle: 'CFO',
        signedAt: '2026-03-02T08:00:00.000Z',
        startDate: '2026-03-01',
        endDate: '2029-02-28',
        purchasingAccountId: 'pa-1',
        purchasingAccountNumber: 'PA-1',
        anniversaryMonth: 3,
        offers: [],
        newCustomer: null,
      },
      { key: 'agr-1', tenant: 'org-fabrikam' },
    );

    // No webhook configured: one email, logged under the partner's organization (its delivery log).
    expect(await deliveries(signed.id)).toEqual([
      {
        channel: 'EMAIL',
        recipient: 'sales@northwind.example',
        subject: 'Agreement AGR-1 was signed by Fabrikam',
        status: 'SENT',
      },
    ]);
    expect(
      await notifications.rows('select organization_id from delivery where event_id = ?', [signed.id]),
    ).toEqual([{ organization_id: 'partner-1' }]);
    expect((await mailbox('sales@northwind.example')).map((m) => m.subject)).toEqual([
      'Agreement AGR-1 was signed by Fabrikam',
    ]);
    expect(await mailbox('old@northwind.example')).toEqual([]);
  });

  it('NOT-5 a delivery being sent is never claimed again by its own dispatcher, however far the clock moves meanwhile', async () => {
    // A partner endpoint that holds every request until released: the send stays in flight.
    const held: ServerResponse[] = [];
    const requests: IncomingMessage[] = [];
    const endpoint = createServer((req, res) => {
      requests.push(req);
      req.resume();
      held.push(res);
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(endpoint.address() as { port: number }).port}/hooks`;
    try {
      await notifications.publish(
        accounts.partnerChanged,
        {
          organizationId: 'partner-9',
          name: 'Tailspin',
          notificationEmail: 'ops@tailspin.example',
          webhookUrl: url,
        },
        { key: 'partner-9', tenant: 'partner-9' },
      );
      const signed = notifications.publish(
        agreements.agreementSigned,
        {
          agreementId: 'agr-9',
          agreementNumber: 'AGR-9',
          organizationId: 'org-9',
          organizationName: 'Wingtip',
          partnerOrganizationId: 'partner-9',
          method: 'ELECTRONIC',
          signerName: 'Sam Signer',
          signerTitle: 'CFO',
          signedAt: '2026-03-02T08:00:00.000Z',
          startDate: '2026-03-01',
          endDate: '2029-02-28',
          purchasingAccountId: 'pa-9',
          purchasingAccountNumber: 'PA-9',
          anniversaryMonth: 3,
          offers: [],
          newCustomer: null,
        },
        { key: 'agr-9', tenant: 'org-9' },
      );
      const deadline = Date.now() + 20_000;
      while (requests.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(requests).toHaveLength(1);
      // Days pass while the request is in flight (the lease is long over); the dispatcher's next
      // passes (every second) must not send it again.
      notifications.clock.advance(24 * 60 * 60 * 1000);
      await new Promise((r) => setTimeout(r, 2500));
      for (const res of held.splice(0)) res.end();
      await signed;
      expect(requests).toHaveLength(1);
      expect(
        await notifications.rows<{ status: string; attempts: number }>(
          "select status, attempts from delivery where channel = 'WEBHOOK' and recipient = ?",
          [url],
        ),
      ).toEqual([{ status: 'SENT', attempts: 1 }]);
    } finally {
      for (const res of held.splice(0)) res.end();
      endpoint.closeAllConnections();
      await new Promise<void>((resolve) => endpoint.close(() => resolve()));
    }
  });
});
