import { REBUILD_COVERED_TOTALS } from '@bc/benefits';
import { REBUILD_INVENTORY_TOTALS } from '@bc/inventory';
import type { Database } from '@bc/platform';

type QueryLogger = { logQuery(context: { query?: string }): void };

/**
 * Counts the SQL statements a service's database runs while `work` runs. The outbox relay polls on
 * its own timer and transactions add begin/commit: only the request's own statements count.
 * MikroORM hands every statement it runs to its logger's `logQuery` (whether or not debug logging
 * is on), so the count listens there for the duration of `work`.
 */
export async function countStatements(orm: Database, work: () => Promise<unknown>): Promise<number> {
  const logger = orm.config.getLogger() as QueryLogger;
  const original = logger.logQuery;
  let count = 0;
  logger.logQuery = function (context) {
    const sql = context.query ?? '';
    if (!/outbox_message|processed_event|advisory|^(begin|commit|rollback|savepoint|release)/i.test(sql)) {
      count += 1;
      if (process.env.BC_DEBUG_SQL) console.log(`[sql] ${sql.slice(0, 140)}`);
    }
    original.call(this, context);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}

/**
 * Inserts rows straight into a table in batches (benchmark and statement-count set-up only). The
 * values go through MikroORM's parameter formatting, which writes dates and booleans as each
 * database stores them.
 */
export async function insertRows(
  orm: Database,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  const connection = orm.em.getConnection();
  for (let i = 0; i < rows.length; i += 250) {
    const batch = rows.slice(i, i + 250);
    const columns = Object.keys(batch[0] ?? {});
    if (columns.length === 0) continue;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${batch.map(() => tuple).join(', ')}`;
    await connection.execute(
      sql,
      batch.flatMap((row) => columns.map((c) => row[c] ?? null)),
      'run',
    );
  }
  for (const statement of totalsAfterBulkLoad[table] ?? []) await connection.execute(statement, [], 'run');
}

/**
 * Tables whose rows feed totals kept on write: rows loaded straight into them bypass those writes,
 * so a bulk load rebuilds the totals after it (every bulk loader runs these).
 */
export const totalsAfterBulkLoad: Record<string, readonly string[]> = {
  license: REBUILD_INVENTORY_TOTALS,
  covered_license: REBUILD_COVERED_TOTALS,
};
