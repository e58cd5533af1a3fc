import { EntitySchema } from '@mikro-orm/core';

/** INV-2: licenses of a purchasing account, granted from one order line. */
export class License {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  orderId!: string;
  orderNumber!: string;
  orderLineNumber!: number;
  sku!: string;
  productId!: string;
  productName!: string;
  family!: string;
  version!: string;
  edition!: string;
  quantity!: number;
  softwareAssurance!: boolean;
  /** YYYY-MM-DD: Software Assurance coverage runs to the agreement's end. */
  expiresOn!: string;
  status: 'ACTIVE' | 'CANCELLED' = 'ACTIVE';
  grantedAt!: Date;
}

export const LicenseSchema = new EntitySchema<License>({
  class: License,
  tableName: 'license',
  uniques: [{ properties: ['orderId', 'orderLineNumber'] }],
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36 },
    purchasingAccountId: { type: 'string', length: 36 },
    orderId: { type: 'string', length: 36 },
    orderNumber: { type: 'string', length: 32 },
    orderLineNumber: { type: 'integer' },
    sku: { type: 'string' },
    productId: { type: 'string' },
    productName: { type: 'string' },
    family: { type: 'string' },
    version: { type: 'string' },
    edition: { type: 'string' },
    quantity: { type: 'integer' },
    softwareAssurance: { type: 'boolean' },
    expiresOn: { type: 'string', length: 10 },
    status: { type: 'string', length: 16 },
    grantedAt: { type: 'datetime' },
  },
});

export type SubscriptionStatus = 'ACTIVE' | 'AWAITING_ORDER' | 'CANCELLED';

/** INV-2/INV-4: an online-service subscription, from an order or self-provisioned. */
export class Subscription {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  orderId: string | null = null;
  orderNumber: string | null = null;
  orderLineNumber: number | null = null;
  sku!: string;
  productId!: string;
  serviceName!: string;
  plan!: string;
  quantity!: number;
  status!: SubscriptionStatus;
  /** INV-4: set up by the customer before any order; stays true once an order settles it. */
  selfProvisioned = false;
  expiresOn!: string;
  manageUrl: string | null = null;
  createdAt!: Date;
  /** INV-4: the user who set it up (told when it is ready and when it is cancelled); null for ordered ones. */
  provisionedByUserId: string | null = null;
  /** INV-4: when and why it was cancelled; null unless CANCELLED (and for rows cancelled before the columns). */
  cancelledAt: Date | null = null;
  cancellationReason: CancellationReason | null = null;
}

/** Why a subscription was cancelled: so far only a self-provisioned service whose order never came. */
export type CancellationReason = 'NO_ORDER';

export const SubscriptionSchema = new EntitySchema<Subscription>({
  class: Subscription,
  tableName: 'subscription',
  uniques: [{ properties: ['orderId', 'orderLineNumber'] }],
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36 },
    purchasingAccountId: { type: 'string', length: 36 },
    orderId: { type: 'string', length: 36, nullable: true },
    orderNumber: { type: 'string', length: 32, nullable: true },
    orderLineNumber: { type: 'integer', nullable: true },
    sku: { type: 'string' },
    productId: { type: 'string' },
    serviceName: { type: 'string' },
    plan: { type: 'string' },
    quantity: { type: 'integer' },
    status: { type: 'string', length: 16 },
    selfProvisioned: { type: 'boolean', default: false },
    expiresOn: { type: 'string', length: 10 },
    manageUrl: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
    provisionedByUserId: { type: 'string', length: 36, nullable: true },
    cancelledAt: { type: 'datetime', nullable: true },
    cancellationReason: { type: 'string', length: 16, nullable: true },
  },
});
