import { inventory as events } from '@bc/contracts';
import { badInput, forbidden, notFound, requirePermission } from '@bc/platform';
import { findBySku } from '../catalog/catalog-data.ts';
import type { InventoryContext } from '../context.ts';
import { countedSubscription, recount } from '../inventory-view/inventory-total.ts';
import { subscriptionChangedPayload } from '../licenses/events.ts';
import { Subscription } from '../licenses/license.ts';
import { PurchasingAccountRef } from '../purchasing-accounts/purchasing-account-ref.ts';
import { subscriptionRef } from './events.ts';
import { orderDeadline } from './order-deadline.ts';

/**
 * INV-4: an account manager sets up an online service (plan and quantity). It is usable at once,
 * waits for the partner's order, and the partner of record is told (email and signed webhook). The
 * event names the user who set it up, so they are told it is ready as the administrators are.
 */
export async function setUpOnlineService(
  ctx: InventoryContext,
  input: { purchasingAccountId: string; sku: string; quantity: number },
): Promise<Subscription> {
  const user = requirePermission(ctx.identity, 'SELF_PROVISION');
  if (user.organizationKind !== 'CUSTOMER') throw forbidden('Only customers set up online services');
  const found = findBySku(input.sku);
  const plan = found?.plan;
  if (!found || !plan) throw badInput('sku', `${input.sku} is not a plan of an online service`);
  if (!found.product.selfProvisionable) {
    throw badInput('sku', `${found.product.name} cannot be set up here: ask your partner to order it`, {
      reason: 'NOT_SELF_PROVISIONABLE',
    });
  }
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    throw badInput('quantity', 'must be a whole number of at least 1');
  if (input.quantity > plan.maxQuantity) {
    throw badInput('quantity', `${plan.name} allows at most ${plan.maxQuantity}`);
  }
  return ctx.tx(async ({ em, emit }) => {
    const account = await em.findOne(PurchasingAccountRef, {
      id: input.purchasingAccountId,
      organizationId: user.organizationId,
    });
    if (!account) throw notFound('Purchasing account');
    const now = ctx.clock.now();
    const subscription = Object.assign(new Subscription(), {
      id: ctx.ids.uuid(),
      organizationId: user.organizationId,
      purchasingAccountId: account.id,
      sku: plan.sku,
      productId: found.product.id,
      serviceName: found.product.name,
      plan: plan.name,
      quantity: input.quantity,
      status: 'AWAITING_ORDER' as const,
      selfProvisioned: true,
      expiresOn: account.coveredUntil,
      manageUrl: found.product.manageUrl,
      createdAt: now,
      provisionedByUserId: user.userId,
    });
    em.persist(subscription);
    await recount(em, null, countedSubscription(subscription));
    emit(events.subscriptionProvisioned, {
      ...subscriptionRef(subscription, account.partnerOrganizationId),
      orderDeadline: orderDeadline(now, ctx.deps.settings.orderDays).toISOString(),
      manageServicesUrl: subscription.manageUrl,
    });
    emit(events.subscriptionChanged, subscriptionChangedPayload(subscription));
    return subscription;
  });
}
