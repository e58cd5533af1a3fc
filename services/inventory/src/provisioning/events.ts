import type { Subscription } from '../licenses/license.ts';

/** What the provisioned and cancelled events say about a self-provisioned service (INV-4). */
export function subscriptionRef(s: Subscription, partnerOrganizationId: string) {
  return {
    subscriptionId: s.id,
    organizationId: s.organizationId,
    purchasingAccountId: s.purchasingAccountId,
    partnerOrganizationId,
    serviceName: s.serviceName,
    plan: s.plan,
    sku: s.sku,
    quantity: s.quantity,
    ...(s.provisionedByUserId ? { requestedByUserId: s.provisionedByUserId } : {}),
  };
}
