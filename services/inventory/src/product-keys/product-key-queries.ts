import { forbidden, notFound, requirePermission } from '@bc/platform';
import { itemDisplayName } from '../catalog/display-name.ts';
import type { InventoryContext } from '../context.ts';
import { License } from '../licenses/license.ts';
import { partnerMayManage } from '../purchasing-accounts/benefit-permission-ref.ts';
import { PurchasingAccountRef } from '../purchasing-accounts/purchasing-account-ref.ts';
import { type ProductKeyRow, productKeyFor, productKeysCsv, productKeysPrintHtml } from './product-keys.ts';

/**
 * INV-6: the product keys of one purchasing account, for roles that may view keys (ACC-5), in the
 * customer's organization or for a partner the customer approved to manage its benefits (BEN-7). Keys are derived from the license id, so a
 * license always shows the same key.
 */
export async function productKeys(
  ctx: InventoryContext,
  purchasingAccountId: string,
): Promise<ProductKeyRow[]> {
  const user = requirePermission(ctx.identity, 'VIEW_PRODUCT_KEYS');
  if (user.organizationKind === 'OPERATOR') throw forbidden('Operators do not read product keys');
  const account = await ctx.em.findOne(PurchasingAccountRef, { id: purchasingAccountId });
  const allowed =
    account &&
    (user.organizationKind === 'PARTNER'
      ? await partnerMayManage(ctx.em, user.organizationId, account.organizationId)
      : account.organizationId === user.organizationId);
  if (!account || !allowed) throw notFound('Purchasing account');
  const licenses = await ctx.em.find(
    License,
    { purchasingAccountId, status: 'ACTIVE' },
    { orderBy: { productName: 'asc', version: 'desc', edition: 'asc', id: 'asc' } },
  );
  return licenses.map((l) => ({
    purchasingAccountNumber: account.number,
    productName: l.productName,
    version: l.version,
    edition: l.edition,
    displayName: itemDisplayName({
      sku: l.sku,
      product: l.productName,
      version: l.version,
      edition: l.edition,
    }),
    keyType: 'MAK',
    productKey: productKeyFor(l.id),
    activations: l.quantity,
  }));
}

/** INV-6: all keys of the selected account as CSV or a print-friendly page. */
export async function exportProductKeys(
  ctx: InventoryContext,
  purchasingAccountId: string,
  format: 'CSV' | 'PRINT',
) {
  const rows = await productKeys(ctx, purchasingAccountId);
  return format === 'CSV'
    ? {
        fileName: `product-keys-${rows[0]?.purchasingAccountNumber ?? purchasingAccountId}.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: productKeysCsv(rows),
      }
    : {
        fileName: `product-keys-${rows[0]?.purchasingAccountNumber ?? purchasingAccountId}.html`,
        contentType: 'text/html; charset=utf-8',
        content: productKeysPrintHtml(purchasingAccountId, rows),
      };
}
