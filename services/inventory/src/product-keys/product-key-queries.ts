import {
  type Clock,
  type ConnectionArgs,
  clientReaches,
  findPage,
  forbidden,
  keysetOrderBy,
  type LinkClaims,
  mapConnection,
  notFound,
  type RevocationList,
  type RouteHandler,
  requirePermission,
  type SortKeys,
  signedLinkRoute,
  signLink,
  verifyLink,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { itemDisplayName } from '../catalog/display-name.ts';
import type { InventoryContext } from '../context.ts';
import { License } from '../licenses/license.ts';
import { partnerMayManage } from '../purchasing-accounts/benefit-permission-ref.ts';
import { PurchasingAccountRef } from '../purchasing-accounts/purchasing-account-ref.ts';
import { type ProductKeyRow, productKeyFor, productKeysCsv, productKeysPrintHtml } from './product-keys.ts';

type ProductKeyFormat = 'CSV' | 'PRINT';
const FORMATS: readonly ProductKeyFormat[] = ['CSV', 'PRINT'];

/** As long as a download link (INV-5): long enough to open, too short to pass around. */
export const PRODUCT_KEY_LINK_TTL_MS = 5 * 60_000;

interface ProductKeyClaims extends LinkClaims {
  purchasingAccountId: string;
  format: ProductKeyFormat;
}

/**
 * INV-6: the product keys of one purchasing account, for roles that may view keys (ACC-5), in the
 * customer's organization or for a partner the customer approved to manage its benefits (BEN-7). Keys are derived from the license id, so a
 * license always shows the same key.
 */
export async function productKeys(ctx: InventoryContext, purchasingAccountId: string, args: ConnectionArgs) {
  const account = await readableAccount(ctx, purchasingAccountId);
  const page = await findPage(ctx.em, License, keyedLicenses(account), args, KEY_ORDER);
  return mapConnection(
    page,
    page.edges.map((e) => keyRow(account, e.node)),
  );
}

/** The product-key list's order (the page, the CSV and the print page alike). */
const KEY_ORDER: SortKeys<License> = [
  ['productName', 'asc'],
  ['version', 'desc'],
  ['edition', 'asc'],
  ['id', 'asc'],
];

/** The licenses that have a key: the account's active ones. */
const keyedLicenses = (account: PurchasingAccountRef) => ({
  purchasingAccountId: account.id,
  status: 'ACTIVE' as const,
});

/** The purchasing account whose keys the caller may read, or the refusal. */
async function readableAccount(ctx: InventoryContext, purchasingAccountId: string) {
  const user = requirePermission(ctx.identity, 'VIEW_PRODUCT_KEYS');
  if (user.organizationKind === 'OPERATOR') throw forbidden('Operators do not read product keys');
  const account = await ctx.em.findOne(PurchasingAccountRef, { id: purchasingAccountId });
  const allowed =
    account &&
    (user.organizationKind === 'PARTNER'
      ? clientReaches(user, account.organizationId) &&
        (await partnerMayManage(ctx.em, user.organizationId, account.organizationId))
      : account.organizationId === user.organizationId);
  if (!account || !allowed) throw notFound('Purchasing account');
  return account;
}

/** The keys of one account's active licenses (no permission check: callers have made it). */
export async function keyRows(em: EntityManager, account: PurchasingAccountRef): Promise<ProductKeyRow[]> {
  const licenses = await em.find(License, keyedLicenses(account), { orderBy: keysetOrderBy(KEY_ORDER) });
  return licenses.map((l) => keyRow(account, l));
}

function keyRow(account: PurchasingAccountRef, l: License): ProductKeyRow {
  return {
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
  };
}

/**
 * The file an export gives: name and type, and its content (CSV or a print-friendly page). Both name
 * the account by its number, as people know it, never by its internal id.
 */
export function keyFile(accountNumber: string, rows: ProductKeyRow[], format: ProductKeyFormat) {
  const name = `product-keys-${accountNumber}`;
  return format === 'CSV'
    ? { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', content: productKeysCsv(rows) }
    : {
        fileName: `${name}.html`,
        contentType: 'text/html; charset=utf-8',
        content: productKeysPrintHtml(accountNumber, rows),
      };
}

/**
 * INV-6: all keys of the selected account as CSV or a print-friendly page: inline (`content`) and
 * as a short-lived link on the public origin that a browser opens without a header (issue 15).
 */
export async function exportProductKeys(
  ctx: InventoryContext,
  purchasingAccountId: string,
  format: ProductKeyFormat,
) {
  const account = await readableAccount(ctx, purchasingAccountId);
  const user = ctx.identity.user!;
  const file = keyFile(account.number, await keyRows(ctx.em, account), format);
  const expiresAt = ctx.clock.now().getTime() + PRODUCT_KEY_LINK_TTL_MS;
  const token = signLink<ProductKeyClaims>(
    {
      userId: user.userId,
      sessionId: user.sessionId,
      securityStamp: user.securityStamp,
      purchasingAccountId: account.id,
      format,
      expiresAt,
    },
    ctx.deps.settings.downloadSecret,
  );
  return {
    ...file,
    url: `${ctx.deps.settings.publicUrl}/downloads/product-keys?token=${token}`,
    expiresAt: new Date(expiresAt),
  };
}

/** The route behind the product-key links: the file, rendered when the link is followed. */
export function productKeyRoute(deps: {
  em: EntityManager;
  secret: string;
  clock: Clock;
  revocations: RevocationList;
}): RouteHandler {
  return signedLinkRoute<ProductKeyClaims>({
    what: 'product key export',
    clock: deps.clock,
    revocations: deps.revocations,
    checkLink: (token, now) => {
      const check = verifyLink<ProductKeyClaims>(token, deps.secret, now);
      if (
        check.ok &&
        (typeof check.claims.purchasingAccountId !== 'string' || !FORMATS.includes(check.claims.format))
      )
        return { ok: false, reason: 'MALFORMED' };
      return check;
    },
    serve: async (claims, res) => {
      const em = deps.em.fork();
      const account = await em.findOne(PurchasingAccountRef, { id: claims.purchasingAccountId });
      const file = keyFile(
        account?.number ?? claims.purchasingAccountId,
        account ? await keyRows(em, account) : [],
        claims.format,
      );
      res.writeHead(200, {
        'content-type': file.contentType,
        // The print page opens in the browser; the CSV is saved.
        'content-disposition': `${claims.format === 'CSV' ? 'attachment' : 'inline'}; filename="${file.fileName.replace(/"/g, '')}"`,
        'cache-control': 'no-store',
      });
      res.end(file.content);
    },
  });
}
