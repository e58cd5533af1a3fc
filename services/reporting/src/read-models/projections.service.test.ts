import { agreements, inventory } from '@bc/contracts';
import { type ServiceUnderTest, serviceUnderTest, testUser } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingService } from '../server.ts';

/** Reporting alone on PostgreSQL: agreements' and inventory's events in, read-model rows out. */
describe('reporting, fed orders and license changes', () => {
  let reporting: ServiceUnderTest;
  beforeAll(async () => {
    reporting = await serviceUnderTest(reportingService);
  });
  afterAll(async () => reporting?.stop());

  const price = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  const license = (status: 'ACTIVE' | 'CANCELLED') => ({
    licenseId: 'lic-1',
    organizationId: 'org-contoso',
    purchasingAccountId: 'pa-1',
    sku: 'SQL-ENT',
    productName: 'SQL Server',
    displayName: 'SQL Server 2022 Enterprise',
    family: 'Servers',
    quantity: 8,
    softwareAssurance: true,
    status,
    expiresOn: '2029-02-28',
  });
  const orderLines = () =>
    reporting.rows(
      'select order_number, line_number, order_type, sku, quantity, currency from rm_order_line order by line_number',
    );
  const licenses = () => reporting.rows('select id, product_name, status from rm_license');

  it('REP-6 EVT-2 an order becomes one row per line and a license its latest state (redelivery adds nothing)', async () => {
    const placed = await reporting.publish(
      agreements.orderPlaced,
      {
        orderId: 'o-1',
        orderNumber: 'ORD-1',
        organizationId: 'org-contoso',
        partnerOrganizationId: 'partner-1',
        purchasingAccountId: 'pa-1',
        purchasingAccountNumber: 'PA-1',
        agreementId: 'agr-1',
        agreementNumber: 'AGR-1',
        agreementEndDate: '2029-02-28',
        type: 'NEW',
        purchaseOrderNumber: 'PO-1',
        orderedAt: '2026-03-02T08:00:00.000Z',
        lines: [
          {
            lineNumber: 1,
            kind: 'PRODUCT' as const,
            sku: 'SQL-ENT',
            name: 'SQL Server Enterprise',
            quantity: 8,
          },
          {
            lineNumber: 2,
            kind: 'ONLINE_SERVICE' as const,
            sku: 'M365-E3',
            name: 'Microsoft 365 E3',
            quantity: 50,
          },
        ].map((line) => ({
          ...line,
          unitPrice: price(12_000),
          listUnitPrice: price(15_000),
          priceProtected: false,
        })),
      },
      { key: 'o-1', tenant: 'org-contoso' },
    );
    await reporting.redeliver(agreements.orderPlaced, placed);
    expect(await orderLines()).toEqual([
      {
        order_number: 'ORD-1',
        line_number: 1,
        order_type: 'NEW',
        sku: 'SQL-ENT',
        quantity: 8,
        currency: 'EUR',
      },
      {
        order_number: 'ORD-1',
        line_number: 2,
        order_type: 'NEW',
        sku: 'M365-E3',
        quantity: 50,
        currency: 'EUR',
      },
    ]);

    await reporting.publish(inventory.licenseChanged, license('ACTIVE'), {
      key: 'lic-1',
      tenant: 'org-contoso',
    });
    await reporting.publish(inventory.licenseChanged, license('CANCELLED'), {
      key: 'lic-1',
      tenant: 'org-contoso',
    });
    expect(await licenses()).toEqual([
      { id: 'lic-1', product_name: 'SQL Server 2022 Enterprise', status: 'CANCELLED' },
    ]);
  });

  it('REP-6 a rebuild empties the read models and replays every topic from the start into the same rows', async () => {
    // The rows of the test above, now rebuilt by a new generation from the events alone.
    const before = { orderLines: await orderLines(), licenses: await licenses() };
    expect(before.orderLines).toHaveLength(2);
    const operator = testUser({ organizationId: 'operator', organizationKind: 'OPERATOR' });
    const rebuilt = await reporting.graphql<{ rebuildReadModels: { generation: number } }>(
      'mutation { rebuildReadModels { generation } }',
      {},
      operator,
    );
    expect(rebuilt.errors).toBeUndefined();
    expect(rebuilt.data?.rebuildReadModels.generation).toBe(2);
    await reporting.settle();
    expect({ orderLines: await orderLines(), licenses: await licenses() }).toEqual(before);
    // The new generation applied each event once: the order (delivered twice) and two license changes.
    const status = await reporting.graphql<{
      readModelStatus: { generation: number; eventsApplied: number };
    }>('{ readModelStatus { generation eventsApplied } }', {}, operator);
    expect(status.data?.readModelStatus).toEqual({ generation: 2, eventsApplied: 3 });
  });
});
