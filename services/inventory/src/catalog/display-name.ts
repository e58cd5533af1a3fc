import { productDisplayName } from '@bc/contracts';
import { type CatalogSkuMatch, findBySku } from './catalog-data.ts';

/** A catalog entry's display name (the rule in @bc/contracts): product, version, edition or plan. */
export function catalogDisplayName(match: CatalogSkuMatch): string {
  return productDisplayName({
    product: match.product.name,
    version: match.version?.version,
    edition: match.edition?.edition ?? match.plan?.name,
  });
}

/** A catalog SKU's display name (the catalog is static: every SKU it lists is found). */
export function skuDisplayName(sku: string): string {
  const found = findBySku(sku);
  return found ? catalogDisplayName(found) : sku;
}

/**
 * A license's or subscription's display name. The catalog's current names win, so rows granted
 * before a catalog rename read like new ones; a SKU outside the catalog keeps its stored names.
 */
export function itemDisplayName(item: {
  sku: string;
  product: string;
  version?: string | null;
  edition?: string | null;
}): string {
  const found = findBySku(item.sku);
  return found ? catalogDisplayName(found) : productDisplayName(item);
}
