import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../errors.ts';
import { PERMISSIONS, type Permission, type Role, resolvePermissions } from './permissions.ts';

export type OrganizationKind = 'CUSTOMER' | 'PARTNER' | 'OPERATOR';

/** The signed-in caller, as the gateway verified it. */
export interface UserIdentity {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  workAccount: string;
  roles: Role[];
  globalAdmin: boolean;
  sessionId: string;
  /** The user's security stamp when the token was issued: revoke, restore, role changes and resets move it. */
  securityStamp: number;
  /**
   * API-1: set when the caller is an organization's API client, not a person (`userId` and
   * `sessionId` are then the client's id, `roles` empty): its token's scope replaces the roles.
   */
  client?: ClientScope;
}

/** What an API client's token may do: these permissions and, for a partner, only these customers (null: all). */
export interface ClientScope {
  permissions: Permission[];
  customerIds: string[] | null;
}

/** What a subgraph knows about the request: who (if anyone) and that it came through the gateway. */
export interface RequestIdentity {
  user: UserIdentity | null;
  /** One per HTTP request at the gateway: every operation of a batch carries the same one. */
  requestId: string;
  /** The caller's IP address as the gateway saw it (gateway README, "Client address"); sign-in throttles by it. */
  clientAddress?: string;
}

/**
 * The caller from an access token's claims, as accounts issues them (accounts/src/sign-in/tokens.ts):
 * `sub` is the user id, the rest are named claims.
 */
export function identityFromClaims(claims: Record<string, unknown>): UserIdentity {
  return {
    userId: String(claims.sub),
    organizationId: String(claims.organizationId),
    organizationKind: claims.organizationKind as OrganizationKind,
    workAccount: String(claims.workAccount),
    roles: (claims.roles as Role[]) ?? [],
    globalAdmin: claims.globalAdmin === true,
    sessionId: String(claims.sessionId),
    securityStamp: typeof claims.stamp === 'number' ? claims.stamp : 0,
    ...(claims.client ? { client: clientScopeFrom(claims.client) } : {}),
  };
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** An API client token's `client` claim: only known permissions count (an unknown one grants nothing). */
function clientScopeFrom(claim: unknown): ClientScope {
  const { permissions, customerIds } = (claim ?? {}) as Record<string, unknown>;
  return {
    permissions: strings(permissions).filter((p): p is Permission =>
      (PERMISSIONS as readonly string[]).includes(p),
    ),
    customerIds: customerIds === null || customerIds === undefined ? null : strings(customerIds),
  };
}

/** The one permission matrix: a person's roles, or an API client's scope (API-1), never both. */
export function permissionsOf(user: UserIdentity): Permission[] {
  if (user.client) return PERMISSIONS.filter((p) => user.client!.permissions.includes(p));
  return resolvePermissions(user.roles, user.globalAdmin);
}

/**
 * API-1: may this caller act on `customerId` as its partner? Partner-of-record links are checked by
 * each feature; an API client of a partner is further limited to the customers chosen for it.
 */
export function clientReaches(user: UserIdentity, customerId: string): boolean {
  const only = user.client?.customerIds;
  return !only || only.includes(customerId);
}

/** `clientReaches` as a query condition on a customer-id column: `{}` unless the caller is a limited client. */
export function clientCustomerFilter<K extends string>(
  user: UserIdentity,
  column: K,
): Partial<Record<K, { $in: string[] }>> {
  const only = user.client?.customerIds;
  return only ? ({ [column]: { $in: only } } as Record<K, { $in: string[] }>) : {};
}

export function can(user: UserIdentity | null, permission: Permission): boolean {
  return user !== null && user.organizationKind !== 'OPERATOR' && permissionsOf(user).includes(permission);
}

export function requireUser(identity: RequestIdentity): UserIdentity {
  if (!identity.user) throw unauthenticated();
  return identity.user;
}

export function requirePermission(identity: RequestIdentity, permission: Permission): UserIdentity {
  const user = requireUser(identity);
  if (!can(user, permission)) throw forbidden(`Your roles do not include ${permission}`);
  return user;
}

export function requireOrganizationKind(identity: RequestIdentity, kind: OrganizationKind): UserIdentity {
  const user = requireUser(identity);
  if (user.organizationKind !== kind) throw forbidden(`Only ${kind.toLowerCase()} users may do this`);
  return user;
}

/**
 * The gateway → subgraph identity token: HS256, addressed to one subgraph (audience) and valid for
 * one minute. A subgraph refuses any request without a valid one, so calling a subgraph directly
 * gets UNAUTHENTICATED (GW-2).
 *
 * Each subgraph has its own key: `BC_SUBGRAPH_SECRET_<NAME>` when set, otherwise
 * HMAC-SHA256(BC_SUBGRAPH_SECRET, "subgraph:<name>") (base64url). A token minted for one subgraph
 * therefore never verifies at another, even before the audience check, and a subgraph given only its
 * own derived key (not the deployment secret) cannot mint tokens for the others.
 */
export const GATEWAY_TOKEN_HEADER = 'x-bc-gateway-token';
const ISSUER = 'bc-gateway';

/** The environment variable that overrides one subgraph's key (`BC_SUBGRAPH_SECRET_ACCOUNTS`). */
export const subgraphKeyVariable = (subgraph: string) =>
  `BC_SUBGRAPH_SECRET_${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

const derivedKeys = new Map<string, string>();
/** One subgraph's key derived from the deployment secret: base64url(HMAC-SHA256(secret, "subgraph:<name>")). */
export function deriveSubgraphKey(secret: string, subgraph: string): string {
  const cacheKey = `${subgraph}\u0000${secret}`;
  let key = derivedKeys.get(cacheKey);
  if (!key) {
    key = createHmac('sha256', secret).update(`subgraph:${subgraph}`).digest('base64url');
    derivedKeys.set(cacheKey, key);
  }
  return key;
}

/** The key one subgraph verifies with (and the gateway signs with): its override if set, else derived. */
export function subgraphKey(
  secret: string,
  subgraph: string,
  overrides: Readonly<Record<string, unknown>> = {},
): string {
  const override = overrides[subgraphKeyVariable(subgraph)];
  return typeof override === 'string' && override ? override : deriveSubgraphKey(secret, subgraph);
}

// A KeyObject per key, made once. The identity token is signed and checked with Node's synchronous
// HMAC: jose 6 goes through WebCrypto, an asynchronous job per token, which was 7-15 % of each
// process's CPU under the dashboard load (scripts/bench/README.md).
const hmacKeys = new Map<string, KeyObject>();
function hmacKey(key: string): KeyObject {
  let object = hmacKeys.get(key);
  if (!object) {
    object = createSecretKey(Buffer.from(key, 'utf8'));
    hmacKeys.set(key, object);
  }
  return object;
}

const IDENTITY_TOKEN_SECONDS = 60;
/** The protected header of every identity token: `{"alg":"HS256"}`, as jose wrote it before. */
const HS256_HEADER = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');
const hs256 = (key: string, signingInput: string) =>
  createHmac('sha256', hmacKey(key)).update(signingInput).digest('base64url');

/** Signs the identity for one subgraph with that subgraph's own key (see `subgraphKey`): a JWT, HS256. */
export async function signIdentityToken(
  key: string,
  subgraph: string,
  identity: RequestIdentity,
): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  const claims = {
    user: identity.user,
    rid: identity.requestId,
    ip: identity.clientAddress,
    iss: ISSUER,
    aud: subgraph,
    iat,
    exp: iat + IDENTITY_TOKEN_SECONDS,
  };
  const signingInput = `${HS256_HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${hs256(key, signingInput)}`;
}

/** Signs for one subgraph with the key derived from the deployment secret (tests, benchmarks). */
export async function signGatewayToken(
  secret: string,
  subgraph: string,
  identity: RequestIdentity,
): Promise<string> {
  return signIdentityToken(deriveSubgraphKey(secret, subgraph), subgraph, identity);
}

/** Refused before execution: the whole HTTP request answers 401. */
const notThroughGateway = () =>
  new GraphQLError('This service only answers requests through the gateway', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

const decodeJson = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/**
 * The claims of an identity token if it verifies with `key` for `subgraph`, else null: three
 * base64url parts, an HMAC-SHA256 signature equal in constant time, header `alg` HS256 (nothing
 * else, no `crit`), issuer the gateway, audience this subgraph, `exp` present and not passed, `nbf`
 * (if any) reached.
 */
function identityClaims(key: string, subgraph: string, token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(hs256(key, `${header}.${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const protectedHeader = decodeJson(header) as Record<string, unknown> | null;
  if (protectedHeader?.alg !== 'HS256' || protectedHeader.crit !== undefined) return null;
  const claims = decodeJson(payload) as Record<string, unknown> | null;
  if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return null;
  const now = Math.floor(Date.now() / 1000);
  if (claims.iss !== ISSUER || claims.aud !== subgraph) return null;
  if (typeof claims.exp !== 'number' || claims.exp <= now) return null;
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > now)) return null;
  return claims;
}

/** Verifies a token with this subgraph's own key and audience. */
export async function verifyIdentityToken(
  key: string,
  subgraph: string,
  token: string | undefined,
): Promise<RequestIdentity> {
  if (!token) throw notThroughGateway();
  let claims: Record<string, unknown> | null;
  try {
    claims = identityClaims(key, subgraph, token);
  } catch {
    claims = null;
  }
  if (!claims) throw notThroughGateway();
  return {
    user: (claims.user as UserIdentity | null) ?? null,
    requestId: String(claims.rid ?? ''),
    ...(typeof claims.ip === 'string' ? { clientAddress: claims.ip } : {}),
  };
}

/** Verifies with the key derived from the deployment secret for this subgraph. */
export async function verifyGatewayToken(
  secret: string,
  subgraph: string,
  token: string | undefined,
): Promise<RequestIdentity> {
  return verifyIdentityToken(deriveSubgraphKey(secret, subgraph), subgraph, token);
}
