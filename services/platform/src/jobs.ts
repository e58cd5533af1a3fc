import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';

/** A stable 31-bit advisory-lock id per job name. */
function lockId(job: string): number {
  return createHash('sha256').update(job).digest().readUInt32BE(0) & 0x7fffffff;
}

/**
 * Runs a scheduled job's work in one transaction that holds the job's PostgreSQL advisory lock, so
 * replicas never run the same job at the same time (the other one skips and returns 0). The embedded
 * SQLite mode is one process: its transactions are already serialized.
 */
export async function withJobLock(
  em: EntityManager,
  job: string,
  postgres: boolean,
  work: (em: EntityManager) => Promise<number>,
): Promise<number> {
  return em.fork().transactional(async (tem) => {
    if (postgres) {
      // In this transaction (its context passed): on another pooled connection the lock would end at once.
      const [row] = await tem
        .getConnection()
        .execute<{ locked: boolean }[]>(
          'select pg_try_advisory_xact_lock(?) as locked',
          [lockId(job)],
          'all',
          tem.getTransactionContext(),
        );
      if (!row?.locked) return 0;
    }
    return work(tem);
  });
}
