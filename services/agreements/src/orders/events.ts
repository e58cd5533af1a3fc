import type { Agreement } from '../agreements/agreement.ts';
import type { Order } from './order.ts';

/** The `agreements.order.placed.v1` payload: the order with every line (AGR-5). */
export function orderPlacedPayload(order: Order, agreement: Agreement) {
  return {
    orderId: order.id,
    orderNumber: order.number,
    organizationId: order.organizationId,
    partnerOrganizationId: order.partnerOrganizationId,
    purchasingAccountId: order.purchasingAccountId,
    purchasingAccountNumber: order.purchasingAccountNumber,
    agreementId: agreement.id,
    agreementNumber: agreement.number,
    agreementEndDate: agreement.endDate,
    type: order.type,
    purchaseOrderNumber: order.purchaseOrderNumber,
    orderedAt: order.orderedAt.toISOString(),
    lines: order.lines,
  };
}
