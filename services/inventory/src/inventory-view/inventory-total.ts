import { type CountedItem, fillTotalsIfEmpty, moveTotal } from '@bc/platform';
import { defineEntity, type EntityManager, p } from '@mikro-orm/core';
import type { License, Subscription } from '../licenses/license.ts';

/**
 * What a purchasing account holds of one edition (or plan) to one expiry date: the quantity and the
 * number of licenses or subscriptions, kept on every write of those rows (in the same transaction), so
 * the dashboard reads a few dozen totals instead of aggregating thousands of licenses per request.
 * The key is everything the dashboard groups by; only live items count (active licenses, subscriptions
 * not cancelled), as in the inventory list.
 */
export const InventoryTotalSchema = defineEntity({
  name: 'InventoryTotal',
  tableName: 'inventory_total',
  indexes: [{ properties: ['organizationId'] }],
  properties: {
    purchasingAccountId: p.string().length(36).primary(),
    kind: p.string().$type<'LICENSE' | 'SUBSCRIPTION'>().length(16).primary(),
    productId: p.string().primary(),
    productName: p.string().primary(),
    family: p.string().primary(),
    version: p.string().primary(),
    edition: p.string().primary(),
    sku: p.string().primary(),
    /** YYYY-MM-DD, as on the items. */
    expiresOn: p.string().length(10).primary(),
    organizationId: p.string().length(36),
    quantity: p.integer(),
    items: p.integer(),
  },
});

export class InventoryTotal extends InventoryTotalSchema.class {}
InventoryTotalSchema.setClass(InventoryTotal);

/** An item's place in the totals, or null when it counts in none (cancelled). */
export type Counted = CountedItem | null;

type LicenseFields = Pick<
  License,
  | 'organizationId'
  | 'purchasingAccountId'
  | 'productId'
  | 'productName'
  | 'family'
  | 'version'
  | 'edition'
  | 'sku'
  | 'expiresOn'
  | 'quantity'
  | 'status'
>;
type SubscriptionFields = Pick<
  Subscription,
  | 'organizationId'
  | 'purchasingAccountId'
  | 'productId'
  | 'serviceName'
  | 'plan'
  | 'sku'
  | 'expiresOn'
  | 'quantity'
  | 'status'
>;

export function countedLicense(l: LicenseFields): Counted {
  if (l.status !== 'ACTIVE') return null;
  return {
    key: {
      purchasing_account_id: l.purchasingAccountId,
      kind: 'LICENSE',
      product_id: l.productId,
      product_name: l.productName,
      family: l.family,
      version: l.version,
      edition: l.edition,
      sku: l.sku,
      expires_on: l.expiresOn,
    },
    amounts: { quantity: l.quantity, items: 1 },
    columns: { organization_id: l.organizationId },
  };
}

export function countedSubscription(s: SubscriptionFields): Counted {
  if (s.status === 'CANCELLED') return null;
  return {
    key: {
      purchasing_account_id: s.purchasingAccountId,
      kind: 'SUBSCRIPTION',
      product_id: s.productId,
      product_name: s.serviceName,
      family: 'Online Services',
      version: '',
      edition: s.plan,
      sku: s.sku,
      expires_on: s.expiresOn,
    },
    amounts: { quantity: s.quantity, items: 1 },
    columns: { organization_id: s.organizationId },
  };
}

/**
 * Moves one item's contribution from where it counted before a write (null for a new item) to where
 * it counts after (null when it no longer counts). Call it in the write's transaction with snapshots
 * taken by `countedLicense`/`countedSubscription`.
 */
export const recount = (em: EntityManager, before: Counted, after: Counted) =>
  moveTotal(em, 'inventory_total', 'items', before, after);

/** Fills the totals from the items for a database from before them (platform `fillTotalsIfEmpty`). */
export const fillTotalsIfMissing = (em: EntityManager) =>
  fillTotalsIfEmpty(em, 'inventory_total', FILL_TOTALS);

/** The totals as the items give them, in the table's column order. */
export const TOTALS_FROM_ITEMS = `select purchasing_account_id, 'LICENSE' as kind, product_id, product_name, family, version, edition, sku, expires_on,
      min(organization_id) as organization_id, sum(quantity) as quantity, count(*) as items
    from license where status = 'ACTIVE'
    group by purchasing_account_id, product_id, product_name, family, version, edition, sku, expires_on
  union all
  select purchasing_account_id, 'SUBSCRIPTION', product_id, service_name, 'Online Services', '', plan, sku, expires_on,
      min(organization_id), sum(quantity), count(*)
    from subscription where status <> 'CANCELLED'
    group by purchasing_account_id, product_id, service_name, plan, sku, expires_on`;

const FILL_TOTALS = `insert into inventory_total
  (purchasing_account_id, kind, product_id, product_name, family, version, edition, sku, expires_on, organization_id, quantity, items)
  ${TOTALS_FROM_ITEMS}`;

/** Rebuilds every total from the items: for bulk loads that write items straight into the table (benchmarks, tests). */
export const REBUILD_INVENTORY_TOTALS = ['delete from inventory_total', FILL_TOTALS];
