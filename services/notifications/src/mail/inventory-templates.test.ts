import { repeatsAWord } from '@bc/contracts';
import { describe, expect, it } from 'vitest';
import {
  expiryAlertMail,
  orderDueMail,
  serviceCancelledMail,
  serviceReadyMail,
} from './inventory-templates.ts';

const envelope = <P>(type: string, occurredAt: string, payload: P) => ({
  id: 'e1',
  type,
  version: 1,
  occurredAt,
  producer: 'inventory',
  tenant: 'o1',
  key: 'k1',
  payload,
});

const service = {
  subscriptionId: 's1',
  organizationId: 'o1',
  purchasingAccountId: 'pa1',
  partnerOrganizationId: 'p1',
  serviceName: 'Exchange Online',
  plan: 'Exchange Online (Plan 1)',
  sku: 'EXCHANGE-P1',
  quantity: 10,
};

describe('INV-4 NOT-2 provisioning mails', () => {
  it('INV-4 NOT-2 name the service and plan once in every subject and text', () => {
    const provisioned = envelope('inventory.subscription.provisioned', '2026-03-02T10:00:00.000Z', {
      ...service,
      orderDeadline: '2026-04-01T10:00:00.000Z',
      manageServicesUrl: 'https://admin.exchange.microsoft.com',
    });
    const cancelled = envelope('inventory.subscription.cancelled', '2026-04-01T10:00:00.000Z', {
      ...service,
      reason: 'NO_ORDER' as const,
    });
    const mails = [
      serviceReadyMail(provisioned, 'a@x.example'),
      orderDueMail(provisioned, 'p@x.example'),
      serviceCancelledMail(cancelled, 'a@x.example'),
    ];
    expect(mails.map((m) => m.subject)).toEqual([
      'Exchange Online (Plan 1) is ready to use',
      'Order due: 10 × Exchange Online (Plan 1)',
      'Exchange Online (Plan 1) was cancelled',
    ]);
    for (const mail of mails) expect(mail.text).not.toContain('Exchange Online Exchange Online');
  });
});

describe('INV-7 NOT-3 expiry alert mail: an item expiring on D is valid through D, expired from D+1', () => {
  const alert = (threshold: 'DAYS_90' | 'DAYS_30' | 'EXPIRED', occurredAt: string) =>
    expiryAlertMail(
      envelope('inventory.expiry.alerted', occurredAt, {
        itemId: 'i1',
        itemKind: 'SUBSCRIPTION' as const,
        organizationId: 'o1',
        purchasingAccountId: 'pa1',
        partnerOrganizationId: null,
        name: 'Exchange Online (Plan 1)',
        expiresOn: '2026-04-30',
        threshold,
      }),
      'a@x.example',
    );

  it.each([
    ['DAYS_90', '2026-03-02T09:00:00.000Z', 'expires within 90 days'],
    ['DAYS_30', '2026-04-10T09:00:00.000Z', 'expires within 30 days'],
    ['DAYS_30', '2026-04-29T23:59:59.000Z', 'expires tomorrow'], // D-1
    ['DAYS_30', '2026-04-30T00:00:00.000Z', 'expires today'], // D, first moment
    ['DAYS_30', '2026-04-30T23:59:59.999Z', 'expires today'], // D, last moment
    ['EXPIRED', '2026-05-01T00:00:00.000Z', 'has expired'], // D+1
  ] as const)('INV-7 NOT-3 %s raised at %s: "%s"', (threshold, occurredAt, phrase) => {
    const mail = alert(threshold, occurredAt);
    expect(mail.subject).toBe(`Exchange Online (Plan 1) ${phrase}`);
    expect(mail.text).toContain(`${phrase} (2026-04-30)`);
    expect(mail.text).toContain('valid through 2026-04-30 (UTC)');
    expect(mail.text).not.toMatch(/\b0 days\b/);
    expect(repeatsAWord(mail.subject)).toBe(false);
  });

  it('INV-7 NOT-3 before expiry the mail says from which day the item is expired', () => {
    expect(alert('DAYS_30', '2026-04-30T08:00:00.000Z').text).toContain('expired from 2026-05-01');
  });
});
