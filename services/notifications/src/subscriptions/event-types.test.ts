import { accounts, benefits, type EventEnvelope } from '@bc/contracts';
import { describe, expect, it } from 'vitest';
import { audienceOf, partnerNotificationTypes, subscribableTypes } from './event-types.ts';

const envelope = (type: string, tenant: string | null, payload: unknown): EventEnvelope<unknown> => ({
  id: '00000000-0000-4000-8000-000000000001',
  type,
  version: 1,
  occurredAt: '2026-03-02T09:00:00.000Z',
  producer: type.split('.')[0]!,
  tenant,
  key: 'k',
  payload,
});

describe('API-3 who may receive an event', () => {
  it('API-3 the event’s own organization and the partner its payload names, nobody else', () => {
    const permission = envelope(benefits.partnerPermissionChanged.type, 'customer-1', {
      partnerOrganizationId: 'partner-1',
      customerOrganizationId: 'customer-1',
    });
    expect(audienceOf(permission)).toEqual(['customer-1', 'partner-1']);
    expect(
      audienceOf(envelope('inventory.license.changed', 'customer-1', { organizationId: 'customer-1' })),
    ).toEqual(['customer-1']);
    expect(
      audienceOf(envelope('inventory.expiry.alerted', 'customer-1', { partnerOrganizationId: null })),
    ).toEqual(['customer-1']);
    expect(audienceOf(envelope('platform.event.dead-lettered', null, {}))).toEqual([]);
  });

  it('API-3 events that carry secrets or people’s data are never offered; the old partner types all are', () => {
    for (const secret of [
      accounts.invitationSent,
      accounts.passwordReset,
      accounts.userInvited,
      accounts.userChanged,
    ])
      expect(subscribableTypes.has(secret.type)).toBe(false);
    for (const type of partnerNotificationTypes) expect(subscribableTypes.has(type)).toBe(true);
  });
});
