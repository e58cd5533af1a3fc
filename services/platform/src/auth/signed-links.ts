import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Clock } from '../clock.ts';
import { type RouteHandler, sendJson } from '../http/server.ts';
import type { RevocationList } from './revocations.ts';

/**
 * What every signed link carries: whose it is, the session that asked for it and the user's security
 * stamp then (ACC-4/5: the link dies with that session and when the user's access changes), and
 * until when (epoch milliseconds).
 */
export interface LinkClaims {
  userId: string;
  sessionId: string;
  securityStamp: number;
  expiresAt: number;
}

/** The longest a signed link may live (issue 15: short-lived, it opens without a header). */
export const MAX_LINK_TTL_MS = 5 * 60_000;

export type LinkCheck<T> =
  | { ok: true; claims: T }
  | { ok: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' };

const SEGMENT = /^[A-Za-z0-9_-]+$/;

const signatureOf = (encoded: string, secret: string) =>
  createHmac('sha256', secret).update(encoded).digest('base64url');

/**
 * A short-lived link for one user (report exports, product downloads, product-key exports):
 * base64url(JSON claims) + '.' + HMAC-SHA256. The link itself is the authorization (a browser
 * follows it without any header), so it lives at most MAX_LINK_TTL_MS and names the user, session
 * and security stamp whose revocation ends it.
 */
export function signLink<T extends LinkClaims>(claims: T, secret: string): string {
  // An empty HMAC key would make every link forgeable; that is a misconfiguration, not a bad link.
  if (!secret) throw new RangeError('link secret must not be empty');
  // NaN would serialise as null and the link could never be checked for expiry.
  if (!Number.isFinite(claims.expiresAt)) throw new RangeError('expiresAt is not a valid time');
  const encoded = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${encoded}.${signatureOf(encoded, secret)}`;
}

/** Signature (timing-safe), shape, then expiry (the link dies at `expiresAt` exactly). */
export function verifyLink<T extends LinkClaims>(token: string, secret: string, now: Date): LinkCheck<T> {
  if (!secret) throw new RangeError('link secret must not be empty');
  // An invalid clock reading would compare false against every expiry and let expired links through.
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');
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
  if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'MALFORMED' };
  if (
    !Number.isFinite(claims.expiresAt) ||
    typeof claims.userId !== 'string' ||
    typeof claims.sessionId !== 'string' ||
    !Number.isInteger(claims.securityStamp)
  )
    return { ok: false, reason: 'MALFORMED' };
  if (now.getTime() >= claims.expiresAt) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, claims };
}

/**
 * The route that serves what a signed link points to (a download, an export), reached through the
 * gateway's public origin by a plain GET: no Authorization header (issue 15). The link must verify,
 * not have expired, and its session and user must not have been revoked since (the service's
 * RevocationList, fed by accounts' `accounts.access.revoked`, as for access tokens). Refusals are
 * JSON: 400 malformed or forged, 410 expired, 401 session signed out or user's access changed,
 * 405 not GET/HEAD.
 */
export function signedLinkRoute<T extends LinkClaims>(deps: {
  /** What the user gets, for the refusal messages ("download", "export"). */
  what: string;
  clock: Clock;
  revocations: RevocationList;
  checkLink: (token: string, now: Date) => LinkCheck<T>;
  serve: (claims: T, res: ServerResponse, now: Date) => Promise<void> | void;
}): RouteHandler {
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: `open the ${deps.what} link with GET` });
    }
    const now = deps.clock.now();
    const check = deps.checkLink(url.searchParams.get('token') ?? '', now);
    if (!check.ok) {
      const status = check.reason === 'EXPIRED' ? 410 : 400;
      return sendJson(res, status, { error: `${deps.what} link refused: ${check.reason}` });
    }
    const refusal = deps.revocations.refusal(check.claims);
    if (refusal)
      return sendJson(res, 401, { error: `${deps.what} link refused: ${refusal}; sign in and ask again` });
    await deps.serve(check.claims, res, now);
  };
}
