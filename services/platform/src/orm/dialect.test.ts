import { type EntityManager, LockMode } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../clock.ts';
import { OutboxMessage } from '../events/entities.ts';
import { Outbox } from '../events/outbox.ts';
import { randomIds } from '../ids.ts';
import { withJobLock } from '../jobs.ts';
import { createLogger } from '../logger.ts';
import { type Database, openDatabase } from './database.ts';
import {
  addToTotal,
  claimDue,
  fillTotalsIfEmpty,
  lockForUpdate,
  tryTransactionLock,
  usesPostgres,
} from './dialect.ts';

const logger = createLogger('test', 'silent');
let orm: Database | null = null;
afterEach(async () => {
  await orm?.close();
  orm = null;
});

/** An EntityManager of a PostgreSQL platform that records the options it was asked with. */
/** Stands for the caller's open transaction: the lock must be taken in it, not on another connection. */
const TRANSACTION = { transaction: 'the caller’s' };

function postgresEm() {
  const find = vi.fn(async () => []);
  const findOneOrFail = vi.fn(async () => ({}));
  const execute = vi.fn(async () => [{ locked: false }]);
  const em = {
    getPlatform: () => new PostgreSqlPlatform(),
    find,
    findOneOrFail,
    getConnection: () => ({ execute }),
    getTransactionContext: () => TRANSACTION,
  } as unknown as EntityManager;
  return { em, find, findOneOrFail, execute };
}

describe('dialect helpers: feature code never says which database', () => {
  it('the dialect is read from the EntityManager', async () => {
    orm = await openDatabase({
      name: 'test',
      url: 'sqlite::memory:',
      entities: [],
      migrationsPath: '.',
      logger,
    });
    expect(usesPostgres(orm.em.fork())).toBe(false);
    expect(usesPostgres(postgresEm().em)).toBe(true);
  });

  it('PostgreSQL: FOR UPDATE for a row lock, FOR UPDATE SKIP LOCKED for a claim, an advisory lock for a job', async () => {
    const { em, find, findOneOrFail, execute } = postgresEm();
    await lockForUpdate(em, OutboxMessage, { seq: 1 });
    expect(findOneOrFail).toHaveBeenCalledWith(
      OutboxMessage,
      { seq: 1 },
      {
        refresh: true,
        lockMode: LockMode.PESSIMISTIC_WRITE,
      },
    );
    await claimDue(em, OutboxMessage, { publishedAt: null }, { limit: 5 });
    expect(find).toHaveBeenCalledWith(
      OutboxMessage,
      { publishedAt: null },
      {
        limit: 5,
        lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
      },
    );
    expect(await tryTransactionLock(em, 42)).toBe(false);
    expect(execute).toHaveBeenCalledWith(
      'select pg_try_advisory_xact_lock(?) as locked',
      [42],
      'all',
      TRANSACTION,
    );
  });

  it('SQLite: the same calls read fresh rows without lock clauses, and a job always runs', async () => {
    orm = await openDatabase({
      name: 'test',
      url: 'sqlite::memory:',
      entities: [],
      migrationsPath: '.',
      logger,
    });
    const row = Object.assign(new OutboxMessage(), {
      eventId: crypto.randomUUID(),
      topic: 't',
      key: 'k',
      envelope: '{}',
      createdAt: new Date(),
    });
    const em = orm.em.fork();
    em.persist(row);
    await em.flush();
    const tx = new Outbox('test', new ManualClock(), randomIds).runner(orm.em);
    const ran = await withJobLock(tx, 'test.job', async ({ em }) => {
      const locked = await lockForUpdate(em, OutboxMessage, { seq: row.seq });
      const due = await claimDue(em, OutboxMessage, { publishedAt: null }, { limit: 10 });
      return locked.seq === row.seq && due.length === 1 ? 1 : 0;
    });
    expect(ran).toBe(1);
  });

  it('totals kept on write add up per key, in the transaction, and a row goes when its count reaches zero', async () => {
    orm = await openDatabase({
      name: 'test',
      url: 'sqlite::memory:',
      entities: [],
      migrationsPath: '.',
      logger,
    });
    const connection = orm.em.getConnection();
    await connection.execute(
      'create table total (account text, active integer, label text, quantity integer, items integer, primary key (account, active))',
    );
    const add = (active: boolean, quantity: number, items: number) =>
      orm!.em.transactional((em) =>
        addToTotal(
          em,
          'total',
          { account: 'a', active },
          { quantity, items },
          { countColumn: 'items', columns: { label: 'x' } },
        ),
      );
    await add(true, 5, 1);
    await add(true, 3, 1);
    await add(false, 2, 1);
    const rows = () =>
      connection.execute('select account, active, label, quantity, items from total order by active');
    expect(await rows()).toEqual([
      { account: 'a', active: 0, label: 'x', quantity: 2, items: 1 },
      { account: 'a', active: 1, label: 'x', quantity: 8, items: 2 },
    ]);
    await add(false, -2, -1);
    expect(await rows()).toEqual([{ account: 'a', active: 1, label: 'x', quantity: 8, items: 2 }]);
    // A failed transaction adds nothing.
    await expect(
      orm.em.transactional(async (em) => {
        await addToTotal(
          em,
          'total',
          { account: 'a', active: true },
          { quantity: 100, items: 1 },
          { countColumn: 'items' },
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await rows()).toEqual([{ account: 'a', active: 1, label: 'x', quantity: 8, items: 2 }]);
  });

  it('totals are filled from the rows they sum only while the table is empty', async () => {
    orm = await openDatabase({
      name: 'test',
      url: 'sqlite::memory:',
      entities: [],
      migrationsPath: '.',
      logger,
    });
    const connection = orm.em.getConnection();
    await connection.execute('create table item (account text, quantity integer)');
    await connection.execute('create table total (account text primary key, quantity integer)');
    const fill =
      'insert into total (account, quantity) select account, sum(quantity) from item group by account';
    expect(await fillTotalsIfEmpty(orm.em, 'total', fill)).toBe(false);
    await connection.execute("insert into item values ('a', 2), ('a', 3), ('b', 1)");
    expect(await fillTotalsIfEmpty(orm.em, 'total', fill)).toBe(true);
    expect(await fillTotalsIfEmpty(orm.em, 'total', fill)).toBe(false);
    expect(await connection.execute('select account, quantity from total order by account')).toEqual([
      { account: 'a', quantity: 5 },
      { account: 'b', quantity: 1 },
    ]);
  });
});
