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
import { recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { Organization, PartnerRelationship } from '../organizations/organization.ts';
import { tokenHash } from '../sign-in/passwords.ts';
import { announceRevocation } from '../sign-in/revocation.ts';
import type { TokenIssuer } from '../sign-in/tokens.ts';
import { refuse } from '../users/rules.ts';
import { standingOf } from '../users/users.ts';
import { ApiClient } from './api-client.ts';
import { checkClientInput, narrowScope } from './rules.ts';

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
    client.securityStamp += 1;
    announceRevocation(ctx, emit, {
      userId: client.id,
      organizationId: client.organizationId,
      sessionIds: [],
      securityStamp: client.securityStamp,
      reason: 'REVOKED',
    });
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

export type TokenRefusal = 'invalid_client' | 'invalid_scope';

/**
 * RFC 6749 §4.4: a token for a live client whose secret matches (compared as SHA-256 hashes, so
 * in constant time with respect to the secret). Audited, and `lastUsedAt` moves.
 */
export async function issueClientToken(
  deps: { tx: RunTx; clock: Clock; ids: IdGenerator; tokens: TokenIssuer },
  request: { clientId: string; clientSecret: string; scope: string | undefined; clientAddress?: string },
): Promise<{ error: TokenRefusal } | { token: string; expiresIn: number; scope: string }> {
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
    if (!client || !ok) return { error: 'invalid_client' as const };
    const org = await em.findOne(Organization, { id: client.organizationId });
    if (org?.status !== 'ACTIVE') return { error: 'invalid_client' as const };
    const permissions = narrowScope(request.scope, client.permissions);
    if (!permissions) return { error: 'invalid_scope' as const };
    const issued = await deps.tokens.clientToken(client, org.kind, {
      permissions,
      customerIds: client.customerIds,
    });
    client.lastUsedAt = now;
    recordAudit(em, deps, clientActor(client), {
      organizationId: client.organizationId,
      action: 'API_CLIENT_TOKEN',
      targetType: 'ApiClient',
      targetId: client.id,
      after: { scope: permissions, address: request.clientAddress ?? null },
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
    recordAudit(em, deps, clientActor(client), {
      organizationId: client.organizationId,
      action: 'API_CLIENT_USE',
      targetType: 'ApiClient',
      targetId: client.id,
      after: { operation: use.operation.slice(0, 200), address: use.clientAddress ?? null },
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
