import { agreements } from '@bc/contracts';
import { withJobLock } from '@bc/platform';
import { type ServiceUnderTest, serviceUnderTest } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryService } from '../server.ts';

/**
 * Inventory on PostgreSQL as several replicas see it: the advisory locks that let one replica at a
 * time run a job or publish the outbox must be held by the transaction doing the work (a lock taken
 * on another pooled connection is released at once, and two passes then do the same work).
 */
describe('inventory, replicas at once', () => {
  let inventory: ServiceUnderTest;
  beforeAll(async () => {
    inventory = await serviceUnderTest(inventoryService);
  });
  afterAll(async () => inventory?.stop());

  /** Whether another session could take the advisory lock now (taken and let go in one statement). */
  const lockFree = async (id: number) => {
    const [row] = await inventory.rows<{ free: boolean }>('select pg_try_advisory_xact_lock(?) as free', [
      id,
    ]);
    return row?.free;
  };

  it('INV-4 INV-7 while one replica runs a job, the same job on another replica skips', async () => {
    // Each call runs in a transaction of its own, as two replicas would.
    const tx = inventory.service.runtime.tx;
    let entered!: () => void;
    let release!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = withJobLock(tx, 'inventory.probe', async () => {
      entered();
      await gate;
      return 1;
    });
    await inside;
    let ranTwice = false;
    const second = await withJobLock(tx, 'inventory.probe', async () => {
      ranTwice = true;
      return 1;
    });
    release();
    expect(await first).toBe(1);
    expect({ second, ranTwice }).toEqual({ second: 0, ranTwice: false });
  });

  it('EVT-1 the outbox relay holds its lock while it publishes, so one replica at a time publishes', async () => {
    const transport = inventory.service.runtime.transport;
    const publish = transport.publish.bind(transport);
    const freeWhilePublishing: (boolean | undefined)[] = [];
    transport.publish = async (messages) => {
      // Only the relay's publishes: the test's own `publish` below goes straight to the transport too.
      if (messages.some((m) => m.topic.startsWith('inventory.')))
        freeWhilePublishing.push(await lockFree(7340012));
      return publish(messages);
    };
    try {
      await inventory.publish(
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
              kind: 'PRODUCT',
              sku: 'SQL-ENT',
              name: 'SQL Server Enterprise',
              quantity: 8,
              unitPrice: { amountMinor: 100, currency: 'EUR' },
              listUnitPrice: { amountMinor: 100, currency: 'EUR' },
              priceProtected: false,
            },
          ],
        },
        { key: 'o-1', tenant: 'org-contoso' },
      );
    } finally {
      transport.publish = publish;
    }
    expect(freeWhilePublishing.length).toBeGreaterThan(0);
    expect(freeWhilePublishing.every((free) => free === false)).toBe(true);
  });
});
