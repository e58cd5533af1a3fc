import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { Money } from './price-protection.ts';

export type OrderType = 'NEW' | 'ADD_ON' | 'RENEWAL' | 'TRUE_UP';
export type OrderStatus = 'PLACED' | 'COMPLETED' | 'CANCELLED';

export interface OrderLine {
  lineNumber: number;
  kind: 'PRODUCT' | 'ONLINE_SERVICE';
  sku: string;
  name: string;
  quantity: number;
  unitPrice: Money;
  listUnitPrice: Money;
  priceProtected: boolean;
}

/**
 * AGR-5: an order placed by the partner. Lines live in the order row (they are read and written
 * with it); agreement and purchasing account numbers are copied for the AGR-6 filters.
 */
export class Order {
  id!: string;
  number!: string;
  organizationId!: string;
  partnerOrganizationId!: string;
  purchasingAccountId!: string;
  purchasingAccountNumber!: string;
  agreementId!: string;
  agreementNumber!: string;
  type!: OrderType;
  status!: OrderStatus;
  purchaseOrderNumber!: string;
  orderedAt!: Date;
  lines!: OrderLine[];
  totalMinor!: number;
  currency!: string;
}

export const OrderSchema = new EntitySchema<Order>({
  class: Order,
  tableName: 'customer_order',
  indexes: [
    { properties: ['organizationId', 'orderedAt'] },
    { properties: ['purchasingAccountId', 'orderedAt'] },
  ],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    number: { type: 'string', length: 32, unique: true },
    organizationId: { type: 'string', length: 36 },
    partnerOrganizationId: { type: 'string', length: 36, index: true },
    purchasingAccountId: { type: 'string', length: 36 },
    purchasingAccountNumber: { type: 'string', length: 32 },
    agreementId: { type: 'string', length: 36, index: true },
    agreementNumber: { type: 'string', length: 32 },
    type: { type: 'string', length: 16 },
    status: { type: 'string', length: 16 },
    purchaseOrderNumber: { type: 'string' },
    orderedAt: { type: 'datetime' },
    lines: { type: 'json' },
    totalMinor: { type: new BigIntType('number') },
    currency: { type: 'string', length: 3 },
  },
});

/** AGR-7: each online-service purchase, to find the first purchase of a service year. */
export class ServicePurchase {
  id!: string;
  purchasingAccountId!: string;
  sku!: string;
  unitPriceMinor!: number;
  currency!: string;
  purchasedAt!: Date;
  orderId!: string;
}

export const ServicePurchaseSchema = new EntitySchema<ServicePurchase>({
  class: ServicePurchase,
  tableName: 'service_purchase',
  indexes: [{ properties: ['purchasingAccountId', 'sku', 'purchasedAt'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    purchasingAccountId: { type: 'string', length: 36 },
    sku: { type: 'string' },
    // API-5: amounts beyond 32 bits (PostgreSQL `bigint`; read back as an exact number).
    unitPriceMinor: { type: new BigIntType('number') },
    currency: { type: 'string', length: 3 },
    purchasedAt: { type: 'datetime' },
    orderId: { type: 'string', length: 36 },
  },
});
