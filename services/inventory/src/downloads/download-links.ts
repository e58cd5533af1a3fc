import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a signed download link works (INV-5): long enough to start a download, short enough not to be shared. */
export const DOWNLOAD_LINK_TTL_SECONDS = 300;

/** What a signed download link lets one user fetch, until when (INV-5). */
export interface DownloadGrant {
  userId: string;
  organizationId: string;
  sku: string;
  language: string;
  os: string;
  fileName: string;
  expiresAt: Date;
}

export type DownloadTokenCheck =
  | { ok: true; grant: DownloadGrant }
  | { ok: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' | 'OTHER_USER' };

/** The signed payload: the grant with the expiry as epoch milliseconds, so it survives JSON exactly. */
interface DownloadTokenPayload {
  userId: string;
  organizationId: string;
  sku: string;
  language: string;
  os: string;
  fileName: string;
  expiresAt: number;
}

const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]+$/;

function requireSecret(secret: string): void {
  // An empty HMAC key would make every link forgeable; that is a misconfiguration, not a bad link.
  if (secret.length === 0) throw new RangeError('download link secret must not be empty');
}

/** Signs the encoded payload segment itself, so any re-encoding of the same JSON is still a different token. */
function signatureOf(encodedPayload: string, secret: string): string {
  return createHmac('sha256', secret).update(encodedPayload).digest('base64url');
}

/** A URL-safe token: base64url(JSON payload) + '.' + base64url(HMAC-SHA256(secret, payload)). */
export function signDownloadToken(grant: DownloadGrant, secret: string): string {
  requireSecret(secret);
  const expiresAt = grant.expiresAt.getTime();
  // NaN would serialise as null and the link could never be checked for expiry.
  if (Number.isNaN(expiresAt)) throw new RangeError('expiresAt is not a valid date');
  const payload: DownloadTokenPayload = {
    userId: grant.userId,
    organizationId: grant.organizationId,
    sku: grant.sku,
    language: grant.language,
    os: grant.os,
    fileName: grant.fileName,
    expiresAt,
  };
  const encodedPayload = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${encodedPayload}.${signatureOf(encodedPayload, secret)}`;
}

/** Signed by us, but still checked field by field so a payload of the wrong shape never becomes a grant. */
function decodePayload(encodedPayload: string): DownloadGrant | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  const texts = [p.userId, p.organizationId, p.sku, p.language, p.os, p.fileName];
  if (!texts.every((t) => typeof t === 'string')) return undefined;
  if (typeof p.expiresAt !== 'number' || !Number.isFinite(p.expiresAt)) return undefined;
  return {
    userId: p.userId as string,
    organizationId: p.organizationId as string,
    sku: p.sku as string,
    language: p.language as string,
    os: p.os as string,
    fileName: p.fileName as string,
    expiresAt: new Date(p.expiresAt),
  };
}

/** Verifies signature (timing-safe), expiry against `now`, and that `userId` is the user the link was made for. */
export function verifyDownloadToken(
  token: string,
  secret: string,
  now: Date,
  userId: string,
): DownloadTokenCheck {
  requireSecret(secret);
  // An invalid clock reading would compare false against every expiry and let expired links through.
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');

  const parts = token.split('.');
  if (parts.length !== 2) return { ok: false, reason: 'MALFORMED' };
  const [encodedPayload, signature] = parts as [string, string];
  // Node's base64url decoder skips stray characters, so the alphabet is checked up front.
  if (!BASE64URL_SEGMENT.test(encodedPayload) || !BASE64URL_SEGMENT.test(signature)) {
    return { ok: false, reason: 'MALFORMED' };
  }

  // Comparing the canonical encodings rejects alternative spellings of the same signature bytes.
  const expected = Buffer.from(signatureOf(encodedPayload, secret), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // The HMAC length is public, so checking it first leaks nothing; timingSafeEqual needs equal lengths.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'BAD_SIGNATURE' };
  }

  const grant = decodePayload(encodedPayload);
  if (!grant) return { ok: false, reason: 'MALFORMED' };
  // The link stops working at the very millisecond it expires.
  if (now.getTime() >= grant.expiresAt.getTime()) return { ok: false, reason: 'EXPIRED' };
  if (grant.userId !== userId) return { ok: false, reason: 'OTHER_USER' };
  return { ok: true, grant };
}
