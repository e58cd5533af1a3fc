import { agreements, deadLettered, inventory as events } from '@bc/contracts';
import { type ServiceUnderTest, serviceUnderTest, testUser } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOTALS_FROM_ITEMS } from '../inventory-view/inventory-total.ts';
import { inventoryService } from '../server.ts';

/** Inventory alone on PostgreSQL: agreements' orders in, licenses and subscriptions (and their events) out. */
describe('inventory, fed agreements.order.placed', () => {
  let inventory: ServiceUnderTest<typeof inventoryService>;
  beforeAll(async () => {
    // INV-4: the order deadline is configurable; 10 days here, so the default (30) would fail the test.
    inventory = await serviceUnderTest(inventoryService, { env: { BC_PROVISIONING_ORDER_DAYS: '10' } });
  });
  afterAll(async () => inventory?.stop());

  const price = { amountMinor: 10_000, currency: 'EUR' };
  type Line = { kind: 'PRODUCT' | 'ONLINE_SERVICE'; sku: string; name: string; quantity: number };
  const order = (orderId: string, purchasingAccountId: string, lines: Line[]) => ({
    orderId,
    orderNumber: `ORD-${orderId}`,
    organizationId: 'org-contoso',
    partnerOrganizationId: 'partner-1',
    purchasingAccountId,
    purchasingAccountNumber: `PA-${purchasingAccountId}`,
    agreementId: 'agr-1',
    agreementNumber: 'AGR-1',
    agreementEndDate: '2029-02-28',
    type: 'NEW' as const,
    purchaseOrderNumber: 'PO-1',
    orderedAt: '2026-03-02T08:00:00.000Z',
    lines: lines.map((line, i) => ({
      lineNumber: i + 1,
      ...line,
      unitPrice: price,
      listUnitPrice: price,
      priceProtected: false,
    })),
  });

  it('INV-2 EVT-2 an order grants a license per product line and a subscription per online-service line, once (redelivery grants nothing)', async () => {
    const placed = await inventory.publish(
      agreements.orderPlaced,
      order('o-1', 'pa-1', [
        { kind: 'PRODUCT', sku: 'SQL-ENT', name: 'SQL Server Enterprise', quantity: 8 },
        { kind: 'ONLINE_SERVICE', sku: 'M365-E3', name: 'Microsoft 365 E3', quantity: 50 },
      ]),
      { key: 'o-1', tenant: 'org-contoso' },
    );
    await inventory.redeliver(agreements.orderPlaced, placed);
    // Dropped by the inbox, not failed (on the unique order line) until dead-lettered.
    expect(inventory.emitted(deadLettered)).toEqual([]);

    expect(
      await inventory.rows(
        'select sku, product_name, quantity, software_assurance, expires_on, status from license where purchasing_account_id = ?',
        ['pa-1'],
      ),
    ).toEqual([
      {
        sku: 'SQL-ENT',
        product_name: 'SQL Server',
        quantity: 8,
        software_assurance: true,
        expires_on: '2029-02-28',
        status: 'ACTIVE',
      },
    ]);
    expect(
      await inventory.rows(
        'select sku, plan, quantity, status, order_number from subscription where purchasing_account_id = ?',
        ['pa-1'],
      ),
    ).toEqual([
      { sku: 'M365-E3', plan: 'Microsoft 365 E3', quantity: 50, status: 'ACTIVE', order_number: 'ORD-o-1' },
    ]);
    // BEN-2 and reporting follow these: one event per granted item, not one per delivery.
    expect(inventory.emitted(events.licenseChanged).map((e) => e.payload)).toMatchObject([
      { sku: 'SQL-ENT', quantity: 8, softwareAssurance: true, status: 'ACTIVE', expiresOn: '2029-02-28' },
    ]);
    expect(inventory.emitted(events.subscriptionChanged).map((e) => e.payload)).toMatchObject([
      { sku: 'M365-E3', quantity: 50, status: 'ACTIVE', selfProvisioned: false, orderNumber: 'ORD-o-1' },
    ]);
  });

  it('INV-4 an order settles a self-provisioned service; one without an order is cancelled at the configured deadline', async () => {
    // Inventory learns of the purchasing account (and its partner of record) from the signed agreement.
    await inventory.publish(
      agreements.agreementSigned,
      {
        agreementId: 'agr-2',
        agreementNumber: 'AGR-2',
        organizationId: 'org-contoso',
        organizationName: 'Contoso',
        partnerOrganizationId: 'partner-1',
        method: 'PAPER',
        signerName: 'Sam Signer',
        signerTitle: 'CFO',
        signedAt: '2026-03-01T08:00:00.000Z',
        startDate: '2026-03-01',
        endDate: '2029-02-28',
        purchasingAccountId: 'pa-2',
        purchasingAccountNumber: 'PA-2',
        anniversaryMonth: 3,
        offers: [],
        newCustomer: null,
      },
      { key: 'agr-2', tenant: 'org-contoso' },
    );
    const manager = testUser({
      organizationId: 'org-contoso',
      organizationKind: 'CUSTOMER',
      roles: ['ACCOUNT_MANAGER'],
    });
    const setUp = async (sku: string) => {
      const result = await inventory.graphql<{ setUpOnlineService: { id: string; status: string } }>(
        `mutation ($input: SetUpOnlineServiceInput!) { setUpOnlineService(input: $input) { id status } }`,
        { input: { purchasingAccountId: 'pa-2', sku, quantity: 5 } },
        manager,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.setUpOnlineService.status).toBe('AWAITING_ORDER');
      return result.data!.setUpOnlineService.id;
    };
    const ordered = await setUp('M365-E5');
    const unordered = await setUp('O365-E1');
    await inventory.settle();
    expect(inventory.emitted(events.subscriptionProvisioned).map((e) => e.payload)).toMatchObject([
      { subscriptionId: ordered, partnerOrganizationId: 'partner-1', requestedByUserId: manager.userId },
      { subscriptionId: unordered, partnerOrganizationId: 'partner-1' },
    ]);

    await inventory.publish(
      agreements.orderPlaced,
      order('o-2', 'pa-2', [
        { kind: 'ONLINE_SERVICE', sku: 'M365-E5', name: 'Microsoft 365 E5', quantity: 5 },
      ]),
      { key: 'o-2', tenant: 'org-contoso' },
    );
    const status = async () =>
      Object.fromEntries(
        (
          await inventory.rows<{ id: string; status: string }>(
            'select id, status from subscription where purchasing_account_id = ?',
            ['pa-2'],
          )
        ).map((r) => [r.id, r.status]),
      );
    // Settled in place: the same subscription, no second one.
    expect(await status()).toEqual({ [ordered]: 'ACTIVE', [unordered]: 'AWAITING_ORDER' });

    inventory.clock.advance(10 * 24 * 60 * 60 * 1000 - 1);
    expect(await inventory.service.jobs.cancelUnorderedServices()).toBe(0);
    inventory.clock.advance(1);
    expect(await inventory.service.jobs.cancelUnorderedServices()).toBe(1);
    await inventory.settle();
    expect(await status()).toEqual({ [ordered]: 'ACTIVE', [unordered]: 'CANCELLED' });
    expect(inventory.emitted(events.subscriptionCancelled).map((e) => e.payload)).toMatchObject([
      { subscriptionId: unordered, reason: 'NO_ORDER', partnerOrganizationId: 'partner-1' },
    ]);
    // Run again: nothing left to cancel, nothing announced twice.
    expect(await inventory.service.jobs.cancelUnorderedServices()).toBe(0);
    await inventory.settle();
    expect(inventory.emitted(events.subscriptionCancelled)).toHaveLength(1);
  });

  it('INV-3 the dashboard totals kept on write equal the items summed, after every kind of write (grant, settle, renew, cancel)', async () => {
    // The two tests above granted, self-provisioned, settled and cancelled; a renewal moves expiry dates.
    await inventory.publish(
      agreements.orderPlaced,
      {
        ...order('o-3', 'pa-1', [
          { kind: 'PRODUCT', sku: 'SQL-ENT', name: 'SQL Server Enterprise', quantity: 8 },
        ]),
        type: 'RENEWAL' as const,
        agreementEndDate: '2032-02-29',
      },
      { key: 'o-3', tenant: 'org-contoso' },
    );
    await inventory.publish(
      agreements.orderPlaced,
      {
        ...order('o-4', 'pa-2', [
          { kind: 'ONLINE_SERVICE', sku: 'M365-E5', name: 'Microsoft 365 E5', quantity: 5 },
        ]),
        type: 'RENEWAL' as const,
        agreementEndDate: '2031-02-28',
      },
      { key: 'o-4', tenant: 'org-contoso' },
    );
    const order_by = ' order by purchasing_account_id, kind, sku, expires_on';
    const kept = await inventory.rows(`select * from inventory_total${order_by}`);
    const summed = (await inventory.rows(`select * from (${TOTALS_FROM_ITEMS}) t${order_by}`)).map((r) => ({
      ...r,
      quantity: Number(r.quantity),
      items: Number(r.items),
    }));
    expect(kept).toEqual(summed);
    expect(kept).toMatchObject([
      {
        purchasing_account_id: 'pa-1',
        kind: 'LICENSE',
        sku: 'SQL-ENT',
        expires_on: '2032-02-29',
        quantity: 8,
        items: 1,
      },
      {
        purchasing_account_id: 'pa-1',
        kind: 'SUBSCRIPTION',
        sku: 'M365-E3',
        expires_on: '2029-02-28',
        quantity: 50,
        items: 1,
      },
      {
        purchasing_account_id: 'pa-2',
        kind: 'SUBSCRIPTION',
        sku: 'M365-E5',
        expires_on: '2031-02-28',
        quantity: 5,
        items: 1,
      },
    ]);
  });
});
