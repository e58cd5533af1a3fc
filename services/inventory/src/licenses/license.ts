import { defineEntity, p } from '@mikro-orm/core';

export const LicenseSchema = defineEntity({
  name: 'License',
  tableName: 'license',
  uniques: [{ properties: ['orderId', 'orderLineNumber'] }],
  indexes: [
    { properties: ['organizationId', 'purchasingAccountId'] },
    // API-6: the product-key list of an account, read in keyset pages in its order.
    {
      properties: ['purchasingAccountId', 'productName', 'version', 'edition', 'id'],
      name: 'license_product_keys_index',
    },
  ],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    purchasingAccountId: p.string().length(36),
    orderId: p.string().length(36),
    orderNumber: p.string().length(32),
    orderLineNumber: p.integer(),
    sku: p.string(),
    productId: p.string(),
    productName: p.string(),
    family: p.string(),
    version: p.string(),
    edition: p.string(),
    quantity: p.integer(),
    softwareAssurance: p.boolean(),
    /** YYYY-MM-DD: Software Assurance coverage runs to the agreement's end. */
    expiresOn: p.string().length(10),
    status: p.string().$type<'ACTIVE' | 'CANCELLED'>().length(16),
    grantedAt: p.datetime(),
  },
});

/** INV-2: licenses of a purchasing account, granted from one order line. */
export class License extends LicenseSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.status = 'ACTIVE';
  }
}
LicenseSchema.setClass(License);

export type SubscriptionStatus = 'ACTIVE' | 'AWAITING_ORDER' | 'CANCELLED';

/** Why a subscription was cancelled: so far only a self-provisioned service whose order never came. */
export type CancellationReason = 'NO_ORDER';

export const SubscriptionSchema = defineEntity({
  name: 'Subscription',
  tableName: 'subscription',
  uniques: [{ properties: ['orderId', 'orderLineNumber'] }],
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    purchasingAccountId: p.string().length(36),
    orderId: p.string().length(36).strictNullable(),
    orderNumber: p.string().length(32).strictNullable(),
    orderLineNumber: p.integer().strictNullable(),
    sku: p.string(),
    productId: p.string(),
    serviceName: p.string(),
    plan: p.string(),
    quantity: p.integer(),
    status: p.string().$type<SubscriptionStatus>().length(16),
    /** INV-4: set up by the customer before any order; stays true once an order settles it. */
    selfProvisioned: p.boolean().default(false),
    expiresOn: p.string().length(10),
    manageUrl: p.string().strictNullable(),
    createdAt: p.datetime(),
    /** INV-4: the user who set it up (told when it is ready and when it is cancelled); null for ordered ones. */
    provisionedByUserId: p.string().length(36).strictNullable(),
    /** INV-4: when and why it was cancelled; null unless CANCELLED (and for rows cancelled before the columns). */
    cancelledAt: p.datetime().strictNullable(),
    cancellationReason: p.string().$type<CancellationReason>().length(16).strictNullable(),
  },
});

/** INV-2/INV-4: an online-service subscription, from an order or self-provisioned. */
export class Subscription extends SubscriptionSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.orderId = null;
    this.orderNumber = null;
    this.orderLineNumber = null;
    this.selfProvisioned = false;
    this.manageUrl = null;
    this.provisionedByUserId = null;
    this.cancelledAt = null;
    this.cancellationReason = null;
  }
}
SubscriptionSchema.setClass(Subscription);
