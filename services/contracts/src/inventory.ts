import { z } from 'zod';
import { defineEvent } from './envelope.ts';

const id = z.string().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const subscriptionRef = {
  subscriptionId: id,
  organizationId: id,
  purchasingAccountId: id,
  /** The partner of record of the purchasing account (NOT-2). */
  partnerOrganizationId: id,
  serviceName: z.string(),
  plan: z.string(),
  sku: z.string(),
  quantity: z.number().int().positive(),
  /**
   * INV-4: the user who set the service up; they are told when it is ready and when it is cancelled.
   * Optional: events written before it was added do not carry it.
   */
  requestedByUserId: id.optional(),
};

/** INV-4: a customer set up an online service; it is usable now and the partner must order it. */
export const subscriptionProvisioned = defineEvent(
  'inventory.subscription.provisioned',
  1,
  z.object({
    ...subscriptionRef,
    orderDeadline: z.string().datetime(),
    manageServicesUrl: z.string().url().nullable(),
  }),
  { key: (p) => p.subscriptionId, tenant: (p) => p.organizationId },
);

/** INV-4: a self-provisioned service got no order in time and was cancelled. */
export const subscriptionCancelled = defineEvent(
  'inventory.subscription.cancelled',
  1,
  z.object({
    ...subscriptionRef,
    reason: z.enum(['NO_ORDER']),
    /** When it was cancelled; optional, events written before it was added do not carry it. */
    cancelledAt: z.string().datetime().optional(),
  }),
  { key: (p) => p.subscriptionId, tenant: (p) => p.organizationId },
);

/** INV-7: an item crossed an expiry threshold (once per item, threshold and expiry date). */
export const expiryAlerted = defineEvent(
  'inventory.expiry.alerted',
  1,
  z.object({
    itemId: id,
    itemKind: z.enum(['LICENSE', 'SUBSCRIPTION']),
    organizationId: id,
    purchasingAccountId: id,
    partnerOrganizationId: id.nullable(),
    name: z.string(),
    expiresOn: isoDate,
    threshold: z.enum(['DAYS_90', 'DAYS_30', 'EXPIRED']),
  }),
  { key: (p) => p.itemId, tenant: (p) => p.organizationId },
);

/** INV-2: a license was granted or changed (renewal, cancellation); benefits derive entitlements from it (BEN-2). */
export const licenseChanged = defineEvent(
  'inventory.license.changed',
  1,
  z.object({
    licenseId: id,
    organizationId: id,
    purchasingAccountId: id,
    sku: z.string(),
    productName: z.string(),
    /** Product, version and edition by `productDisplayName`; absent in events recorded before it existed. */
    displayName: z.string().optional(),
    /** The product group benefits are arranged by. */
    family: z.string(),
    quantity: z.number().int().positive(),
    softwareAssurance: z.boolean(),
    status: z.enum(['ACTIVE', 'CANCELLED']),
    expiresOn: isoDate,
  }),
  { key: (p) => p.licenseId, tenant: (p) => p.organizationId },
);

/**
 * INV-2/INV-4: an online-service subscription as it is now, on every change (granted by an order,
 * self-provisioned, settled by an order, renewed, cancelled). Reporting builds Licenses and Services,
 * Online Services Renewals and the REP-7 reconciliation from it.
 */
export const subscriptionChanged = defineEvent(
  'inventory.subscription.changed',
  1,
  z.object({
    subscriptionId: id,
    organizationId: id,
    purchasingAccountId: id,
    sku: z.string(),
    serviceName: z.string(),
    plan: z.string(),
    /** Seats in use (provisioned). */
    quantity: z.number().int().positive(),
    status: z.enum(['ACTIVE', 'AWAITING_ORDER', 'CANCELLED']),
    /** True when the customer set it up before any order (INV-4). */
    selfProvisioned: z.boolean(),
    /** The order that granted or settled it, if any. */
    orderNumber: z.string().nullable(),
    expiresOn: isoDate,
  }),
  { key: (p) => p.subscriptionId, tenant: (p) => p.organizationId },
);

export const inventoryEvents = [
  subscriptionProvisioned,
  subscriptionCancelled,
  expiryAlerted,
  licenseChanged,
  subscriptionChanged,
];
