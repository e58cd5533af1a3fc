import { createHmac, timingSafeEqual } from 'node:crypto';

/** What every signed link carries: whose it is and until when (epoch milliseconds). */
export interface LinkClaims {
  userId: string;
  expiresAt: number;
}

export type LinkCheck<T> =
  | { ok: true; claims: T }
  | { ok: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' | 'OTHER_USER' };

const SEGMENT = /^[A-Za-z0-9_-]+$/;

const signatureOf = (encoded: string, secret: string) =>
  createHmac('sha256', secret).update(encoded).digest('base64url');

/**
 * A short-lived link for one user (report exports): base64url(JSON claims) + '.' + HMAC-SHA256.
 * Whoever follows it must also be signed in as that user, so a leaked link is useless to others.
 */
export function signLink<T extends LinkClaims>(claims: T, secret: string): string {
  if (!secret) throw new RangeError('link secret must not be empty');
  const encoded = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${encoded}.${signatureOf(encoded, secret)}`;
}

/** Signature (timing-safe), expiry (the link dies at `expiresAt` exactly) and owner, in that order. */
export function verifyLink<T extends LinkClaims>(
  token: string,
  secret: string,
  now: Date,
  userId: string,
): LinkCheck<T> {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined || !SEGMENT.test(encoded) || !SEGMENT.test(signature))
    return { ok: false, reason: 'MALFORMED' };
  const expected = Buffer.from(signatureOf(encoded, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'BAD_SIGNATURE' };
  let claims: T;
  try {
    claims = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as T;
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (typeof claims?.expiresAt !== 'number' || typeof claims.userId !== 'string')
    return { ok: false, reason: 'MALFORMED' };
  if (now.getTime() >= claims.expiresAt) return { ok: false, reason: 'EXPIRED' };
  if (claims.userId !== userId) return { ok: false, reason: 'OTHER_USER' };
  return { ok: true, claims };
}
