import { describe, expect, it } from 'vitest';
import { Subscription } from '../licenses/license.ts';
import { group } from './inventory-view.ts';

const now = new Date('2026-03-01T12:00:00.000Z');
const subscription = (id: string, status: Subscription['status'], expiresOn: string, quantity = 5) =>
  Object.assign(new Subscription(), {
    id,
    organizationId: 'org',
    purchasingAccountId: 'pa',
    sku: 'PBI-PRO',
    productId: 'power-bi',
    serviceName: 'Power BI',
    plan: 'Power BI Pro',
    quantity,
    status,
    expiresOn,
    createdAt: now,
    ...(status === 'CANCELLED' ? { cancelledAt: now, cancellationReason: 'NO_ORDER' as const } : {}),
  });

describe('INV-4 cancelled subscriptions in the grouped inventory', () => {
  it('INV-4 a cancelled subscription is listed but counts in no quantity, expiration or expiry status', () => {
    const [product] = group(
      [],
      [subscription('live', 'ACTIVE', '2027-01-31', 7), subscription('gone', 'CANCELLED', '2026-03-10', 40)],
      now,
    );
    const edition = product!.versions[0]!.editions[0]!;
    expect(edition.subscriptions.map((s) => s.id)).toEqual(['live', 'gone']);
    expect(edition.quantity).toBe(7);
    expect(product!.totalQuantity).toBe(7);
    // The cancelled one would have been CRITICAL (9 days); only the live one decides.
    expect(edition.nextExpiration).toBe('2027-01-31');
    expect(product!.expiryStatus).toBe('ACTIVE');
  });

  it('INV-4 an edition whose only subscription is cancelled holds 0 and has no next expiration', () => {
    const [product] = group([], [subscription('gone', 'CANCELLED', '2026-03-10', 40)], now);
    expect(product!.totalQuantity).toBe(0);
    expect(product!.nextExpiration).toBeNull();
    expect(product!.versions[0]!.editions[0]).toMatchObject({ quantity: 0, nextExpiration: null });
  });
});
