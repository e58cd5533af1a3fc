import { agreements, inventory } from '@bc/contracts';
import type { Clock, EventConsumer, IdGenerator, Logger } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { findBySku } from '../catalog/catalog-data.ts';
import { countedLicense, countedSubscription, recount } from '../inventory-view/inventory-total.ts';
import { licenseChangedPayload, subscriptionChangedPayload } from './events.ts';
import { License, Subscription } from './license.ts';

/**
 * INV-2: an order grants its lines: software lines become licenses, online-service lines become
 * active subscriptions (settling a self-provisioned one of the same plan). The consumer inbox makes a
 * redelivered order grant nothing twice; (order, line) is also unique in both tables.
 */
export function grantFromOrders(
  consumer: EventConsumer,
  deps: { clock: Clock; ids: IdGenerator; logger: Logger },
): void {
  consumer.on(agreements.orderPlaced, async (event, { em, emit }) => {
    const order = event.payload;
    const changed: (License | Subscription)[] = [];
    for (const line of order.lines) {
      const renewed = order.type === 'RENEWAL' ? await renew(em, order, line) : [];
      if (renewed.length > 0) {
        changed.push(...renewed);
        continue;
      }
      const found = findBySku(line.sku);
      if (line.kind === 'ONLINE_SERVICE') changed.push(await grantSubscription(em, deps, order, line, found));
      else changed.push(await grantLicense(em, deps, order, line, found));
    }
    // BEN-2: benefits keep entitlements current from licenses; reporting follows both.
    for (const item of changed) {
      if (item instanceof License) emit(inventory.licenseChanged, licenseChangedPayload(item));
      else emit(inventory.subscriptionChanged, subscriptionChangedPayload(item));
    }
  });
}

type Order = ReturnType<typeof agreements.orderPlaced.payload.parse>;
type Line = Order['lines'][number];

async function grantLicense(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator; logger: Logger },
  order: Order,
  line: Line,
  found: ReturnType<typeof findBySku>,
): Promise<License> {
  if (!found?.edition)
    deps.logger.warn({ sku: line.sku, order: order.orderNumber }, 'order line for a SKU outside the catalog');
  const license = Object.assign(new License(), {
    id: deps.ids.uuid(),
    organizationId: order.organizationId,
    purchasingAccountId: order.purchasingAccountId,
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    orderLineNumber: line.lineNumber,
    sku: line.sku,
    productId: found?.product.id ?? `sku-${line.sku.toLowerCase()}`,
    productName: found?.product.name ?? line.name,
    family: found?.product.family ?? 'Other',
    version: found?.version?.version ?? '',
    edition: found?.edition?.edition ?? line.name,
    quantity: line.quantity,
    softwareAssurance: found?.edition?.softwareAssurance ?? false,
    expiresOn: order.agreementEndDate,
    grantedAt: deps.clock.now(),
  });
  em.persist(license);
  await recount(em, null, countedLicense(license));
  return license;
}

async function grantSubscription(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator; logger: Logger },
  order: Order,
  line: Line,
  found: ReturnType<typeof findBySku>,
): Promise<Subscription> {
  // INV-4: an order for a self-provisioned plan settles it instead of adding a second subscription.
  const waiting = await em.findOne(
    Subscription,
    { purchasingAccountId: order.purchasingAccountId, sku: line.sku, status: 'AWAITING_ORDER' },
    { orderBy: { createdAt: 'asc' } },
  );
  const subscription = waiting ?? new Subscription();
  const before = waiting ? countedSubscription(waiting) : null;
  Object.assign(subscription, {
    id: waiting?.id ?? deps.ids.uuid(),
    organizationId: order.organizationId,
    purchasingAccountId: order.purchasingAccountId,
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    orderLineNumber: line.lineNumber,
    sku: line.sku,
    productId: found?.product.id ?? `sku-${line.sku.toLowerCase()}`,
    serviceName: found?.product.name ?? line.name,
    plan: found?.plan?.name ?? line.name,
    quantity: line.quantity,
    status: 'ACTIVE' as const,
    expiresOn: order.agreementEndDate,
    manageUrl: found?.product.manageUrl ?? null,
    createdAt: waiting?.createdAt ?? deps.clock.now(),
  });
  em.persist(subscription);
  await recount(em, before, countedSubscription(subscription));
  return subscription;
}

/**
 * A renewal moves the purchasing account's existing items of that SKU to the new agreement's end
 * (so expiry alerts start again at the new dates, INV-7). Returns false when there is nothing to renew.
 */
async function renew(em: EntityManager, order: Order, line: Line): Promise<(License | Subscription)[]> {
  const where = { purchasingAccountId: order.purchasingAccountId, sku: line.sku };
  const items =
    line.kind === 'ONLINE_SERVICE'
      ? await em.find(Subscription, { ...where, status: 'ACTIVE' })
      : await em.find(License, { ...where, status: 'ACTIVE' });
  for (const item of items) {
    if (order.agreementEndDate <= item.expiresOn) continue;
    const counted = (i: License | Subscription) =>
      i instanceof License ? countedLicense(i) : countedSubscription(i);
    const before = counted(item);
    item.expiresOn = order.agreementEndDate;
    await recount(em, before, counted(item));
  }
  return items;
}
