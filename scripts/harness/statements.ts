import type { Database } from '@bc/platform';

type Knex = {
  on(e: string, f: (q: { sql?: string }) => void): void;
  off(e: string, f: (q: { sql?: string }) => void): void;
};

/**
 * Counts the SQL statements a service's database runs while `work` runs. The outbox relay polls on
 * its own timer and transactions add begin/commit: only the request's own statements count.
 */
export async function countStatements(orm: Database, work: () => Promise<unknown>): Promise<number> {
  const knex = (orm.em.getConnection() as unknown as { getKnex(): Knex }).getKnex();
  let count = 0;
  const listener = (q: { sql?: string }) => {
    if (
      /outbox_message|processed_event|advisory|^(begin|commit|rollback|savepoint|release)/i.test(q.sql ?? '')
    )
      return;
    count += 1;
    if (process.env.BC_DEBUG_SQL) console.log(`[sql] ${q.sql?.slice(0, 140)}`);
  };
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.off('query', listener);
  }
  return count;
}

/** Inserts rows straight into a table in batches (benchmark and statement-count set-up only). */
export async function insertRows(
  orm: Database,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  const knex = (
    orm.em.getConnection() as unknown as {
      getKnex(): (t: string) => { insert(r: unknown[]): Promise<unknown> };
    }
  ).getKnex();
  for (let i = 0; i < rows.length; i += 250) await knex(table).insert(rows.slice(i, i + 250));
}
