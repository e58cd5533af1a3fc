import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Clock } from '../clock.ts';
import { type RouteHandler, sendJson } from '../http/server.ts';
import { type AccessTokenVerifier, bearerToken } from './access-tokens.ts';

/**
 * What every signed link carries: whose it is, the session that asked for it (ACC-4: the link dies
 * with that session), and until when (epoch milliseconds).
 */
export interface LinkClaims {
  userId: string;
  sessionId: string;
  expiresAt: number;
}

/** Who follows a link: the signed-in user and session. */
export type LinkCaller = Pick<LinkClaims, 'userId' | 'sessionId'>;

export type LinkCheck<T> =
  | { ok: true; claims: T }
  | { ok: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' | 'OTHER_USER' | 'OTHER_SESSION' };

const SEGMENT = /^[A-Za-z0-9_-]+$/;

const signatureOf = (encoded: string, secret: string) =>
  createHmac('sha256', secret).update(encoded).digest('base64url');

/**
 * A short-lived link for one user (report exports, product downloads): base64url(JSON claims) + '.' + HMAC-SHA256.
 * Whoever follows it must also be signed in as that user, in the session that asked for it, so a
 * leaked link is useless to others and a signed-out session's links stop working.
 */
export function signLink<T extends LinkClaims>(claims: T, secret: string): string {
  // An empty HMAC key would make every link forgeable; that is a misconfiguration, not a bad link.
  if (!secret) throw new RangeError('link secret must not be empty');
  // NaN would serialise as null and the link could never be checked for expiry.
  if (!Number.isFinite(claims.expiresAt)) throw new RangeError('expiresAt is not a valid time');
  const encoded = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${encoded}.${signatureOf(encoded, secret)}`;
}

/** Signature (timing-safe), expiry (the link dies at `expiresAt` exactly), owner and session, in that order. */
export function verifyLink<T extends LinkClaims>(
  token: string,
  secret: string,
  now: Date,
  caller: LinkCaller,
): LinkCheck<T> {
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
    typeof claims.sessionId !== 'string'
  )
    return { ok: false, reason: 'MALFORMED' };
  if (now.getTime() >= claims.expiresAt) return { ok: false, reason: 'EXPIRED' };
  if (claims.userId !== caller.userId) return { ok: false, reason: 'OTHER_USER' };
  if (claims.sessionId !== caller.sessionId) return { ok: false, reason: 'OTHER_SESSION' };
  return { ok: true, claims };
}

/**
 * The route that serves what a signed link points to (a download, an export): the caller must be
 * signed in (Authorization: Bearer, a live session) as the user and session the link was made for,
 * before it expires. Refusals are JSON: 401 not signed in or session ended, 403 another user's or
 * another session's link, 410 expired, 400 malformed or forged.
 */
export function signedLinkRoute<T>(deps: {
  /** What the user gets, for the refusal messages ("download", "export"). */
  what: string;
  clock: Clock;
  verifyAccessToken: AccessTokenVerifier;
  checkLink: (token: string, now: Date, caller: LinkCaller) => LinkCheck<T>;
  serve: (claims: T, res: ServerResponse, now: Date) => Promise<void> | void;
}): RouteHandler {
  return async (req, res, url) => {
    const bearer = bearerToken(req.headers.authorization);
    const verified = bearer ? await deps.verifyAccessToken(bearer) : null;
    if (!verified || !('user' in verified)) return sendJson(res, 401, { error: `sign in to ${deps.what}` });
    const now = deps.clock.now();
    const check = deps.checkLink(url.searchParams.get('token') ?? '', now, verified.user);
    if (!check.ok) {
      const status =
        check.reason === 'OTHER_USER' || check.reason === 'OTHER_SESSION'
          ? 403
          : check.reason === 'EXPIRED'
            ? 410
            : 400;
      return sendJson(res, status, { error: `${deps.what} link refused: ${check.reason}` });
    }
    await deps.serve(check.claims, res, now);
  };
}
