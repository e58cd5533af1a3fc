import { DateTimeScalar, guardMutations } from '@bc/platform';
import type { MutationResolvers, Resolvers } from './__generated__/resolvers.ts';
import { catalogProduct, catalogProducts, productSuggestions } from './catalog/catalog-query.ts';
import { itemDisplayName, skuDisplayName } from './catalog/display-name.ts';
import type { InventoryContext } from './context.ts';
import { requestDownload } from './downloads/downloads.ts';
import { expiryStatus } from './expiry/expiry-status.ts';
import { inventory, inventoryDashboard } from './inventory-view/inventory-view.ts';
import { mutationCallers } from './mutation-callers.ts';
import { exportProductKeys, productKeys } from './product-keys/product-key-queries.ts';
import { setUpOnlineService } from './provisioning/self-provisioning.ts';

const statusOn = (date: string, now: Date) => expiryStatus(new Date(`${date}T00:00:00.000Z`), now);

/** Thin: the inventory view does the work; items get their expiry status from the one rule. */
export const resolvers: Resolvers<InventoryContext> = {
  DateTime: DateTimeScalar,
  Query: {
    inventory: (_, args, ctx) => inventory(ctx, args.purchasingAccountId, args.filter, args),
    inventoryDashboard: (_, args, ctx) => inventoryDashboard(ctx, args.purchasingAccountId, args.top ?? 5),
    catalogProducts: (_, args, ctx) => catalogProducts(ctx, args.filter, args),
    catalogProduct: (_, { id }, ctx) => catalogProduct(ctx, id),
    productSuggestions: (_, args, ctx) => productSuggestions(ctx, args.text, args.limit ?? 8),
    productKeys: (_, args, ctx) => productKeys(ctx, args.purchasingAccountId, args),
    exportProductKeys: (_, args, ctx) =>
      exportProductKeys(ctx, args.purchasingAccountId, args.format ?? 'CSV'),
  },
  // Who may call each mutation is declared once, in mutation-callers.ts, and checked before it runs.
  Mutation: guardMutations<MutationResolvers<InventoryContext>>(mutationCallers, {
    setUpOnlineService: (_, { input }, ctx) => setUpOnlineService(ctx, input),
    requestDownload: (_, { input }, ctx) => requestDownload(ctx, input),
  }),
  License: {
    expiryStatus: (l, _, ctx) => statusOn(l.expiresOn, ctx.clock.now()),
    displayName: (l) =>
      itemDisplayName({ sku: l.sku, product: l.productName, version: l.version, edition: l.edition }),
  },
  OnlineServiceSubscription: {
    expiryStatus: (s, _, ctx) => statusOn(s.expiresOn, ctx.clock.now()),
    displayName: (s) => itemDisplayName({ sku: s.sku, product: s.serviceName, edition: s.plan }),
    manageServicesUrl: (s) => s.manageUrl,
  },
  CatalogEdition: { displayName: (e) => skuDisplayName(e.sku) },
  CatalogPlan: { displayName: (p) => skuDisplayName(p.sku) },
};
