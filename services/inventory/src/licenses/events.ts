import { itemDisplayName } from '../catalog/display-name.ts';
import type { License, Subscription } from './license.ts';

/** The `inventory.license.changed.v1` payload: the license as it is now (INV-2, BEN-2). */
export function licenseChangedPayload(license: License) {
  return {
    licenseId: license.id,
    organizationId: license.organizationId,
    purchasingAccountId: license.purchasingAccountId,
    sku: license.sku,
    productName: license.productName,
    displayName: itemDisplayName({
      sku: license.sku,
      product: license.productName,
      version: license.version,
      edition: license.edition,
    }),
    family: license.family,
    quantity: license.quantity,
    softwareAssurance: license.softwareAssurance,
    status: license.status,
    expiresOn: license.expiresOn,
  };
}

/** The `inventory.subscription.changed.v1` payload: the subscription as it is now. */
export function subscriptionChangedPayload(subscription: Subscription) {
  return {
    subscriptionId: subscription.id,
    organizationId: subscription.organizationId,
    purchasingAccountId: subscription.purchasingAccountId,
    sku: subscription.sku,
    serviceName: subscription.serviceName,
    plan: subscription.plan,
    quantity: subscription.quantity,
    status: subscription.status,
    selfProvisioned: subscription.selfProvisioned,
    orderNumber: subscription.orderNumber,
    expiresOn: subscription.expiresOn,
  };
}
