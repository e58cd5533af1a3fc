import {
  badInput,
  type Clock,
  clientReaches,
  forbidden,
  type RevocationList,
  type RouteHandler,
  requirePermission,
  signedLinkRoute,
} from '@bc/platform';
import { findBySku } from '../catalog/catalog-data.ts';
import type { InventoryContext } from '../context.ts';
import { partnerMayManage } from '../purchasing-accounts/benefit-permission-ref.ts';
import { DOWNLOAD_LINK_TTL_SECONDS, signDownloadToken, verifyDownloadToken } from './download-links.ts';

/**
 * INV-5: a short-lived link for one file (edition, language, operating system), made for the
 * caller only; roles that may download software (ACC-5) get one.
 */
export async function requestDownload(
  ctx: InventoryContext,
  input: { sku: string; language: string; os: string; customerId?: string | null },
) {
  const user = requirePermission(ctx.identity, 'DOWNLOAD_SOFTWARE');
  // BEN-7: a partner downloads for a customer that approved it to manage its benefits.
  let organizationId = user.organizationId;
  if (user.organizationKind === 'PARTNER') {
    if (!input.customerId) throw badInput('customerId', 'partners name the customer they download for');
    if (
      !clientReaches(user, input.customerId) ||
      !(await partnerMayManage(ctx.em, user.organizationId, input.customerId))
    ) {
      throw forbidden('The customer has not given you permission to download for it');
    }
    organizationId = input.customerId;
  }
  const found = findBySku(input.sku);
  if (!found?.edition) throw badInput('sku', `${input.sku} is not a downloadable edition`);
  const files = found.edition.files;
  if (!files.some((f) => f.language === input.language)) {
    throw badInput(
      'language',
      `${input.language} is not available; choose one of ${[...new Set(files.map((f) => f.language))].join(', ')}`,
    );
  }
  const file = files.find((f) => f.language === input.language && f.os === input.os);
  if (!file) {
    const systems = files.filter((f) => f.language === input.language).map((f) => f.os);
    throw badInput(
      'os',
      `${input.os} is not available in ${input.language}; choose one of ${systems.join(', ')}`,
    );
  }
  const expiresAt = new Date(ctx.clock.now().getTime() + DOWNLOAD_LINK_TTL_SECONDS * 1000);
  const token = signDownloadToken(
    {
      userId: user.userId,
      sessionId: user.sessionId,
      securityStamp: user.securityStamp,
      organizationId,
      sku: found.edition.sku,
      language: file.language,
      os: file.os,
      fileName: file.fileName,
      expiresAt,
    },
    ctx.deps.settings.downloadSecret,
  );
  return {
    url: `${ctx.deps.settings.publicUrl}/downloads/file?token=${token}`,
    expiresAt,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
  };
}

/**
 * The download route, reached through the gateway's public origin with a plain GET (issue 15): the
 * link is the authorization until it expires or its session or user is revoked (platform
 * `signedLinkRoute`). The catalog carries no real media here, so the body is a small placeholder
 * with the real file name.
 */
export function downloadRoute(deps: {
  secret: string;
  clock: Clock;
  revocations: RevocationList;
}): RouteHandler {
  return signedLinkRoute({
    what: 'download',
    clock: deps.clock,
    revocations: deps.revocations,
    checkLink: (token, now) => verifyDownloadToken(token, deps.secret, now),
    serve: (grant, res) => {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="${grant.fileName.replace(/"/g, '')}"`,
        'cache-control': 'no-store',
      });
      res.end(
        `Business Center media placeholder\n${grant.sku} ${grant.language} ${grant.os}\n${grant.fileName}\n`,
      );
    },
  });
}
