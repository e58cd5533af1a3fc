import type { EntityManager } from '@mikro-orm/core';
import { advisoryLockId, tryTransactionLock } from './orm/dialect.ts';

/**
 * Runs a scheduled job's work in one transaction that holds the job's PostgreSQL advisory lock, so
 * replicas never run the same job at the same time (the other one skips and returns 0). The embedded
 * SQLite mode is one process: its transactions are already serialized. The dialect comes from `em`.
 */
export async function withJobLock(
  em: EntityManager,
  job: string,
  work: (em: EntityManager) => Promise<number>,
): Promise<number> {
  return em.fork().transactional(async (tem) => {
    if (!(await tryTransactionLock(tem, advisoryLockId(job)))) return 0;
    return work(tem);
  });
}
