import {
  type ClientScope,
  type Clock,
  type IdGenerator,
  type OrganizationKind,
  REFRESH_TOKEN_TTL_SECONDS,
  type UserIdentity,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import type { User } from '../users/user.ts';
import { SigningKey } from './session.ts';

export const ACCESS_TOKEN_ALG = 'ES256';
export const ACCESS_TOKEN_TTL_SECONDS = 600;
export const REFRESH_TOKEN_TTL_DAYS = REFRESH_TOKEN_TTL_SECONDS / 86_400;

export interface TokenSettings {
  issuer: string;
  audience: string;
}

/** Issues the short-lived access JWTs the gateway verifies against our JWKS. */
export class TokenIssuer {
  private key: { kid: string; privateKey: Awaited<ReturnType<typeof importJWK>>; publicJwk: JWK } | null =
    null;

  constructor(
    private readonly settings: TokenSettings,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** Loads the signing key, creating one on first start (kept in the database across restarts). */
  async init(em: EntityManager): Promise<void> {
    let [stored] = await em.find(SigningKey, {}, { orderBy: { createdAt: 'desc' }, limit: 1 });
    if (!stored) {
      const pair = await generateKeyPair(ACCESS_TOKEN_ALG, { extractable: true });
      const kid = this.ids.uuid();
      stored = new SigningKey();
      stored.kid = kid;
      stored.privateJwk = JSON.stringify(await exportJWK(pair.privateKey));
      stored.publicJwk = JSON.stringify({
        ...(await exportJWK(pair.publicKey)),
        kid,
        alg: ACCESS_TOKEN_ALG,
        use: 'sig',
      });
      stored.createdAt = this.clock.now();
      await em.persist(stored).flush();
    }
    this.key = {
      kid: stored.kid,
      privateKey: await importJWK(JSON.parse(stored.privateJwk), ACCESS_TOKEN_ALG),
      publicJwk: JSON.parse(stored.publicJwk),
    };
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.key ? [this.key.publicJwk] : [] };
  }

  async accessToken(user: User, kind: OrganizationKind, sessionId: string): Promise<string> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    // The claims identityFromClaims (platform) reads; `stamp` is the user's security stamp.
    const claims: Omit<UserIdentity, 'userId' | 'securityStamp'> & { stamp: number } = {
      organizationId: user.organizationId,
      organizationKind: kind,
      workAccount: user.workAccount,
      roles: user.roles,
      globalAdmin: user.globalAdmin,
      sessionId,
      stamp: user.securityStamp,
    };
    return this.sign(user.id, { ...claims }, now + ACCESS_TOKEN_TTL_SECONDS);
  }

  /**
   * API-1: an API client's access token, the same kind as a user's: `sub` and `sessionId` are the
   * client's id (so revoking it ends the token like a session), `stamp` its security stamp, no roles,
   * and `client` its scope, which replaces the roles in the permission matrix. Lives 10 minutes, never
   * past the client's expiry.
   */
  async clientToken(
    client: { id: string; name: string; organizationId: string; securityStamp: number; expiresAt: Date },
    kind: OrganizationKind,
    scope: ClientScope,
  ): Promise<{ token: string; expiresIn: number }> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const exp = Math.min(now + ACCESS_TOKEN_TTL_SECONDS, Math.floor(client.expiresAt.getTime() / 1000));
    const claims: Omit<UserIdentity, 'userId' | 'securityStamp'> & Record<string, unknown> = {
      organizationId: client.organizationId,
      organizationKind: kind,
      workAccount: `API client ${client.name}`,
      roles: [],
      globalAdmin: false,
      sessionId: client.id,
      stamp: client.securityStamp,
      client: scope,
      // RFC 9068's names, for tools that read their own token.
      client_id: client.id,
      scope: scope.permissions.join(' '),
    };
    return { token: await this.sign(client.id, claims, exp), expiresIn: exp - now };
  }

  private sign(subject: string, claims: Record<string, unknown>, exp: number): Promise<string> {
    if (!this.key) throw new Error('token issuer not initialised');
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: this.key.kid, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(Math.floor(this.clock.now().getTime() / 1000))
      .setExpirationTime(exp)
      .setJti(this.ids.uuid())
      .sign(this.key.privateKey);
  }
}
