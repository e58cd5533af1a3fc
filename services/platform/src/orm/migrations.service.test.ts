import { randomBytes } from 'node:crypto';
import { Migration } from '@mikro-orm/migrations';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { openDatabase } from './database.ts';

const PG_ADMIN_URL = process.env.BC_TEST_PG_URL ?? 'postgres://bc:bc@127.0.0.1:5432/postgres';

async function admin<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Slow enough that two processes starting together both see it pending without the lock. */
class CreateLedger extends Migration {
  override async up(): Promise<void> {
    this.addSql('select pg_sleep(0.5);');
    this.addSql('create table "ledger" ("id" serial primary key);');
  }
}
class AddLedgerNote extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "ledger" add column "note" text;');
  }
}
const migrations = [
  { name: 'Migration00000000000001', class: CreateLedger },
  { name: 'Migration00000000000002', class: AddLedgerNote },
];

describe('migrations under a lock', () => {
  const database = `bc_migrate_${randomBytes(4).toString('hex')}`;
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  afterAll(async () => {
    await admin(`drop database if exists "${database}" with (force)`);
  });

  it('OPS-5 two processes started at once migrate once, and both start', async () => {
    await admin(`create database "${database}"`);
    // Two pods of one service: the same name, the same database.
    const open = (pod: string) =>
      openDatabase({
        name: 'ledger',
        url,
        entities: [],
        migrationsPath: '/nonexistent',
        migrations,
        logger: createLogger(pod, 'silent'),
      });
    const results = await Promise.allSettled([open('pod-a'), open('pod-b')]);
    for (const result of results) if (result.status === 'fulfilled') await result.value.close();
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual([
      'started',
      'started',
    ]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query('select name from mikro_orm_migrations order by id');
      expect(applied.rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
      const columns = await client.query(
        `select column_name from information_schema.columns where table_name = 'ledger' order by ordinal_position`,
      );
      expect(columns.rows.map((r) => r.column_name)).toEqual(['id', 'note']);
    } finally {
      await client.end();
    }
  });
});
