import { inventory as events } from '@bc/contracts';
import { type Clock, type IdGenerator, type RunTx, withJobLock } from '@bc/platform';
import { itemDisplayName } from '../catalog/display-name.ts';
import { License, Subscription } from '../licenses/license.ts';
import { PurchasingAccountRef } from '../purchasing-accounts/purchasing-account-ref.ts';
import { dueAlerts } from './alert-thresholds.ts';
import { ExpiryAlert } from './expiry-alert.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * INV-7: finds licenses and subscriptions that crossed 90 days, 30 days or expiry and emits one
 * event per item, threshold and expiry date. The alert rows are written with the events under the
 * job lock, so a restart or a second replica never alerts twice; cancelled items never alert.
 */
export async function sendExpiryAlerts(tx: RunTx, deps: { clock: Clock; ids: IdGenerator }): Promise<number> {
  return withJobLock(tx, 'inventory.expiry-alerts', async ({ em: tem, emit }) => {
    const now = deps.clock.now();
    // Only items within 90 days (or past) can be due: the date filter keeps the scan small.
    const horizon = new Date(now.getTime() + 91 * 86_400_000).toISOString().slice(0, 10);
    const [licenses, subscriptions] = await Promise.all([
      tem.find(License, { status: 'ACTIVE', expiresOn: { $lte: horizon } }),
      tem.find(Subscription, { status: { $ne: 'CANCELLED' }, expiresOn: { $lte: horizon } }),
    ]);
    const items = [
      ...licenses.map((l) => ({
        kind: 'LICENSE' as const,
        id: l.id,
        name: itemDisplayName({ sku: l.sku, product: l.productName, version: l.version, edition: l.edition }),
        entity: l,
      })),
      ...subscriptions.map((s) => ({
        kind: 'SUBSCRIPTION' as const,
        id: s.id,
        name: itemDisplayName({ sku: s.sku, product: s.serviceName, edition: s.plan }),
        entity: s,
      })),
    ];
    if (items.length === 0) return 0;
    const [alerts, accounts] = await Promise.all([
      tem.find(ExpiryAlert, { itemId: { $in: items.map((i) => i.id) } }),
      tem.find(PurchasingAccountRef, {
        id: { $in: [...new Set(items.map((i) => i.entity.purchasingAccountId))] },
      }),
    ]);
    let sent = 0;
    for (const item of items) {
      const due = dueAlerts({
        expiresOn: day(item.entity.expiresOn),
        now,
        cancelled: false,
        alreadyAlerted: alerts
          .filter((a) => a.itemId === item.id)
          .map((a) => ({ threshold: a.threshold, expiresOn: day(a.expiresOn) })),
      });
      for (const threshold of due) {
        tem.persist(
          Object.assign(new ExpiryAlert(), {
            id: deps.ids.uuid(),
            itemId: item.id,
            itemKind: item.kind,
            threshold,
            expiresOn: item.entity.expiresOn,
            alertedAt: now,
          }),
        );
        emit(events.expiryAlerted, {
          itemId: item.id,
          itemKind: item.kind,
          organizationId: item.entity.organizationId,
          purchasingAccountId: item.entity.purchasingAccountId,
          partnerOrganizationId:
            accounts.find((a) => a.id === item.entity.purchasingAccountId)?.partnerOrganizationId ?? null,
          name: item.name,
          expiresOn: item.entity.expiresOn,
          threshold,
        });
        sent += 1;
      }
    }
    return sent;
  });
}
