import type { RetentionRule, Standing, Tx } from '@bc/platform';
import { AuditEntry } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { announceRevocation } from '../sign-in/revocation.ts';
import type { User } from '../users/user.ts';
import { ApiClient } from './api-client.ts';
import { CLIENT_ACTIVITY, clientsOutrunBy } from './rules.ts';

/**
 * API-1 (trust rule): in the transaction that lowers a user's standing (roles, global admin, status),
 * the live clients that user created and whose tokens may carry a permission it lost have their stamp
 * moved, announced like a user's: every gateway replica refuses those tokens on the next request, and
 * the tool's next token carries only what the creator holds now (`issueClientToken`).
 */
export async function endTokensBeyondCreator(
  ctx: AccountsContext,
  { em, emit }: Tx,
  creator: Pick<User, 'id' | 'organizationId'>,
  before: Standing | null,
  after: Standing | null,
): Promise<number> {
  const now = ctx.clock.now();
  const live = await em.find(ApiClient, {
    createdByUserId: creator.id,
    organizationId: creator.organizationId,
    revokedAt: null,
    expiresAt: { $gt: now },
  });
  const outrun = clientsOutrunBy(live, before, after);
  for (const client of outrun) endClientTokens(ctx, emit, client, 'ROLES_CHANGED');
  return outrun.length;
}

/** Ends every token of one client: its stamp moves, announced on the revocation feed like a user's. */
export function endClientTokens(
  ctx: AccountsContext,
  emit: Tx['emit'],
  client: ApiClient,
  reason: 'REVOKED' | 'ROLES_CHANGED',
): void {
  client.securityStamp += 1;
  announceRevocation(ctx, emit, {
    userId: client.id,
    organizationId: client.organizationId,
    sessionIds: [],
    securityStamp: client.securityStamp,
    reason,
  });
}

/**
 * OPS-3: a client's hourly token and use entries go after `days` (`BC_KEEP_API_CLIENT_AUDIT_DAYS`);
 * administrators' entries (creating, revoking, rotating a client, user changes) are not pruned.
 */
export const clientActivityRetention = (days: number): RetentionRule<AuditEntry> => ({
  name: 'API client token and use audit entries',
  entity: AuditEntry,
  days,
  where: (cutoff) => ({ action: { $in: [...CLIENT_ACTIVITY] }, at: { $lt: cutoff } }),
});
