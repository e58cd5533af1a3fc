import { findPage, ormOptions } from '@bc/platform';
import { services } from '@bc/system';
import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { insertRows } from '../harness/statements.ts';
import { PG_ADMIN_URL } from '../harness/system.ts';

/**
 * API-6: the PostgreSQL plan and time of a deep keyset page (page 90 of 20 rows) of the users of one
 * organization (2,000 of 20,000) and the orders of a customer (2,000) and of a partner (10,000 of
 * 20,000), on scratch databases.
 *   pnpm bench:keyset
 */
const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
await admin.connect();

async function withService<T>(name: string, work: (orm: MikroORM) => Promise<T>) {
  const def = services.find((s) => s.name === name)!;
  const scratch = `bc_scratch_keyset_${name}_${process.pid}`;
  await admin.query(`create database "${scratch}"`);
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${scratch}`);
  const orm = await MikroORM.init(
    ormOptions({ name, url, entities: def.entities, migrationsPath: def.migrationsPath }),
  );
  try {
    await orm.migrator.up();
    return await work(orm);
  } finally {
    await orm.close();
    await admin.query(`drop database if exists "${scratch}" with (force)`);
  }
}

const ORGS = 10;
const PAGE = 90;
const ROWS = 20_000;
const pad = (i: number) => String(i).padStart(6, '0');
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

async function measure(orm: MikroORM, label: string, entity: string, where: object, sort: never) {
  const em = orm.em.fork();
  let args: { first: number; after?: string | null } = { first: 20 };
  for (let i = 1; i < PAGE; i++) {
    const after = (await findPage(em.fork(), entity as never, where as never, args, sort)).pageInfo.endCursor;
    if (!after) throw new Error(`${label}: fewer than ${PAGE} pages`);
    args = { first: 20, after };
  }
  const sql: { query: string; params: unknown[] }[] = [];
  const logger = orm.config.getLogger() as { logQuery(c: { query?: string; params?: unknown[] }): void };
  const original = logger.logQuery;
  logger.logQuery = (c) => {
    if (c.query && /order by/i.test(c.query)) sql.push({ query: c.query, params: c.params ?? [] });
  };
  const started = performance.now();
  const page = await findPage(em.fork(), entity as never, where as never, args, sort);
  const ms = performance.now() - started;
  logger.logQuery = original;
  if (process.env.SHOW_SQL) console.log(sql[0]);
  const plan = await em.getConnection().execute(`explain analyze ${sql[0]!.query}`, sql[0]!.params);
  const lines = (plan as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']);
  console.log(
    `\n${label}: page ${PAGE} (${page.edges.length} rows of ${page.totalCount}) in ${ms.toFixed(1)} ms`,
  );
  console.log(
    lines
      .filter((l) => /Scan|Sort|Limit|Execution/.test(l))
      .map((l) => `  ${l.trim()}`)
      .join('\n'),
  );
}

await withService('accounts', async (orm) => {
  const now = new Date();
  await insertRows(
    orm,
    'work_account',
    Array.from({ length: ROWS }, (_, i) => ({
      id: uuid(i),
      organization_id: uuid(900_000 + (i % ORGS)),
      user_id: `u${pad(i)}`,
      domain: 'bench.example',
      work_account: `u${pad(i)}@org${i % ORGS}.bench.example`,
      email: `u${pad(i)}@mail.example`,
      first_name: 'B',
      last_name: 'U',
      roles: '[]',
      global_admin: false,
      status: 'ACTIVE',
      password_hash: 'x',
      must_change_password: false,
      security_stamp: 0,
      created_at: now,
      updated_at: now,
    })),
  );
  await orm.em.getConnection().execute('analyze');
  await measure(orm, 'users (work account, id)', 'User', { organizationId: uuid(900_000) }, [
    ['workAccount', 'asc'],
    ['id', 'asc'],
  ] as never);
});

await withService('agreements', async (orm) => {
  await insertRows(
    orm,
    'customer_order',
    Array.from({ length: ROWS }, (_, i) => ({
      id: uuid(i),
      number: `ORD-${pad(i)}`,
      organization_id: uuid(900_000 + (i % ORGS)),
      partner_organization_id: uuid(800_000 + (i % 2)),
      purchasing_account_id: uuid(700_000 + (i % 50)),
      purchasing_account_number: 'PA-1',
      agreement_id: uuid(600_000),
      agreement_number: 'AG-1',
      type: 'NEW',
      status: 'PLACED',
      purchase_order_number: 'PO',
      ordered_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      lines: '[]',
      total_minor: 0,
      currency: 'USD',
    })),
  );
  await orm.em.getConnection().execute('analyze');
  const sort = [
    ['orderedAt', 'desc'],
    ['number', 'asc'],
  ] as never;
  await measure(
    orm,
    'orders of a customer (ordered at desc, number)',
    'Order',
    { organizationId: uuid(900_000) },
    sort,
  );
  await measure(
    orm,
    'orders of a partner (ordered at desc, number)',
    'Order',
    { partnerOrganizationId: uuid(800_000) },
    sort,
  );
});
await admin.end();
