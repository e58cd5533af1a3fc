import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Clock } from '../clock.ts';
import { identityFromClaims, type UserIdentity } from './identity.ts';
import type { RevocationList } from './revocations.ts';

/**
 * Clock difference tolerated between accounts (which issues tokens) and a verifier, in seconds: a
 * token is taken up to 60 s after its `exp` and from 60 s before its `iat`, never earlier.
 */
export const ACCESS_TOKEN_CLOCK_SKEW_SECONDS = 60;

/**
 * How long a refresh token (and so a signed-in session) lives from its last use: accounts issues
 * it, the gateway gives the browser's refresh cookie the same Max-Age.
 */
export const REFRESH_TOKEN_TTL_SECONDS = 86_400;

export interface AccessTokenSettings {
  /** The accounts service's JWKS endpoint. */
  jwksUrl: string;
  issuer: string;
  audience: string;
  clock: Clock;
  /** Ended sessions and moved security stamps (ACC-4): such tokens are refused although they verify. */
  revocations?: RevocationList;
}

/** Checks a user's access token: who it is, or why not. */
export type AccessTokenVerifier = (token: string) => Promise<{ user: UserIdentity } | { error: string }>;

/**
 * Verifies the users' access JWTs (GW-2): signature from the accounts JWKS (cached, refetched on an
 * unknown key id), ES256 only, issuer, audience, expiry and issue time (each within
 * ACCESS_TOKEN_CLOCK_SKEW_SECONDS). Verified tokens are remembered until they
 * expire (clients send the same token for minutes), bounded, oldest dropped first; revocations are
 * checked on every call, cached or not. Returns an error for any token that does not verify.
 */
export function createAccessTokenVerifier(
  settings: AccessTokenSettings,
  maxCached = 10_000,
): AccessTokenVerifier {
  const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), {
    cooldownDuration: 30_000,
    timeoutDuration: 5000,
  });
  const verified = new Map<string, { user: UserIdentity; exp: number }>();
  const live = (user: UserIdentity) => {
    const refusal = settings.revocations?.refusal(user);
    return refusal ? { error: refusal } : { user };
  };
  return async (token) => {
    const cached = verified.get(token);
    if (cached && cached.exp * 1000 > settings.clock.now().getTime()) return live(cached.user);
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ['ES256'],
        currentDate: settings.clock.now(),
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: ACCESS_TOKEN_CLOCK_SKEW_SECONDS,
      });
      // jose checks `iat` only against a maximum age: a token from the future is refused here.
      const now = settings.clock.now().getTime() / 1000;
      if (payload.iat! > now + ACCESS_TOKEN_CLOCK_SKEW_SECONDS)
        return { error: 'token issued in the future' };
      const user = identityFromClaims(payload);
      if (verified.size >= maxCached) verified.delete(verified.keys().next().value!);
      verified.set(token, { user, exp: payload.exp! });
      return live(user);
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
}

/** The token of an `Authorization: Bearer <token>` header, undefined when absent, null when malformed. */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (!header) return undefined;
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
}
