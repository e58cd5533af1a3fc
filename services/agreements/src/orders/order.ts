import { defineEntity, p } from '@mikro-orm/core';
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

export const OrderSchema = defineEntity({
  name: 'Order',
  tableName: 'customer_order',
  indexes: [
    { properties: ['organizationId', 'orderedAt'] },
    { properties: ['purchasingAccountId', 'orderedAt'] },
    // API-6: a partner's order list, newest first, read in keyset pages.
    {
      properties: ['partnerOrganizationId', 'orderedAt'],
      name: 'customer_order_partner_organization_id_ordered_at_index',
    },
  ],
  properties: {
    id: p.string().length(36).primary(),
    number: p.string().length(32).unique(),
    organizationId: p.string().length(36),
    partnerOrganizationId: p.string().length(36).index(),
    purchasingAccountId: p.string().length(36),
    purchasingAccountNumber: p.string().length(32),
    agreementId: p.string().length(36).index(),
    agreementNumber: p.string().length(32),
    type: p.string().$type<OrderType>().length(16),
    status: p.string().$type<OrderStatus>().length(16),
    purchaseOrderNumber: p.string(),
    orderedAt: p.datetime(),
    lines: p.json<OrderLine[]>(),
    totalMinor: p.bigint('number'),
    currency: p.string().length(3),
  },
});

/**
 * AGR-5: an order placed by the partner. Lines live in the order row (they are read and written
 * with it); agreement and purchasing account numbers are copied for the AGR-6 filters.
 */
export class Order extends OrderSchema.class {}
OrderSchema.setClass(Order);

export const ServicePurchaseSchema = defineEntity({
  name: 'ServicePurchase',
  tableName: 'service_purchase',
  indexes: [{ properties: ['purchasingAccountId', 'sku', 'purchasedAt'] }],
  properties: {
    id: p.string().length(36).primary(),
    purchasingAccountId: p.string().length(36),
    sku: p.string(),
    // API-5: amounts beyond 32 bits (PostgreSQL `bigint`; read back as an exact number).
    unitPriceMinor: p.bigint('number'),
    currency: p.string().length(3),
    purchasedAt: p.datetime(),
    orderId: p.string().length(36),
  },
});

/** AGR-7: each online-service purchase, to find the first purchase of a service year. */
export class ServicePurchase extends ServicePurchaseSchema.class {}
ServicePurchaseSchema.setClass(ServicePurchase);
