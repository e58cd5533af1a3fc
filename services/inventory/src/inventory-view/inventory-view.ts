import { type ConnectionArgs, connection, customersOf, forbidden, requirePermission } from '@bc/platform';
import type { CatalogKind } from '../catalog/catalog-data.ts';
import type { InventoryContext } from '../context.ts';
import { type ExpiryStatus, expiryStatus } from '../expiry/expiry-status.ts';
import { License, Subscription } from '../licenses/license.ts';

export interface InventoryEdition {
  edition: string;
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
 * Loads the caller's licenses and live subscriptions (two statements, whatever their number) and
 * groups them product → version → edition, each level with its next expiration (INV-2, INV-3).
 */
async function loadInventory(ctx: InventoryContext, purchasingAccountId: string | null | undefined) {
  const user = requirePermission(ctx.identity, 'VIEW_LICENSES');
  if (user.organizationKind === 'OPERATOR') throw forbidden('Operators do not read customer inventory');
  const scope: { organizationId: string | { $in: string[] } } =
    user.organizationKind === 'PARTNER'
      ? { organizationId: { $in: await customersOf(ctx.em, user.organizationId) } }
      : { organizationId: user.organizationId };
  const accountFilter = purchasingAccountId ? { purchasingAccountId } : {};
  const [licenses, subscriptions] = await Promise.all([
    ctx.em.find(
      License,
      { ...scope, ...accountFilter, status: 'ACTIVE' },
      { orderBy: { expiresOn: 'asc', id: 'asc' } },
    ),
    ctx.em.find(
      Subscription,
      { ...scope, ...accountFilter, status: { $ne: 'CANCELLED' } },
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
    found.quantity += s.quantity;
    acc.product.totalQuantity += s.quantity;
  }
  const result: InventoryProduct[] = [];
  for (const { product, versions } of products.values()) {
    const versionList: InventoryVersion[] = [...versions].map(([version, editions]) => {
      const editionList = [...editions.values()].map((e) => {
        const next = earliest([
          ...e.licenses.map((l) => l.expiresOn),
          ...e.subscriptions.map((s) => s.expiresOn),
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
}

/** INV-2: the full list, paged by product, filtered and scoped to a purchasing account. */
export async function inventory(
  ctx: InventoryContext,
  purchasingAccountId: string | null | undefined,
  filter: InventoryFilter | null | undefined,
  args: ConnectionArgs,
) {
  let products = await loadInventory(ctx, purchasingAccountId);
  if (filter?.kind) products = products.filter((p) => p.kind === filter.kind);
  if (filter?.expiryStatus) products = products.filter((p) => p.expiryStatus === filter.expiryStatus);
  if (filter?.productName) {
    const needle = filter.productName.trim().toLowerCase();
    products = products.filter((p) => p.productName.toLowerCase().includes(needle));
  }
  return connection(args, async ({ limit, offset }) => [
    products.slice(offset, offset + limit),
    products.length,
  ]);
}

/** The dashboard subset: products that expire first, and how many items are in each expiry state. */
export async function inventoryDashboard(
  ctx: InventoryContext,
  purchasingAccountId: string | null | undefined,
  top: number,
) {
  const products = await loadInventory(ctx, purchasingAccountId);
  const now = ctx.clock.now();
  const items = products.flatMap((p) =>
    p.versions.flatMap((v) => v.editions.flatMap((e) => [...e.licenses, ...e.subscriptions])),
  );
  const count = (status: ExpiryStatus) => items.filter((i) => statusOf(i.expiresOn, now) === status).length;
  const soonest = [...products].sort((a, b) =>
    (a.nextExpiration ?? '9999').localeCompare(b.nextExpiration ?? '9999'),
  );
  return {
    products: soonest.slice(0, Math.max(1, Math.min(top, 20))),
    licenseCount: items.filter((i) => i instanceof License).length,
    subscriptionCount: items.filter((i) => i instanceof Subscription).length,
    expiringSoonCount: count('EXPIRING_SOON'),
    criticalCount: count('CRITICAL'),
    expiredCount: count('EXPIRED'),
  };
}
