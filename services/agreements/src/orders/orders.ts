import { agreements as events } from '@bc/contracts';
import {
  badInput,
  type ConnectionArgs,
  clientCustomerFilter,
  clientReaches,
  conflict,
  filterText,
  findPage,
  isMinorUnits,
  keyedWrite,
  MAX_MINOR_UNITS,
  notFound,
  partnerServes,
  productWithinBound,
} from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import { Agreement } from '../agreements/agreement.ts';
import { newNumber, requireDate, requireText } from '../agreements/rules.ts';
import type { AgreementsContext } from '../context.ts';
import { canSeeOrder, requirePartnerSeller, requireReader } from '../customers/access.ts';
import { PurchasingAccount } from '../purchasing-accounts/purchasing-account.ts';
import { orderPlacedPayload } from './events.ts';
import { Order, type OrderLine, type OrderStatus, type OrderType, ServicePurchase } from './order.ts';
import { type Money, protectedUnitPrice, serviceYearStart } from './price-protection.ts';

export interface OrderLineInput {
  kind: 'PRODUCT' | 'ONLINE_SERVICE';
  sku: string;
  name: string;
  quantity: number;
  listUnitPrice: Money;
}

/** The subscription anniversary after `now`: the 1st of the agreement's anniversary month (UTC). */
export function nextAnniversary(now: Date, anniversaryMonth: number): Date {
  const thisYear = new Date(Date.UTC(now.getUTCFullYear(), anniversaryMonth - 1, 1));
  return thisYear.getTime() > now.getTime()
    ? thisYear
    : new Date(Date.UTC(now.getUTCFullYear() + 1, anniversaryMonth - 1, 1));
}

/**
 * API-5: every amount, line total and order total stays within `MAX_MINOR_UNITS`, so it is exact
 * everywhere (API, events, read models). Price protection only lowers prices, so list prices bound it.
 */
function requireLines(lines: OrderLineInput[]): OrderLineInput[] {
  if (lines.length === 0) throw badInput('lines', 'add at least one line');
  if (lines.length > 500) throw badInput('lines', 'at most 500 lines per order');
  const currency = lines[0]!.listUnitPrice.currency.toUpperCase();
  const checked = lines.map((line, i) => {
    const field = `lines[${i}]`;
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 1_000_000) {
      throw badInput(`${field}.quantity`, 'must be a whole number from 1 to 1,000,000');
    }
    const price = line.listUnitPrice;
    if (!isMinorUnits(price.amountMinor) || price.amountMinor < 0) {
      throw badInput(
        `${field}.listUnitPrice.amountMinor`,
        'must be a whole, non-negative number of minor units',
      );
    }
    if (!productWithinBound(price.amountMinor, line.quantity))
      throw badInput(`${field}.quantity`, `the line total must stay within ${MAX_MINOR_UNITS} minor units`);
    if (!/^[A-Z]{3}$/i.test(price.currency))
      throw badInput(`${field}.listUnitPrice.currency`, 'must be an ISO 4217 code');
    if (price.currency.toUpperCase() !== currency)
      throw badInput(`${field}.listUnitPrice.currency`, 'all lines use one currency');
    return {
      kind: line.kind,
      sku: requireText(`${field}.sku`, line.sku, 60).toUpperCase(),
      name: requireText(`${field}.name`, line.name),
      quantity: line.quantity,
      listUnitPrice: { amountMinor: price.amountMinor, currency },
    };
  });
  const total = checked.reduce(
    (sum, l) => sum + BigInt(l.listUnitPrice.amountMinor) * BigInt(l.quantity),
    0n,
  );
  if (total > BigInt(MAX_MINOR_UNITS))
    throw badInput('lines', `the order total must stay within ${MAX_MINOR_UNITS} minor units`);
  return checked;
}

/**
 * AGR-5: the partner orders for one of its customers' purchasing accounts under a signed agreement.
 * Online-service lines get AGR-7 price protection; `agreements.order.placed.v1` carries every line.
 */
export async function placeOrder(
  ctx: AgreementsContext,
  input: {
    purchasingAccountId: string;
    agreementId: string;
    type: OrderType;
    purchaseOrderNumber: string;
    lines: OrderLineInput[];
  },
  idempotencyKey?: string | null,
): Promise<Order> {
  const partner = requirePartnerSeller(ctx.identity);
  const purchaseOrderNumber = requireText('purchaseOrderNumber', input.purchaseOrderNumber, 60);
  const lines = requireLines(input.lines);
  const retry = { key: idempotencyKey, request: input };
  return keyedWrite(ctx, partner, 'placeOrder', { ...retry, entity: Order }, async ({ em, emit }) => {
    const account = await em.findOne(PurchasingAccount, { id: input.purchasingAccountId });
    if (
      !account ||
      !clientReaches(partner, account.organizationId) ||
      !(await partnerServes(em, partner.organizationId, account.organizationId))
    ) {
      throw notFound('Purchasing account');
    }
    const agreement = await em.findOne(Agreement, { id: input.agreementId, purchasingAccountId: account.id });
    if (!agreement) throw notFound('Agreement');
    if (agreement.status !== 'SIGNED') throw conflict('agreementId', 'orders need a signed agreement');
    const now = ctx.clock.now();
    const anniversary = nextAnniversary(now, agreement.anniversaryMonth);
    const serviceSkus = lines.filter((l) => l.kind === 'ONLINE_SERVICE').map((l) => l.sku);
    const earlier = serviceSkus.length
      ? await em.find(
          ServicePurchase,
          {
            purchasingAccountId: account.id,
            sku: { $in: serviceSkus },
            purchasedAt: { $gte: serviceYearStart(anniversary) },
          },
          { orderBy: { purchasedAt: 'asc', id: 'asc' } },
        )
      : [];
    const orderId = ctx.ids.uuid();
    const priced: OrderLine[] = lines.map((line, i) => {
      if (line.kind === 'PRODUCT')
        return { ...line, lineNumber: i + 1, unitPrice: line.listUnitPrice, priceProtected: false };
      const first = earlier.find((p) => p.sku === line.sku);
      const price = protectedUnitPrice({
        now,
        anniversary,
        todayUnitPrice: line.listUnitPrice,
        firstPurchaseThisServiceYear: first
          ? {
              unitPrice: { amountMinor: first.unitPriceMinor, currency: first.currency },
              purchasedAt: first.purchasedAt,
            }
          : null,
      });
      return { ...line, lineNumber: i + 1, unitPrice: price.unitPrice, priceProtected: price.protected };
    });
    for (const line of priced) {
      if (line.kind !== 'ONLINE_SERVICE') continue;
      em.persist(
        Object.assign(new ServicePurchase(), {
          id: ctx.ids.uuid(),
          purchasingAccountId: account.id,
          sku: line.sku,
          unitPriceMinor: line.unitPrice.amountMinor,
          currency: line.unitPrice.currency,
          purchasedAt: now,
          orderId,
        }),
      );
    }
    const order = Object.assign(new Order(), {
      id: orderId,
      number: newNumber('ORD'),
      organizationId: account.organizationId,
      partnerOrganizationId: partner.organizationId,
      purchasingAccountId: account.id,
      purchasingAccountNumber: account.number,
      agreementId: agreement.id,
      agreementNumber: agreement.number,
      type: input.type,
      status: 'PLACED' as const,
      purchaseOrderNumber,
      orderedAt: now,
      lines: priced,
      totalMinor: priced.reduce((sum, l) => sum + l.unitPrice.amountMinor * l.quantity, 0),
      currency: priced[0]!.unitPrice.currency,
    });
    em.persist(order);
    emit(events.orderPlaced, orderPlacedPayload(order, agreement));
    return order;
  });
}

export interface OrderFilter {
  purchasingAccountId?: string | null;
  orderDateFrom?: string | null;
  orderDateTo?: string | null;
  type?: OrderType | null;
  orderingPartyId?: string | null;
  orderNumber?: string | null;
  agreementNumber?: string | null;
  purchasingAccountNumber?: string | null;
  status?: OrderStatus | null;
}

/** AGR-6: order history with its seven filters (plus the purchasing-account scope of AGR-1), newest first. */
export async function findOrders(
  ctx: AgreementsContext,
  filter: OrderFilter | null | undefined,
  args: ConnectionArgs,
) {
  const user = requireReader(ctx.identity, 'VIEW_ORDERS');
  const where: FilterQuery<Order> =
    user.organizationKind === 'PARTNER'
      ? { partnerOrganizationId: user.organizationId, ...clientCustomerFilter(user, 'organizationId') }
      : { organizationId: user.organizationId };
  const f = filter ?? {};
  if (f.purchasingAccountId) where.purchasingAccountId = f.purchasingAccountId;
  if (f.type) where.type = f.type;
  if (f.orderingPartyId) where.partnerOrganizationId = f.orderingPartyId;
  const orderNumber = filterText('orderNumber', f.orderNumber);
  const agreementNumber = filterText('agreementNumber', f.agreementNumber);
  const accountNumber = filterText('purchasingAccountNumber', f.purchasingAccountNumber);
  if (orderNumber) where.number = orderNumber.toUpperCase();
  if (agreementNumber) where.agreementNumber = agreementNumber.toUpperCase();
  if (accountNumber) where.purchasingAccountNumber = accountNumber.toUpperCase();
  if (f.status) where.status = f.status;
  const at: Record<string, Date> = {};
  if (f.orderDateFrom) at.$gte = new Date(`${requireDate('orderDateFrom', f.orderDateFrom)}T00:00:00.000Z`);
  if (f.orderDateTo)
    at.$lt = new Date(
      new Date(`${requireDate('orderDateTo', f.orderDateTo)}T00:00:00.000Z`).getTime() + 86_400_000,
    );
  if (Object.keys(at).length) where.orderedAt = at;
  // A partner filtering on another ordering party sees nothing: its own scope already applies.
  if (user.organizationKind === 'PARTNER' && f.orderingPartyId && f.orderingPartyId !== user.organizationId) {
    where.partnerOrganizationId = { $in: [] };
  }
  // The order number is unique: it breaks ties between orders placed at the same instant.
  return findPage(ctx.em, Order, where, args, [
    ['orderedAt', 'desc'],
    ['number', 'asc'],
  ]);
}

export async function findOrder(ctx: AgreementsContext, id: string): Promise<Order | null> {
  const user = requireReader(ctx.identity, 'VIEW_ORDERS');
  const order = await ctx.loaders.orders.load(id);
  return order && canSeeOrder(user, order) ? order : null;
}
