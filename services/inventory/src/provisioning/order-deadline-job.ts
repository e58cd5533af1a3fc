import { inventory as events } from '@bc/contracts';
import { type Clock, type RunTx, withJobLock } from '@bc/platform';
import { countedSubscription, recount } from '../inventory-view/inventory-total.ts';
import { subscriptionChangedPayload } from '../licenses/events.ts';
import { Subscription } from '../licenses/license.ts';
import { PurchasingAccountRef } from '../purchasing-accounts/purchasing-account-ref.ts';
import { subscriptionRef } from './events.ts';
import { isPastOrderDeadline } from './order-deadline.ts';

/**
 * INV-4: cancels self-provisioned services whose order did not come in time, and tells everyone.
 * Runs under the job lock and changes a row only while it is still AWAITING_ORDER, so two replicas
 * running it at once cancel (and announce) each service once.
 */
export async function cancelUnorderedServices(
  tx: RunTx,
  deps: { clock: Clock; orderDays: number },
): Promise<number> {
  return withJobLock(tx, 'inventory.cancel-unordered-services', async ({ em: tem, emit }) => {
    const now = deps.clock.now();
    const waiting = await tem.find(
      Subscription,
      { status: 'AWAITING_ORDER' },
      { orderBy: { createdAt: 'asc' } },
    );
    const overdue = waiting.filter((s) => isPastOrderDeadline(s.createdAt, now, deps.orderDays));
    if (overdue.length === 0) return 0;
    const accounts = await tem.find(PurchasingAccountRef, {
      id: { $in: overdue.map((s) => s.purchasingAccountId) },
    });
    let cancelled = 0;
    for (const s of overdue) {
      const cancellation = {
        status: 'CANCELLED' as const,
        cancelledAt: now,
        cancellationReason: 'NO_ORDER' as const,
      };
      const changed = await tem.nativeUpdate(
        Subscription,
        { id: s.id, status: 'AWAITING_ORDER' },
        cancellation,
      );
      if (changed === 0) continue;
      cancelled += 1;
      await recount(tem, countedSubscription(s), null);
      const partner = accounts.find((a) => a.id === s.purchasingAccountId)?.partnerOrganizationId ?? '';
      emit(events.subscriptionCancelled, {
        ...subscriptionRef(s, partner),
        reason: 'NO_ORDER',
        cancelledAt: now.toISOString(),
      });
      // The row was cancelled by the guarded update above, not through this loaded entity.
      emit(events.subscriptionChanged, subscriptionChangedPayload({ ...s, ...cancellation }));
    }
    return cancelled;
  });
}
