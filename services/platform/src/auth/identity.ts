import { createSecretKey, type KeyObject } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { jwtVerify, SignJWT } from 'jose';
import { forbidden, unauthenticated } from '../errors.ts';
import { type Permission, type Role, resolvePermissions } from './permissions.ts';

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
}

/** What a subgraph knows about the request: who (if anyone) and that it came through the gateway. */
export interface RequestIdentity {
  user: UserIdentity | null;
  requestId: string;
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
  };
}

export function permissionsOf(user: UserIdentity): Permission[] {
  return resolvePermissions(user.roles, user.globalAdmin);
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
 * The gateway → subgraph identity token: HS256 with a secret only the gateway and subgraphs hold,
 * addressed to one subgraph (audience) and valid for one minute. A subgraph refuses any request
 * without a valid one, so calling a subgraph directly gets UNAUTHENTICATED (GW-2).
 */
export const GATEWAY_TOKEN_HEADER = 'x-bc-gateway-token';
const ISSUER = 'bc-gateway';

// A KeyObject per secret, made once: jose then signs and verifies with Node's synchronous HMAC
// instead of importing a WebCrypto key on every request.
const hmacKeys = new Map<string, KeyObject>();
function hmacKey(secret: string): KeyObject {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    hmacKeys.set(secret, key);
  }
  return key;
}

export async function signGatewayToken(
  secret: string,
  subgraph: string,
  identity: RequestIdentity,
): Promise<string> {
  return new SignJWT({ user: identity.user, rid: identity.requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(subgraph)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(hmacKey(secret));
}

/** Refused before execution: the whole HTTP request answers 401. */
const notThroughGateway = () =>
  new GraphQLError('This service only answers requests through the gateway', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

export async function verifyGatewayToken(
  secret: string,
  subgraph: string,
  token: string | undefined,
): Promise<RequestIdentity> {
  if (!token) throw notThroughGateway();
  try {
    const { payload } = await jwtVerify(token, hmacKey(secret), {
      issuer: ISSUER,
      audience: subgraph,
      algorithms: ['HS256'],
    });
    return { user: (payload.user as UserIdentity | null) ?? null, requestId: String(payload.rid ?? '') };
  } catch {
    throw notThroughGateway();
  }
}
