import { type LinkCheck, type LinkClaims, MAX_LINK_TTL_MS, signLink, verifyLink } from '@bc/platform';

/** How long a signed download link works (INV-5): long enough to start a download, short enough not to be shared. */
export const DOWNLOAD_LINK_TTL_SECONDS = MAX_LINK_TTL_MS / 1000;

/** What a signed download link lets one user fetch, until when (INV-5). */
export interface DownloadGrant {
  userId: string;
  /** The session that asked: the link dies with it (ACC-4). */
  sessionId: string;
  /** The user's security stamp then: a revocation or role change ends the link (ACC-5). */
  securityStamp: number;
  organizationId: string;
  sku: string;
  language: string;
  os: string;
  fileName: string;
  expiresAt: Date;
}

export type DownloadTokenCheck = LinkCheck<Omit<DownloadGrant, 'expiresAt'> & { expiresAt: number }>;

interface DownloadClaims extends LinkClaims {
  organizationId: string;
  sku: string;
  language: string;
  os: string;
  fileName: string;
}

/** A URL-safe token for one user's download (the platform's signed link, with what to download). */
export function signDownloadToken(grant: DownloadGrant, secret: string): string {
  const { expiresAt, ...rest } = grant;
  return signLink<DownloadClaims>({ ...rest, expiresAt: expiresAt.getTime() }, secret);
}

/** Signature and expiry against `now` (platform), then the download's own fields, each a string. */
export function verifyDownloadToken(token: string, secret: string, now: Date): DownloadTokenCheck {
  const check = verifyLink<DownloadClaims>(token, secret, now);
  if (!check.ok) return check;
  const { userId, sessionId, securityStamp, organizationId, sku, language, os, fileName, expiresAt } =
    check.claims;
  // Signed by us, but still checked field by field so a payload of the wrong shape never becomes a grant.
  if (![organizationId, sku, language, os, fileName].every((t) => typeof t === 'string'))
    return { ok: false, reason: 'MALFORMED' };
  return {
    ok: true,
    claims: {
      userId,
      sessionId,
      securityStamp,
      organizationId,
      sku,
      language,
      os,
      fileName,
      expiresAt,
    },
  };
}
