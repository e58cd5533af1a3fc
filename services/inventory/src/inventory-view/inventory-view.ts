import {
  type ConnectionArgs,
  clientReaches,
  customersOf,
  filterText,
  forbidden,
  pageOfList,
  requirePermission,
} from '@bc/platform';
import type { CatalogKind } from '../catalog/catalog-data.ts';
import { itemDisplayName } from '../catalog/display-name.ts';
import type { InventoryContext } from '../context.ts';
import { type ExpiryStatus, expiryStatus } from '../expiry/expiry-status.ts';
import { License, Subscription, type SubscriptionStatus } from '../licenses/license.ts';

export interface InventoryEdition {
  edition: string;
  /** Product, version and edition or plan, by the one display-name rule. */
  displayName: string;
  sku: string;
  quantity: number;
  nextExpiration: string | null;
  expiryStatus: ExpiryStatus;
  licenses: License[];
  subscriptions: Subscription[];
}

export interface InventoryVersion {
  version: string;
  nextExpiration: string | null;
  expiryStatus: ExpiryStatus;
  editions: InventoryEdition[];
}

export interface InventoryProduct {
  productId: string;
  productName: string;
  family: string;
  kind: CatalogKind;
  totalQuantity: number;
  nextExpiration: string | null;
  expiryStatus: ExpiryStatus;
  versions: InventoryVersion[];
}

const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort()[0] ?? null;
const statusOf = (date: string | null, now: Date): ExpiryStatus =>
  date ? expiryStatus(new Date(`${date}T00:00:00.000Z`), now) : 'ACTIVE';

/**
 * Loads the caller's licenses and subscriptions (two statements, whatever their number) and groups
 * them product → version → edition, each level with its next expiration (INV-2, INV-3). Cancelled
 * subscriptions are listed too (INV-4), unless the status filter leaves them out; listed licenses
 * are the active ones.
 */
async function loadInventory(
  ctx: InventoryContext,
  purchasingAccountId: string | null | undefined,
  statuses: readonly SubscriptionStatus[] | null | undefined,
) {
  const scope = { organizationId: { $in: await readableOrganizations(ctx) } };
  const accountFilter = purchasingAccountId ? { purchasingAccountId } : {};
  const wanted = statuses?.length ? [...new Set(statuses)] : null;
  const [licenses, subscriptions] = await Promise.all([
    wanted && !wanted.includes('ACTIVE')
      ? []
      : ctx.em.find(
          License,
          { ...scope, ...accountFilter, status: 'ACTIVE' },
          { orderBy: { expiresOn: 'asc', id: 'asc' } },
        ),
    ctx.em.find(
      Subscription,
      { ...scope, ...accountFilter, ...(wanted ? { status: { $in: wanted } } : {}) },
      { orderBy: { expiresOn: 'asc', id: 'asc' } },
    ),
  ]);
  return group(licenses, subscriptions, ctx.clock.now());
}

export function group(licenses: License[], subscriptions: Subscription[], now: Date): InventoryProduct[] {
  type Acc = {
    product: Omit<InventoryProduct, 'versions' | 'nextExpiration' | 'expiryStatus'>;
    versions: Map<string, Map<string, InventoryEdition>>;
  };
  const products = new Map<string, Acc>();
  const edition = (productId: string, head: Acc['product'], version: string, name: string, sku: string) => {
    const acc = products.get(productId) ?? { product: head, versions: new Map() };
    products.set(productId, acc);
    const editions = acc.versions.get(version) ?? new Map<string, InventoryEdition>();
    acc.versions.set(version, editions);
    const found = editions.get(name) ?? {
      edition: name,
      displayName: itemDisplayName({ sku, product: head.productName, version, edition: name }),
      sku,
      quantity: 0,
      nextExpiration: null,
      expiryStatus: 'ACTIVE' as ExpiryStatus,
      licenses: [],
      subscriptions: [],
    };
    editions.set(name, found);
    return { acc, found };
  };
  for (const l of licenses) {
    const { acc, found } = edition(
      l.productId,
      {
        productId: l.productId,
        productName: l.productName,
        family: l.family,
        kind: 'SOFTWARE',
        totalQuantity: 0,
      },
      l.version,
      l.edition,
      l.sku,
    );
    found.licenses.push(l);
    found.quantity += l.quantity;
    acc.product.totalQuantity += l.quantity;
  }
  for (const s of subscriptions) {
    const { acc, found } = edition(
      s.productId,
      {
        productId: s.productId,
        productName: s.serviceName,
        family: 'Online Services',
        kind: 'ONLINE_SERVICE',
        totalQuantity: 0,
      },
      '',
      s.plan,
      s.sku,
    );
    found.subscriptions.push(s);
    // Listed, but what is no longer held counts in no quantity (INV-4).
    if (s.status === 'CANCELLED') continue;
    found.quantity += s.quantity;
    acc.product.totalQuantity += s.quantity;
  }
  const result: InventoryProduct[] = [];
  for (const { product, versions } of products.values()) {
    const versionList: InventoryVersion[] = [...versions].map(([version, editions]) => {
      const editionList = [...editions.values()].map((e) => {
        const next = earliest([
          ...e.licenses.map((l) => l.expiresOn),
          ...e.subscriptions.filter((s) => s.status !== 'CANCELLED').map((s) => s.expiresOn),
        ]);
        return { ...e, nextExpiration: next, expiryStatus: statusOf(next, now) };
      });
      const next = earliest(editionList.map((e) => e.nextExpiration));
      return { version, editions: editionList, nextExpiration: next, expiryStatus: statusOf(next, now) };
    });
    versionList.sort((a, b) => b.version.localeCompare(a.version));
    const next = earliest(versionList.map((v) => v.nextExpiration));
    result.push({
      ...product,
      versions: versionList,
      nextExpiration: next,
      expiryStatus: statusOf(next, now),
    });
  }
  return result.sort((a, b) => a.productName.localeCompare(b.productName));
}

export interface InventoryFilter {
  kind?: CatalogKind | null;
  expiryStatus?: ExpiryStatus | null;
  productName?: string | null;
  status?: readonly SubscriptionStatus[] | null;
}

/** INV-2: the full list, paged by product, filtered and scoped to a purchasing account. */
export async function inventory(
  ctx: InventoryContext,
  purchasingAccountId: string | null | undefined,
  filter: InventoryFilter | null | undefined,
  args: ConnectionArgs,
) {
  const productName = filterText('productName', filter?.productName)?.toLowerCase();
  let products = await loadInventory(ctx, purchasingAccountId, filter?.status);
  if (filter?.kind) products = products.filter((p) => p.kind === filter.kind);
  if (filter?.expiryStatus) products = products.filter((p) => p.expiryStatus === filter.expiryStatus);
  if (productName) products = products.filter((p) => p.productName.toLowerCase().includes(productName));
  // Built in memory (grouped from licenses and subscriptions): the same keyset rule on the list.
  return pageOfList(products, args, [
    ['productName', 'asc'],
    ['productId', 'asc'],
  ]);
}

/** The dashboard subset: products that expire first, and how many items are in each expiry state. */
/** The organizations whose inventory the caller may read (tenant rule; partners: their customers). */
async function readableOrganizations(ctx: InventoryContext): Promise<string[]> {
  const user = requirePermission(ctx.identity, 'VIEW_LICENSES');
  if (user.organizationKind === 'OPERATOR') throw forbidden('Operators do not read customer inventory');
  return user.organizationKind === 'PARTNER'
    ? (await customersOf(ctx.em, user.organizationId)).filter((id) => clientReaches(user, id))
    : [user.organizationId];
}

interface EditionTotals {
  product_id: string;
  name: string;
  family: string;
  version: string;
  edition: string;
  sku: string;
  quantity: number | string;
  next_expiration: string | null;
  items: number | string;
  expired: number | string;
  critical: number | string;
  soon: number | string;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dashboard's subset from the totals kept on write (one statement over a few rows per edition,
 * whatever the number of licenses): per edition its quantity, next expiration and how many items are expired,
 * critical (0-30 days) or expiring soon (31-90 days), the same edges as `expiryStatus`.
 */
export async function inventoryDashboard(
  ctx: InventoryContext,
  purchasingAccountId: string | null | undefined,
  top: number,
) {
  const orgs = await readableOrganizations(ctx);
  const now = ctx.clock.now();
  const today = ymd(now);
  const d30 = ymd(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 30)));
  const d90 = ymd(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 90)));
  const totals = async (): Promise<(EditionTotals & { kind: 'LICENSE' | 'SUBSCRIPTION' })[]> => {
    if (orgs.length === 0) return [];
    // Totals kept on write (inventory-total.ts): a row per account, edition and expiry date.
    const sql = `select kind, product_id, product_name as name, family, version, edition, sku,
        sum(quantity) as quantity, min(expires_on) as next_expiration, sum(items) as items,
        sum(case when expires_on < ? then items else 0 end) as expired,
        sum(case when expires_on >= ? and expires_on <= ? then items else 0 end) as critical,
        sum(case when expires_on > ? and expires_on <= ? then items else 0 end) as soon
      from inventory_total
      where organization_id in (${orgs.map(() => '?').join(', ')})${purchasingAccountId ? ' and purchasing_account_id = ?' : ''}
      group by kind, product_id, product_name, family, version, edition, sku`;
    const params = [
      today,
      today,
      d30,
      d30,
      d90,
      ...orgs,
      ...(purchasingAccountId ? [purchasingAccountId] : []),
    ];
    return ctx.em.getConnection().execute(sql, params);
  };
  const all = await totals();
  const licenses = all.filter((r) => r.kind === 'LICENSE');
  const subscriptions = all.filter((r) => r.kind === 'SUBSCRIPTION');
  const products = new Map<string, InventoryProduct>();
  const add = (row: EditionTotals, kind: CatalogKind) => {
    const product =
      products.get(row.product_id) ??
      ({
        productId: row.product_id,
        productName: row.name,
        family: row.family,
        kind,
        totalQuantity: 0,
        nextExpiration: null,
        expiryStatus: 'ACTIVE',
        versions: [],
      } as InventoryProduct);
    products.set(row.product_id, product);
    let version = product.versions.find((v) => v.version === row.version);
    if (!version) {
      version = { version: row.version, nextExpiration: null, expiryStatus: 'ACTIVE', editions: [] };
      product.versions.push(version);
    }
    const next = row.next_expiration;
    version.editions.push({
      edition: row.edition,
      displayName: itemDisplayName({
        sku: row.sku,
        product: row.name,
        version: row.version,
        edition: row.edition,
      }),
      sku: row.sku,
      quantity: Number(row.quantity),
      nextExpiration: next,
      expiryStatus: statusOf(next, now),
      licenses: [],
      subscriptions: [],
    });
    version.nextExpiration = earliest([version.nextExpiration, next]);
    version.expiryStatus = statusOf(version.nextExpiration, now);
    product.totalQuantity += Number(row.quantity);
    product.nextExpiration = earliest([product.nextExpiration, next]);
    product.expiryStatus = statusOf(product.nextExpiration, now);
  };
  for (const row of licenses) add(row, 'SOFTWARE');
  for (const row of subscriptions) add(row, 'ONLINE_SERVICE');
  const rows = [...licenses, ...subscriptions];
  const sum = (key: 'items' | 'expired' | 'critical' | 'soon', of = rows) =>
    of.reduce((n, r) => n + Number(r[key]), 0);
  const soonest = [...products.values()].sort((a, b) =>
    (a.nextExpiration ?? '9999').localeCompare(b.nextExpiration ?? '9999'),
  );
  return {
    products: soonest.slice(0, Math.max(1, Math.min(top, 20))),
    licenseCount: sum('items', licenses),
    subscriptionCount: sum('items', subscriptions),
    expiringSoonCount: sum('soon'),
    criticalCount: sum('critical'),
    expiredCount: sum('expired'),
  };
}
