import { accounts, type EventContract } from '@bc/contracts';
import type { AccessRevocation, Tx } from '@bc/platform';
import type { AccountsContext } from '../context.ts';
import type { User } from '../users/user.ts';
import { Session } from './session.ts';
import { ACCESS_TOKEN_TTL_SECONDS } from './tokens.ts';

/** Clock difference tolerated between accounts and the replicas that refuse the tokens. */
const CLOCK_SKEW_SECONDS = 60;

type RevocationReason = (typeof accounts.accessRevoked extends EventContract<infer P> ? P : never)['reason'];

/**
 * ACC-4/5/6: a change to a user's standing ends access at once. Ends the user's live sessions (all,
 * all but the caller's, or only the caller's), moves the security stamp when every token of the user
 * must go (`bumpStamp`; the user must be managed by the transaction's `em`), and tells every gateway replica by event.
 * The revocation also goes back to the gateway that carried the request (`ctx.revokedAccess`), so the
 * next request through it is refused even before the event arrives.
 */
export async function endAccess(
  ctx: AccountsContext,
  { em, emit }: Tx,
  user: User,
  change: {
    reason: RevocationReason;
    sessions: 'all' | 'others' | 'current' | 'none';
    bumpStamp: boolean;
  },
): Promise<AccessRevocation> {
  const now = ctx.clock.now();
  const currentSession = ctx.identity.user?.sessionId ?? null;
  let sessionIds: string[] = [];
  if (change.sessions === 'current') sessionIds = currentSession ? [currentSession] : [];
  else if (change.sessions !== 'none') {
    const live = await em.find(
      Session,
      { userId: user.id, revokedAt: null, expiresAt: { $gt: now } },
      { fields: ['id'] },
    );
    sessionIds = live.map((s) => s.id).filter((id) => change.sessions === 'all' || id !== currentSession);
  }
  if (sessionIds.length > 0)
    await em.nativeUpdate(Session, { id: { $in: sessionIds }, revokedAt: null }, { revokedAt: now });
  if (change.bumpStamp) user.securityStamp += 1;
  return announceRevocation(ctx, emit, {
    userId: user.id,
    organizationId: user.organizationId,
    sessionIds,
    securityStamp: change.bumpStamp ? user.securityStamp : null,
    reason: change.reason,
  });
}

/**
 * Tells every gateway replica (event) and the one carrying this request (`ctx.revokedAccess`) which
 * tokens stop now. API clients use it too: their id is their tokens' user and session (API-1).
 */
export function announceRevocation(
  ctx: AccountsContext,
  emit: Tx['emit'],
  ended: Omit<AccessRevocation, 'until'> & { organizationId: string; reason: RevocationReason },
): AccessRevocation {
  const now = ctx.clock.now();
  const revocation: AccessRevocation = {
    userId: ended.userId,
    sessionIds: ended.sessionIds,
    securityStamp: ended.securityStamp,
    until: new Date(now.getTime() + (ACCESS_TOKEN_TTL_SECONDS + CLOCK_SKEW_SECONDS) * 1000).toISOString(),
  };
  emit(accounts.accessRevoked, { ...revocation, organizationId: ended.organizationId, reason: ended.reason });
  ctx.revokedAccess.push(revocation);
  return revocation;
}
