import {
  type Clock,
  type LinkClaims,
  MAX_LINK_TTL_MS,
  type RevocationList,
  type RouteHandler,
  requireUser,
  signedLinkRoute,
  signLink,
  verifyLink,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import type { AgreementsContext } from '../context.ts';
import { PurchasingAccount } from '../purchasing-accounts/purchasing-account.ts';
import { Agreement } from './agreement.ts';
import { renderSignedCopy } from './signed-copy.ts';

interface SignedCopyClaims extends LinkClaims {
  agreementId: string;
}

const fileNameOf = (agreement: Agreement) => `${agreement.number}-signed.pdf`;

/** The PDF of a signed agreement, rendered from its data. */
function render(agreement: Agreement, account: PurchasingAccount) {
  return renderSignedCopy({
    agreementNumber: agreement.number,
    organizationName: agreement.customerName,
    partnerName: null,
    purchasingAccount: { number: account.number, name: account.name, address: account.address },
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    anniversaryMonth: agreement.anniversaryMonth,
    offers: agreement.offers,
    signature: agreement.signature!,
  });
}

/** The GraphQL `Document` of a signed copy; `contentBase64` is resolved from the agreement. */
export interface SignedCopyDocument {
  agreement: Agreement;
  fileName: string;
  contentType: string;
  url: string;
  expiresAt: Date;
}

/** The PDF as base64, rendered only when the field is asked for. */
export async function signedCopyContent(ctx: AgreementsContext, document: SignedCopyDocument) {
  const account = (await ctx.loaders.purchasingAccounts.load(document.agreement.purchasingAccountId))!;
  return (await render(document.agreement, account)).toString('base64');
}

/**
 * AGR-3: the signed copy (only once signed): inline (`contentBase64`, rendered only when asked for)
 * and as a short-lived link on the public origin that a browser opens without a header (issue 15,
 * WEB-7), bound to the asking user and session like inventory's and reporting's links.
 */
export function signedCopyOf(ctx: AgreementsContext, agreement: Agreement): SignedCopyDocument | null {
  if (agreement.status !== 'SIGNED' || !agreement.signature) return null;
  const user = requireUser(ctx.identity);
  const expiresAt = ctx.clock.now().getTime() + MAX_LINK_TTL_MS;
  const token = signLink<SignedCopyClaims>(
    {
      userId: user.userId,
      sessionId: user.sessionId,
      securityStamp: user.securityStamp,
      agreementId: agreement.id,
      expiresAt,
    },
    ctx.deps.settings.linkSecret,
  );
  return {
    agreement,
    fileName: fileNameOf(agreement),
    contentType: 'application/pdf',
    url: `${ctx.deps.settings.publicUrl}/documents/signed-copy?token=${token}`,
    expiresAt: new Date(expiresAt),
  };
}

/** The route behind signed-copy links (the gateway forwards `/documents/*` here). */
export function signedCopyRoute(deps: {
  em: EntityManager;
  secret: string;
  clock: Clock;
  revocations: RevocationList;
}): RouteHandler {
  return signedLinkRoute<SignedCopyClaims>({
    what: 'signed copy',
    clock: deps.clock,
    revocations: deps.revocations,
    checkLink: (token, now) => {
      const check = verifyLink<SignedCopyClaims>(token, deps.secret, now);
      if (check.ok && typeof check.claims.agreementId !== 'string') return { ok: false, reason: 'MALFORMED' };
      return check;
    },
    serve: async (claims, res) => {
      const em = deps.em.fork();
      const agreement = await em.findOne(Agreement, { id: claims.agreementId });
      const account =
        agreement && (await em.findOne(PurchasingAccount, { id: agreement.purchasingAccountId }));
      if (!agreement?.signature || !account) {
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'no signed copy' }));
        return;
      }
      const pdf = await render(agreement, account);
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${fileNameOf(agreement).replace(/"/g, '')}"`,
        'cache-control': 'no-store',
      });
      res.end(pdf);
    },
  });
}
