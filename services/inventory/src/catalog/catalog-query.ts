import { type ConnectionArgs, connection, requireUser } from '@bc/platform';
import type { InventoryContext } from '../context.ts';
import { type CatalogKind, catalog } from './catalog-data.ts';

/** INV-1/INV-5: every product, owned or not, alphabetical, by kind, category or name. */
export function catalogProducts(
  ctx: InventoryContext,
  filter: { kind?: CatalogKind | null; category?: string | null; search?: string | null } | null | undefined,
  args: ConnectionArgs,
) {
  requireUser(ctx.identity);
  const needle = filter?.search?.trim().toLowerCase();
  const category = filter?.category?.trim().toLowerCase();
  const products = catalog
    .filter((p) => !filter?.kind || p.kind === filter.kind)
    .filter((p) => !category || p.categories.some((c) => c.toLowerCase() === category))
    .filter((p) => !needle || p.name.toLowerCase().includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name));
  return connection(args, async ({ limit, offset }) => [
    products.slice(offset, offset + limit),
    products.length,
  ]);
}
