import type { RunTx, Tx } from './events/outbox.ts';
import { advisoryLockId, tryTransactionLock } from './orm/dialect.ts';

/**
 * Runs a scheduled job's work in one transaction (`tx`: the service's `runtime.tx`) that holds the
 * job's PostgreSQL advisory lock, so replicas never run the same job at the same time (the other one
 * skips and returns 0). The work gets `{ em, emit }` like any other change; its events are published
 * after commit. The embedded SQLite mode is one process: its transactions are already serialized.
 */
export async function withJobLock(
  tx: RunTx,
  job: string,
  work: (tx: Tx) => Promise<number>,
): Promise<number> {
  return tx(async (t) => {
    if (!(await tryTransactionLock(t.em, advisoryLockId(job)))) return 0;
    return work(t);
  });
}
