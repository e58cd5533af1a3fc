import { createHash } from 'node:crypto';
import {
  type EntityManager,
  type EntityName,
  type FilterQuery,
  type FindOptions,
  LockMode,
} from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * The one place that knows which database an EntityManager talks to. Feature code asks for a row
 * lock, a claim or a job lock; these helpers choose the SQL. SQLite (embedded, one process) needs no
 * lock: its write transactions are already serialized.
 */
export function usesPostgres(em: EntityManager): boolean {
  return em.getPlatform() instanceof PostgreSqlPlatform;
}

/**
 * Loads one row (fails if missing) fresh from the database and, on PostgreSQL, locks it for the
 * rest of the transaction (`SELECT … FOR UPDATE`), so concurrent writers of the row take turns.
 */
export async function lockForUpdate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
): Promise<T> {
  return em.findOneOrFail(entity, where as FilterQuery<NoInfer<T>>, {
    refresh: true,
    ...(usesPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
  });
}

/**
 * Finds rows to work on and, on PostgreSQL, locks them for the transaction skipping rows another
 * transaction holds (`FOR UPDATE SKIP LOCKED`), so two passes or replicas never claim the same row.
 * The caller marks the rows taken (e.g. pushes their due time) before the transaction commits.
 */
export async function claimDue<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: Pick<FindOptions<T>, 'orderBy' | 'limit'> = {},
): Promise<T[]> {
  return em.find(entity, where as FilterQuery<NoInfer<T>>, {
    ...options,
    ...(usesPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {}),
  });
}

/** A stable 31-bit advisory-lock id per name. */
export function advisoryLockId(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) & 0x7fffffff;
}

/**
 * Inside a transaction: on PostgreSQL takes the transaction-scoped advisory lock `id` if free and
 * says whether it did (another holder means "someone else is doing this now"); elsewhere always true.
 */
export async function tryTransactionLock(em: EntityManager, id: number): Promise<boolean> {
  if (!usesPostgres(em)) return true;
  const [row] = await em
    .getConnection()
    // In the caller's transaction (its context passed): on another pooled connection the lock would end at once.
    .execute<{ locked: boolean }[]>(
      'select pg_try_advisory_xact_lock(?) as locked',
      [id],
      'all',
      em.getTransactionContext(),
    );
  return row?.locked === true;
}

type TotalKey = Record<string, string | number | boolean>;

/**
 * Totals kept on write (a summary row per key, so reads need not aggregate every row): adds `amounts`
 * to the row of `table` whose primary key columns are `key`, creating it with `columns`, in the
 * caller's transaction; the row goes when `countColumn` reaches zero. One statement both databases
 * speak (`insert … on conflict … do update`), so concurrent writers add up instead of racing.
 * Column names are the table's own (snake_case); amounts may be negative.
 */
export async function addToTotal(
  em: EntityManager,
  table: string,
  key: TotalKey,
  amounts: Record<string, number>,
  options: { countColumn: string; columns?: TotalKey },
): Promise<void> {
  // better-sqlite3 binds no booleans: SQLite keeps them as 0/1, as MikroORM maps them.
  const value = (v: string | number | boolean) =>
    typeof v === 'boolean' && !usesPostgres(em) ? Number(v) : v;
  const keyColumns = Object.keys(key);
  const inserted = { ...key, ...options.columns, ...amounts };
  const names = Object.keys(inserted);
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  await connection.execute(
    `insert into ${table} (${names.join(', ')}) values (${names.map(() => '?').join(', ')})
      on conflict (${keyColumns.join(', ')}) do update set ${Object.keys(amounts)
        .map((c) => `${c} = ${table}.${c} + excluded.${c}`)
        .join(', ')}`,
    Object.values(inserted).map(value),
    'run',
    tx,
  );
  await connection.execute(
    `delete from ${table} where ${keyColumns.map((c) => `${c} = ?`).join(' and ')} and ${options.countColumn} <= 0`,
    Object.values(key).map(value),
    'run',
    tx,
  );
}

/** One item's place in a table of totals: its key, what it adds there, and the row's other columns. */
export interface CountedItem {
  key: TotalKey;
  amounts: Record<string, number>;
  columns?: TotalKey;
}

/**
 * Moves one item's contribution from where it counted before a write (`before`; null for a new item)
 * to where it counts after (`after`; null when it no longer counts), with `addToTotal`: nothing when
 * both are the same. Call it in the write's transaction.
 */
export async function moveTotal(
  em: EntityManager,
  table: string,
  countColumn: string,
  before: CountedItem | null,
  after: CountedItem | null,
): Promise<void> {
  if (before && after && JSON.stringify(before) === JSON.stringify(after)) return;
  const negate = (amounts: Record<string, number>) =>
    Object.fromEntries(Object.entries(amounts).map(([c, n]) => [c, -n]));
  if (before)
    await addToTotal(em, table, before.key, negate(before.amounts), { countColumn, columns: before.columns });
  if (after) await addToTotal(em, table, after.key, after.amounts, { countColumn, columns: after.columns });
}

/**
 * Fills a table of totals kept on write from the rows it sums (`fill`: an `insert … select`) when the
 * table is empty: a database from before the totals (PostgreSQL gets them from the migration that added
 * the table). Says whether it added any row; with nothing to sum the fill adds none.
 */
export async function fillTotalsIfEmpty(em: EntityManager, table: string, fill: string): Promise<boolean> {
  const connection = em.getConnection();
  const [row] = await connection.execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
  if (Number(row?.n ?? 0) > 0) return false;
  const result = await connection.execute<{ affectedRows: number }>(fill, [], 'run');
  return result.affectedRows > 0;
}
