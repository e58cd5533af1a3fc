import {
  badInput,
  type Clock,
  forbidden,
  type IdGenerator,
  notFound,
  type Permission,
  permissionsBeyond,
  type RunTx,
  requirePermission,
  scopeRefusal,
  type UserIdentity,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { countInAudit, recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { Organization, PartnerRelationship } from '../organizations/organization.ts';
import { tokenHash } from '../sign-in/passwords.ts';
import { announceRevocation } from '../sign-in/revocation.ts';
import type { TokenIssuer } from '../sign-in/tokens.ts';
import { refuse } from '../users/rules.ts';
import { User } from '../users/user.ts';
import { standingOf } from '../users/users.ts';
import { ApiClient } from './api-client.ts';
import {
  type ActivityTally,
  activityHour,
  type ClientActivity,
  checkClientInput,
  creatorStanding,
  effectivePermissions,
  narrowScope,
  tallyActivity,
} from './rules.ts';
import { endClientTokens } from './standing.ts';

export interface CreatedApiClient {
  client: ApiClient;
  clientSecret: string;
}

/**
 * The secret: 256 random bits, so a plain SHA-256 is enough to store it (nothing to guess, unlike a
 * password, and no KDF cost on every token request). The prefix tells a leaked one apart in logs.
 */
const newSecret = (ids: IdGenerator) => `bcs_${ids.secret(32)}`;

/** Who acts on API clients: a person (never a client: a tool does not mint credentials) with MANAGE_USERS, as stored now. */
async function administrator(
  ctx: AccountsContext,
  em: EntityManager,
): Promise<{ actor: UserIdentity; standing: Awaited<ReturnType<typeof standingOf>> }> {
  const actor = requirePermission(ctx.identity, 'MANAGE_USERS');
  if (actor.client) throw forbidden('An API client cannot manage API clients');
  return { actor, standing: await standingOf(em, actor, 'MANAGE_USERS') };
}

async function ownClient(em: EntityManager, actor: UserIdentity, id: string): Promise<ApiClient> {
  const client = await em.findOne(ApiClient, { id, organizationId: actor.organizationId });
  if (!client) throw notFound('API client');
  return client;
}

const auditView = (c: ApiClient) => ({
  name: c.name,
  permissions: c.permissions,
  customerIds: c.customerIds,
  expiresAt: c.expiresAt.toISOString(),
});

/** API-1: the organization's clients, newest first. */
export async function listApiClients(ctx: AccountsContext): Promise<ApiClient[]> {
  const actor = requirePermission(ctx.identity, 'MANAGE_USERS');
  return ctx.em.find(
    ApiClient,
    { organizationId: actor.organizationId },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
}

/** API-1: a subset of the caller's own permissions (the grant rule of role changes), a partner's own customers. */
export async function createApiClient(
  ctx: AccountsContext,
  input: { name: string; permissions: Permission[]; customerIds?: string[] | null; expiresAt: Date },
): Promise<CreatedApiClient> {
  return ctx.tx(async ({ em }) => {
    const { actor, standing } = await administrator(ctx, em);
    const now = ctx.clock.now();
    const checked = checkClientInput(input, now, actor.organizationKind === 'PARTNER');
    refuse(scopeRefusal(standing, checked.permissions));
    if (checked.customerIds) {
      const served = await em.count(PartnerRelationship, {
        partnerOrganizationId: actor.organizationId,
        customerOrganizationId: { $in: checked.customerIds },
      });
      if (served !== checked.customerIds.length) throw badInput('customerIds', 'only customers you serve');
    }
    const clientSecret = newSecret(ctx.ids);
    const client = Object.assign(new ApiClient(), {
      id: ctx.ids.uuid(),
      organizationId: actor.organizationId,
      ...checked,
      secretHash: tokenHash(clientSecret),
      createdByUserId: actor.userId,
      createdAt: now,
    });
    em.persist(client);
    recordAudit(em, ctx, actor, {
      organizationId: actor.organizationId,
      action: 'CREATE_API_CLIENT',
      targetType: 'ApiClient',
      targetId: client.id,
      after: auditView(client),
    });
    return { client, clientSecret };
  });
}

/** Managing a client needs every permission it has (as managing a user does). */
async function manageableClient(ctx: AccountsContext, em: EntityManager, id: string) {
  const { actor, standing } = await administrator(ctx, em);
  const client = await ownClient(em, actor, id);
  const lacking = permissionsBeyond(standing, client.permissions);
  if (lacking.length > 0)
    throw forbidden(
      `You can only manage API clients whose permissions you hold (you lack ${lacking.join(', ')})`,
    );
  return { actor, client };
}

/** API-1: the client's tokens are refused from the next request on (as a revoked user's). */
export async function revokeApiClient(ctx: AccountsContext, id: string): Promise<ApiClient> {
  return ctx.tx(async ({ em, emit }) => {
    const { actor, client } = await manageableClient(ctx, em, id);
    if (client.revokedAt) return client;
    client.revokedAt = ctx.clock.now();
    announceRevocation(ctx, emit, {
      userId: client.id,
      organizationId: client.organizationId,
      sessionIds: [client.id],
      securityStamp: null,
      reason: 'REVOKED',
    });
    recordAudit(em, ctx, actor, {
      organizationId: actor.organizationId,
      action: 'REVOKE_API_CLIENT',
      targetType: 'ApiClient',
      targetId: client.id,
      before: { status: 'ACTIVE' },
      after: { status: 'REVOKED' },
    });
    return client;
  });
}

/** API-1: a new secret; the old one and its tokens stop working (the client's stamp moves). */
export async function rotateApiClientSecret(ctx: AccountsContext, id: string): Promise<CreatedApiClient> {
  return ctx.tx(async ({ em, emit }) => {
    const { actor, client } = await manageableClient(ctx, em, id);
    if (client.revokedAt) throw badInput('id', 'the API client is revoked');
    const clientSecret = newSecret(ctx.ids);
    client.secretHash = tokenHash(clientSecret);
    endClientTokens(ctx, emit, client, 'REVOKED');
    recordAudit(em, ctx, actor, {
      organizationId: actor.organizationId,
      action: 'ROTATE_API_CLIENT_SECRET',
      targetType: 'ApiClient',
      targetId: client.id,
    });
    return { client, clientSecret };
  });
}

/** The client as the actor of its own audit entries. */
const clientActor = (client: ApiClient) => ({ userId: client.id, workAccount: `API client ${client.name}` });

/**
 * API-1 ACC-10: every token issued and every use is in the audit log, counted into one entry per
 * client, action and hour (`count`, `lastAt`, and in `after` the counts by operation or scope and the
 * addresses), so a busy tool writes at most 48 entries a day instead of one per request.
 */
async function countClientActivity(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator },
  client: ApiClient,
  action: ClientActivity,
  occurrence: { name: string; address: string | null },
): Promise<void> {
  const hour = activityHour(deps.clock.now());
  await countInAudit(
    em,
    deps,
    clientActor(client),
    {
      organizationId: client.organizationId,
      action,
      targetType: 'ApiClient',
      targetId: client.id,
      rollupKey: `${action}:${client.id}:${hour}`,
    },
    (after) => tallyActivity(after as ActivityTally | null, hour, occurrence.name, occurrence.address),
  );
}

export type TokenRefusal = { error: 'invalid_client' | 'invalid_scope'; description: string };

const AUTHENTICATION_FAILED: TokenRefusal = {
  error: 'invalid_client',
  description: 'client authentication failed',
};

/**
 * RFC 6749 §4.4: a token for a live client whose secret matches (compared as SHA-256 hashes, so
 * in constant time with respect to the secret), carrying the client's permissions within what its
 * creator may do now (the trust rule). Audited, and `lastUsedAt` moves.
 */
export async function issueClientToken(
  deps: { tx: RunTx; clock: Clock; ids: IdGenerator; tokens: TokenIssuer },
  request: { clientId: string; clientSecret: string; scope: string | undefined; clientAddress?: string },
): Promise<TokenRefusal | { token: string; expiresIn: number; scope: string }> {
  const now = deps.clock.now();
  return deps.tx(async ({ em }) => {
    const client = /^[0-9a-f-]{36}$/i.test(request.clientId)
      ? await em.findOne(ApiClient, { id: request.clientId })
      : null;
    const ok =
      client !== null &&
      client.secretHash === tokenHash(request.clientSecret) &&
      !client.revokedAt &&
      client.expiresAt > now;
    if (!client || !ok) return AUTHENTICATION_FAILED;
    const org = await em.findOne(Organization, { id: client.organizationId });
    if (org?.status !== 'ACTIVE') return AUTHENTICATION_FAILED;
    // Only after the secret matched: the reason is the client's owner's business, not a stranger's.
    const creator = creatorStanding(
      await em.findOne(User, { id: client.createdByUserId, organizationId: client.organizationId }),
    );
    if (!creator)
      return {
        error: 'invalid_client' as const,
        description:
          'the user who created this client is no longer active; an administrator must create a new one',
      };
    const asked = narrowScope(request.scope, client.permissions);
    if (!asked)
      return {
        error: 'invalid_scope' as const,
        description: 'the scope names a permission the client lacks',
      };
    const allowed = effectivePermissions(client.permissions, creator);
    const permissions = asked.filter((p) => allowed.includes(p));
    // RFC 6749 §5.2: a scope beyond what the resource owner (here: the creator, now) grants.
    if (permissions.length === 0 || (request.scope?.trim() && permissions.length < asked.length))
      return {
        error: 'invalid_scope' as const,
        description: `beyond what the client's creator may do now (${allowed.join(' ') || 'nothing'})`,
      };
    const issued = await deps.tokens.clientToken(client, org.kind, {
      permissions,
      customerIds: client.customerIds,
    });
    client.lastUsedAt = now;
    await countClientActivity(em, deps, client, 'API_CLIENT_TOKEN', {
      name: permissions.join(' '),
      address: request.clientAddress ?? null,
    });
    return { ...issued, scope: permissions.join(' ') };
  });
}

/**
 * API-1: one use of a client's token (a request through the gateway, which reports it): the audit log
 * names the client and the operation, and `lastUsedAt` moves. A revoked or unknown client is ignored.
 */
export async function recordClientUse(
  deps: { tx: RunTx; clock: Clock; ids: IdGenerator },
  use: { clientId: string; organizationId: string; operation: string; clientAddress?: string },
): Promise<boolean> {
  return deps.tx(async ({ em }) => {
    const client = await em.findOne(ApiClient, { id: use.clientId, organizationId: use.organizationId });
    if (!client) return false;
    client.lastUsedAt = deps.clock.now();
    await countClientActivity(em, deps, client, 'API_CLIENT_USE', {
      name: use.operation,
      address: use.clientAddress ?? null,
    });
    return true;
  });
}

/** API-1 (accounts' own check, as `withLiveSession` for people): the client exists, is live and its stamp current. */
export async function isLiveClient(em: EntityManager, user: UserIdentity, now: Date): Promise<boolean> {
  const client = await em.findOne(ApiClient, { id: user.userId, organizationId: user.organizationId });
  return (
    client !== null &&
    !client.revokedAt &&
    client.expiresAt > now &&
    client.securityStamp === user.securityStamp
  );
}
