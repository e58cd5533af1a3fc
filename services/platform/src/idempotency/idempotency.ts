import { createHash } from 'node:crypto';
import {
  defineEntity,
  type EntityClass,
  type EntityManager,
  p,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Clock } from '../clock.ts';
import { badInput, conflict } from '../errors.ts';
import type { RunTx, Tx } from '../events/outbox.ts';

/** API-5: how long a key answers with its first result; after that it may be used afresh. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export const IdempotencyRecordSchema = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_key',
  properties: {
    organizationId: p.string().length(36).primary(),
    operation: p.string().length(64).primary(),
    key: p.string().length(100).primary(),
    requestHash: p.string().length(64),
    resultId: p.string().length(36),
    createdAt: p.datetime(),
    expiresAt: p.datetime().index(),
  },
});

/**
 * One idempotency key of one organization for one operation, stored in the write's own transaction
 * with the id of what it produced. The primary key is what makes concurrent retries safe: the first
 * statement of the write inserts it, so a second transaction with the key waits there for the first
 * and fails once it commits; its write never runs.
 */
export class IdempotencyRecord extends IdempotencyRecordSchema.class {}
IdempotencyRecordSchema.setClass(IdempotencyRecord);

/** Object keys sorted, so the same request hashes the same whatever order its fields came in. */
function canonical(value: unknown): unknown {
  // A DateTime argument is a Date, which has no keys of its own: hash the instant, not `{}`.
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export const requestHash = (request: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(canonical(request)))
    .digest('hex');

/** A key is 1–100 characters of letters, digits and `-_.:` (a UUID fits). */
export function requireIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (!/^[A-Za-z0-9._:-]{1,100}$/.test(key))
    throw badInput('idempotencyKey', 'must be 1 to 100 letters, digits or -_.: characters');
  return key;
}

export interface IdempotentWrite<T> {
  /** Reads a first result outside the write (a fork of it). */
  em: EntityManager;
  /** The write's transaction (`ctx.tx`). */
  tx: RunTx;
  clock: Clock;
  /** The caller's organization: keys of different organizations never meet. */
  organizationId: string;
  operation: string;
  key: string | null | undefined;
  /** The request as the client sent it, without the key; a retry must send the same. */
  request: unknown;
  /** The write, in one transaction; returns what it made or changed. */
  run: (tx: Tx) => Promise<T>;
  idOf: (result: T) => string;
  /** Reads the first result again for a retry. */
  load: (em: EntityManager, id: string) => Promise<T | null>;
}

/**
 * API-5 safe retries: without a key the write just runs. With one, the first call runs and stores
 * the key with its request hash and result id in the same transaction; a retry (also a concurrent
 * one) answers the first result, and the same key with a different request is a CONFLICT.
 */
export async function idempotent<T>(write: IdempotentWrite<T>): Promise<T> {
  const key = requireIdempotencyKey(write.key);
  if (!key) return write.tx(write.run);
  const id = { organizationId: write.organizationId, operation: write.operation, key };
  const hash = requestHash(write.request);
  const replay = async (): Promise<T | null> => {
    const em = write.em.fork();
    const record = await em.findOne(IdempotencyRecord, id);
    if (!record || record.expiresAt <= write.clock.now()) return null;
    if (record.requestHash !== hash)
      throw conflict('idempotencyKey', 'this key was used for a different request');
    return write.load(em, record.resultId);
  };
  const first = await replay();
  if (first) return first;
  try {
    return await write.tx(async (tx) => {
      const { em } = tx;
      const now = write.clock.now();
      // An expired record of this key (and this organization's other expired ones) make room.
      await em.nativeDelete(IdempotencyRecord, {
        organizationId: write.organizationId,
        expiresAt: { $lte: now },
      });
      // Claims the key before the write reads anything: a concurrent retry waits here, then fails.
      await em.insert(IdempotencyRecord, {
        ...id,
        requestHash: hash,
        resultId: '',
        createdAt: now,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
      });
      const result = await write.run(tx);
      await em.nativeUpdate(IdempotencyRecord, id, { resultId: write.idOf(result) });
      return result;
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    // A concurrent call with this key committed first: its result is the answer.
    const again = await replay();
    if (again) return again;
    throw error;
  }
}

/**
 * A service's write in one transaction; with a key, a retry answers the first result (`idempotent`:
 * keys per caller organization and operation, 24 hours), read again as `retry.entity` by its id.
 */
export function keyedWrite<T extends { id: string }>(
  ctx: { em: EntityManager; clock: Clock; tx: RunTx },
  caller: { organizationId: string },
  operation: string,
  retry: { key: string | null | undefined; request: unknown; entity: EntityClass<T> },
  run: (tx: Tx) => Promise<T>,
): Promise<T> {
  return idempotent({
    em: ctx.em,
    tx: ctx.tx,
    clock: ctx.clock,
    organizationId: caller.organizationId,
    operation,
    key: retry.key,
    request: retry.request,
    run,
    idOf: (result) => result.id,
    load: (em, id) => em.findOne(retry.entity, { id } as never) as Promise<T | null>,
  });
}
