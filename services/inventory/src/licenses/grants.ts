import { agreements } from '@bc/contracts';
import type { Clock, EventConsumer, IdGenerator, Logger } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { findBySku } from '../catalog/catalog-data.ts';
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
  consumer.on(agreements.orderPlaced, async (event, em) => {
    const order = event.payload;
    for (const line of order.lines) {
      if (order.type === 'RENEWAL' && (await renew(em, order, line))) continue;
      const found = findBySku(line.sku);
      if (line.kind === 'ONLINE_SERVICE') await grantSubscription(em, deps, order, line, found);
      else grantLicense(em, deps, order, line, found);
    }
  });
}

type Order = ReturnType<typeof agreements.orderPlaced.payload.parse>;
type Line = Order['lines'][number];

function grantLicense(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator; logger: Logger },
  order: Order,
  line: Line,
  found: ReturnType<typeof findBySku>,
): void {
  if (!found?.edition)
    deps.logger.warn({ sku: line.sku, order: order.orderNumber }, 'order line for a SKU outside the catalog');
  em.persist(
    Object.assign(new License(), {
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
    }),
  );
}

async function grantSubscription(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator; logger: Logger },
  order: Order,
  line: Line,
  found: ReturnType<typeof findBySku>,
): Promise<void> {
  // INV-4: an order for a self-provisioned plan settles it instead of adding a second subscription.
  const waiting = await em.findOne(
    Subscription,
    { purchasingAccountId: order.purchasingAccountId, sku: line.sku, status: 'AWAITING_ORDER' },
    { orderBy: { createdAt: 'asc' } },
  );
  const subscription = waiting ?? new Subscription();
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
}

/**
 * A renewal moves the purchasing account's existing items of that SKU to the new agreement's end
 * (so expiry alerts start again at the new dates, INV-7). Returns false when there is nothing to renew.
 */
async function renew(em: EntityManager, order: Order, line: Line): Promise<boolean> {
  const where = { purchasingAccountId: order.purchasingAccountId, sku: line.sku };
  const items =
    line.kind === 'ONLINE_SERVICE'
      ? await em.find(Subscription, { ...where, status: 'ACTIVE' })
      : await em.find(License, { ...where, status: 'ACTIVE' });
  for (const item of items)
    if (order.agreementEndDate > item.expiresOn) item.expiresOn = order.agreementEndDate;
  return items.length > 0;
}
