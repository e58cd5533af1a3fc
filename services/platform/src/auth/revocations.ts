import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { accounts, parseEvent } from '@bc/contracts';
import type { Clock } from '../clock.ts';
import type { EventTransport, Unsubscribe } from '../events/transport.ts';
import type { Logger } from '../logger.ts';
import type { UserIdentity } from './identity.ts';

/**
 * ACC-4/5/6: what accounts ended before the access tokens it issued expire. A token of an ended
 * session, or of a user whose security stamp moved past the token's, is refused on the next request.
 * `until` is when every token the change concerns has expired: the entry can be forgotten then.
 */
export interface AccessRevocation {
  userId: string;
  /** Sessions ended (sign-out, password change for the other sessions). */
  sessionIds: string[];
  /** Tokens of this user carrying a lower stamp are refused (revoke, restore, role change, reset). */
  securityStamp: number | null;
  /** ISO time after which no token issued before the change can still be valid. */
  until: string;
}

/**
 * The in-memory list every gateway replica (and every service that serves signed links) keeps of
 * revocations: fed by accounts' `accounts.access.revoked` events and, on the replica that carried the
 * change, at once by the accounts response. Bounded by time: an entry lives as long as the tokens it
 * refuses (the access-token lifetime), so the list never holds more than the last ten minutes.
 */
export class RevocationList {
  private readonly sessions = new Map<string, number>();
  private readonly stamps = new Map<string, { stamp: number; until: number }>();
  private lastSweep = 0;

  constructor(private readonly clock: Clock) {}

  apply(revocation: AccessRevocation): void {
    const until = Date.parse(revocation.until);
    if (!Number.isFinite(until)) return;
    for (const id of revocation.sessionIds)
      this.sessions.set(id, Math.max(this.sessions.get(id) ?? 0, until));
    if (revocation.securityStamp !== null) {
      const known = this.stamps.get(revocation.userId);
      if (!known || known.stamp < revocation.securityStamp)
        this.stamps.set(revocation.userId, { stamp: revocation.securityStamp, until });
      else known.until = Math.max(known.until, until);
    }
    this.sweep();
  }

  /** Why a verified token is no longer good, or null when it is. */
  refusal(user: Pick<UserIdentity, 'userId' | 'sessionId' | 'securityStamp'>): string | null {
    const now = this.clock.now().getTime();
    const session = this.sessions.get(user.sessionId);
    if (session !== undefined && session > now) return 'session ended';
    const stamp = this.stamps.get(user.userId);
    if (stamp && stamp.until > now && user.securityStamp < stamp.stamp) return 'access changed';
    return null;
  }

  get size(): number {
    return this.sessions.size + this.stamps.size;
  }

  /** Drops entries whose tokens have all expired (at most once a second). */
  private sweep(): void {
    const now = this.clock.now().getTime();
    if (now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    for (const [id, until] of this.sessions) if (until <= now) this.sessions.delete(id);
    for (const [id, entry] of this.stamps) if (entry.until <= now) this.stamps.delete(id);
  }
}

/** The topics `followRevocations` reads (a transport that only follows them creates just these). */
export const REVOCATION_TOPICS = [accounts.accessRevoked.topic];

/**
 * Keeps `list` current from accounts' `accounts.access.revoked` events. Each replica reads in its own
 * consumer group from the start of the topic (kept a day), so a replica that starts knows what was
 * revoked in the last ten minutes before it serves.
 */
export async function followRevocations(options: {
  transport: EventTransport;
  list: RevocationList;
  /** Unique per process: every replica must see every revocation. */
  groupId: string;
  logger: Logger;
}): Promise<Unsubscribe> {
  const apply = (value: string) => {
    try {
      options.list.apply(parseEvent(accounts.accessRevoked, JSON.parse(value)).payload);
    } catch (error) {
      // A malformed event is skipped, not retried forever: it could never be applied.
      options.logger.error({ err: error }, 'unreadable access revocation skipped');
    }
  };
  return options.transport.subscribe({
    groupId: options.groupId,
    topics: REVOCATION_TOPICS,
    handle: async (message) => apply(message.value),
    handleBatch: async (messages) => {
      for (const message of messages) apply(message.value);
    },
  });
}

/** A consumer group id of this process alone (host name and a random part). */
export function replicaGroupId(purpose: string): string {
  return `${purpose}-${hostname()}-${randomBytes(4).toString('hex')}`;
}
