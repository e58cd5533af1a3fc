import { addressKey, codedError } from '@bc/platform';
import { defineEntity, type EntityManager, p } from '@mikro-orm/core';
import { passwordChecks } from './passwords.ts';

/**
 * ACC-4 API-2 sign-in throttling (policy in the accounts README). Every try is counted BEFORE the
 * password is hashed, by one atomic upsert per key, so concurrent guesses each use up a try on
 * SQLite and PostgreSQL alike. Keys:
 * - `account:<work account>|<address>`: 4 tries at once, then one a minute. Keyed by the
 *   normalized work account whether or not it exists (unknown accounts answer the same), and by the
 *   client's address, so a stranger's guesses slow the stranger, never the owner elsewhere.
 * - `address:<address>` (IPv6: its /64): 30 failed tries at once, then one every 10 seconds,
 *   across all accounts (guessing one password at many accounts). Successes give their try back.
 * - `request:<request id>`: one password check per HTTP request (the gateway gives every operation
 *   of a batch the same id), so aliases and batches cannot multiply hashing.
 * A key is forgotten after its `forgetMs` without any try.
 */
export interface Limit {
  /** Tries allowed at once; from then on the next waits `lockMs` after the last allowed one. */
  free: number;
  lockMs: number;
  forgetMs: number;
}

export const ACCOUNT_LIMIT: Limit = { free: 4, lockMs: 60_000, forgetMs: 15 * 60_000 };
export const ADDRESS_LIMIT: Limit = { free: 30, lockMs: 10_000, forgetMs: 15 * 60_000 };
export const REQUEST_LIMIT: Limit = { free: 1, lockMs: 60_000, forgetMs: 60_000 };
const LONGEST_FORGET_MS = Math.max(ACCOUNT_LIMIT.forgetMs, ADDRESS_LIMIT.forgetMs, REQUEST_LIMIT.forgetMs);

export const SignInThrottleSchema = defineEntity({
  name: 'SignInThrottle',
  tableName: 'sign_in_throttle',
  properties: {
    id: p.string().length(400).primary(),
    attempts: p.integer(),
    nextAt: p.bigint('number').strictNullable(),
    lastAt: p.bigint('number').index(),
    /** Whether the last try was refused: the upsert's own verdict, read back by `returning`. */
    refused: p.boolean(),
  },
});

/** One throttle key's state; times in epoch milliseconds so the arithmetic is the same in both databases. */
export class SignInThrottle extends SignInThrottleSchema.class {}
SignInThrottleSchema.setClass(SignInThrottle);

// API-2: the address key lives once in the platform (the gateway's rate limits count by it too).
export { addressKey };

export interface ThrottleKeys {
  request: string | null;
  address: string;
  account: string;
}

export function throttleKeys(
  workAccount: string,
  address: string | undefined,
  requestId: string,
): ThrottleKeys {
  const where = addressKey(address);
  return {
    request: requestId ? `request:${requestId}` : null,
    address: `address:${where}`,
    account: `account:${workAccount}|${where}`,
  };
}

export interface Verdict {
  allowed: boolean;
  attempts: number;
  /** Whole seconds until the next try is allowed (0 when allowed now). */
  retryAfterSeconds: number;
}

/**
 * Counts one try at a key and says whether it may go on, in one statement: the SET expressions
 * read the row as it was, so two concurrent tries can never both see the same count.
 */
export async function countTry(em: EntityManager, key: string, limit: Limit, now: number): Promise<Verdict> {
  const forgotten = now - limit.forgetMs;
  const next = now + limit.lockMs;
  const live = 'sign_in_throttle.last_at >= ? and coalesce(sign_in_throttle.next_at, 0) > ?';
  const count = 'case when sign_in_throttle.last_at < ? then 1 else sign_in_throttle.attempts + 1 end';
  const rows = await em
    .getConnection()
    .execute<{ attempts: number | string; next_at: number | string | null; refused: unknown }[]>(
      `insert into sign_in_throttle (id, attempts, next_at, last_at, refused) values (?, 1, ?, ?, false)
     on conflict (id) do update set
       attempts = ${count},
       refused = (${live}),
       next_at = case when ${live} then sign_in_throttle.next_at when ${count} >= ? then ? else null end,
       last_at = ?
     returning attempts, next_at, refused`,
      [
        key,
        limit.free <= 1 ? next : null,
        now,
        forgotten,
        forgotten,
        now,
        forgotten,
        now,
        forgotten,
        limit.free,
        next,
        now,
      ],
      'all',
    );
  const row = rows[0]!;
  const refused = row.refused === true || Number(row.refused) === 1;
  const wait = refused && row.next_at !== null ? Math.ceil((Number(row.next_at) - now) / 1000) : 0;
  return { allowed: !refused, attempts: Number(row.attempts), retryAfterSeconds: Math.max(wait, 0) };
}

/** Gives one counted try back (it was never checked, or it succeeded at an address key). */
async function giveBack(em: EntityManager, key: string, limit: Limit): Promise<void> {
  await em.getConnection().execute(
    `update sign_in_throttle set attempts = attempts - 1,
       next_at = case when attempts - 1 < ? then null else next_at end
     where id = ? and attempts > 0`,
    [limit.free, key],
  );
}

/** After the right password: the account's tries from this address start over; the address gets its try back. */
export async function clearAfterSuccess(em: EntityManager, keys: ThrottleKeys): Promise<void> {
  await em
    .getConnection()
    .execute('update sign_in_throttle set attempts = 0, next_at = null where id = ?', [keys.account]);
  await giveBack(em, keys.address, ADDRESS_LIMIT);
}

/** A counted try that was refused for load (the hashing queue was full), not for the password: not held against anyone. */
export async function returnTry(em: EntityManager, keys: ThrottleKeys): Promise<void> {
  await giveBack(em, keys.account, ACCOUNT_LIMIT);
  await giveBack(em, keys.address, ADDRESS_LIMIT);
}

/** Rows past every key's forget window carry no state; dropped at most once a minute per process. */
let lastSweep = Number.NEGATIVE_INFINITY;
async function sweep(em: EntityManager, now: number): Promise<void> {
  if (now - lastSweep < 60_000 && now >= lastSweep) return;
  lastSweep = now;
  await em
    .getConnection()
    .execute('delete from sign_in_throttle where last_at < ?', [now - LONGEST_FORGET_MS]);
}

/** The same answer for every account, known or not. */
const throttled = (seconds: number) =>
  codedError('TOO_MANY_REQUESTS', `password: too many failed sign-ins; try again in ${seconds} seconds`, {
    field: 'password',
    retryAfterSeconds: seconds,
  });

/**
 * Counts this sign-in try at its keys (request, then address, then account and address) and
 * throws TOO_MANY_REQUESTS at the first that refuses, before any hashing.
 */
export async function reserveTry(em: EntityManager, keys: ThrottleKeys, now: number): Promise<void> {
  await sweep(em, now);
  if (keys.request && !(await countTry(em, keys.request, REQUEST_LIMIT, now)).allowed) {
    passwordChecks.inc({ outcome: 'second_in_request' });
    throw codedError(
      'TOO_MANY_REQUESTS',
      'Only one sign-in is checked per request; send the others separately',
      {
        reason: 'ONE_SIGN_IN_PER_REQUEST',
        retryAfterSeconds: 1,
      },
    );
  }
  for (const [key, limit] of [
    [keys.address, ADDRESS_LIMIT],
    [keys.account, ACCOUNT_LIMIT],
  ] as const) {
    const verdict = await countTry(em, key, limit, now);
    if (!verdict.allowed) {
      passwordChecks.inc({ outcome: 'throttled' });
      throw throttled(verdict.retryAfterSeconds);
    }
  }
}
