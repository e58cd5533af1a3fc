import type { ServiceContext } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Agreement } from './agreements/agreement.ts';
import { Order } from './orders/order.ts';
import { PurchasingAccount } from './purchasing-accounts/purchasing-account.ts';

export interface AgreementsDeps {
  settings: {
    portalUrl: string;
    /** The gateway's public URL: signed-copy links are `<it>/documents/…` (issue 15). */
    publicUrl: string;
    /** Signs those links (derived from the subgraph secret). */
    linkSecret: string;
    /** OPS-3: the key shared with notifications that makes the signing link's token (platform mail-links). */
    mailLinkSecret: string;
  };
}

export interface AgreementsContext extends ServiceContext {
  deps: AgreementsDeps;
  loaders: ReturnType<typeof createLoaders>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * One SQL statement per entity type per request, whatever the number of rows: purchasing accounts
 * → agreements → orders through the gateway stays at a constant statement count.
 */
export function createLoaders(em: EntityManager) {
  return {
    purchasingAccounts: new DataLoader<string, PurchasingAccount | null>(async (ids) =>
      byId(ids, await em.find(PurchasingAccount, { id: { $in: [...ids] } })),
    ),
    agreements: new DataLoader<string, Agreement | null>(async (ids) =>
      byId(ids, await em.find(Agreement, { id: { $in: [...ids] } })),
    ),
    orders: new DataLoader<string, Order | null>(async (ids) =>
      byId(ids, await em.find(Order, { id: { $in: [...ids] } })),
    ),
    agreementsByPurchasingAccount: new DataLoader<string, Agreement[]>(async (ids) =>
      groupBy(
        ids,
        await em.find(
          Agreement,
          { purchasingAccountId: { $in: [...ids] } },
          { orderBy: { startDate: 'desc', id: 'asc' } },
        ),
        (a) => a.purchasingAccountId,
      ),
    ),
    ordersByPurchasingAccount: new DataLoader<string, Order[]>(async (ids) =>
      groupBy(
        ids,
        await em.find(
          Order,
          { purchasingAccountId: { $in: [...ids] } },
          { orderBy: { orderedAt: 'desc', id: 'asc' } },
        ),
        (o) => o.purchasingAccountId,
      ),
    ),
  };
}
