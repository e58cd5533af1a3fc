import { type ConnectionArgs, filterText, pageOfList, requireUser } from '@bc/platform';
import type { InventoryContext } from '../context.ts';
import { type CatalogKind, catalog } from './catalog-data.ts';

export function catalogProduct(ctx: InventoryContext, id: string) {
  requireUser(ctx.identity);
  return catalog.find((p) => p.id === id) ?? null;
}

/** INV-5: type-ahead: names that start with the text first, then names that contain it. */
export function productSuggestions(ctx: InventoryContext, text: string, limit: number) {
  requireUser(ctx.identity);
  const needle = filterText('text', text)?.toLowerCase();
  if (!needle) return [];
  const names = catalog.map((p) => p.name).sort((a, b) => a.localeCompare(b));
  const starts = names.filter((n) => n.toLowerCase().startsWith(needle));
  const contains = names.filter(
    (n) => !n.toLowerCase().startsWith(needle) && n.toLowerCase().includes(needle),
  );
  return [...starts, ...contains].slice(0, Math.max(1, Math.min(limit, 20)));
}

/** INV-1/INV-5: every product, owned or not, alphabetical, by kind, category or name. */
export function catalogProducts(
  ctx: InventoryContext,
  filter: { kind?: CatalogKind | null; category?: string | null; search?: string | null } | null | undefined,
  args: ConnectionArgs,
) {
  requireUser(ctx.identity);
  const needle = filterText('search', filter?.search)?.toLowerCase();
  const category = filterText('category', filter?.category)?.toLowerCase();
  const products = catalog
    .filter((p) => !filter?.kind || p.kind === filter.kind)
    .filter((p) => !category || p.categories.some((c) => c.toLowerCase() === category))
    .filter((p) => !needle || p.name.toLowerCase().includes(needle));
  return pageOfList(products, args, [
    ['name', 'asc'],
    ['id', 'asc'],
  ]);
}
