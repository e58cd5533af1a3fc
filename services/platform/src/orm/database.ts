import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type AnyEntity, type EntitySchema, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import pg from 'pg';
import { eventEntities } from '../events/entities.ts';
import type { Logger } from '../logger.ts';

export type Database = MikroORM;
// biome-ignore lint/suspicious/noExplicitAny: migration classes
export type MigrationList = { name: string; class: any }[];

export interface DatabaseOptions {
  /** Service name: also MikroORM's context name, so two services in one process never share a transaction. */
  name: string;
  /** `sqlite:<file>` (`sqlite::memory:` for a throwaway) or `postgres://…`. */
  url: string;
  // biome-ignore lint/suspicious/noExplicitAny: entity schemas of any entity type
  entities: EntitySchema<any, any>[];
  /** Folder of the service's versioned PostgreSQL migrations (where new ones are written). */
  migrationsPath: string;
  /** The migrations themselves (`src/migrations/index.ts`), imported statically so any runner loads them. */
  migrations?: MigrationList;
  logger: Logger;
}

export const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** MikroORM options for a service; also used by the migration generator script. */
export function ormOptions(options: Omit<DatabaseOptions, 'logger'>): Partial<Options> {
  const entities = [...options.entities, ...eventEntities] as EntitySchema<AnyEntity>[];
  const common = {
    entities,
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    contextName: options.name,
    forceUtcTimezone: true,
    debug: false,
  } satisfies Partial<Options>;
  if (isPostgres(options.url)) {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.url,
      pool: { min: 0, max: 10 },
      extensions: [Migrator],
      migrations: {
        path: options.migrationsPath,
        pathTs: options.migrationsPath,
        glob: '!(*.d|index).{js,ts}',
        ...(options.migrations ? { migrationsList: options.migrations } : {}),
        emit: 'ts',
        transactional: true,
        allOrNothing: true,
        snapshot: false,
        silent: true,
      },
      preferTs: true,
    };
  }
  const file = options.url.slice('sqlite:'.length);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return { ...common, driver: SqliteDriver, dbName: file };
}

/**
 * Opens the service's database. PostgreSQL is brought up to date by the versioned migrations;
 * the embedded SQLite file is created or updated from the entity metadata.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const orm = await MikroORM.init(ormOptions(options));
  if (isPostgres(options.url)) {
    const applied = await underMigrationLock(options.url, options.name, () => orm.migrator.up());
    if (applied.length > 0)
      options.logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } else {
    await orm.schema.update();
    await orm.em.getConnection().execute('pragma journal_mode = wal');
  }
  return orm;
}

/**
 * OPS-5: pods of one service (and its migration Job) may start together; a session-level advisory
 * lock on a connection of its own lets one migrate while the others wait and then find nothing pending.
 */
async function underMigrationLock<T>(url: string, service: string, migrate: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`business-center:migrations:${service}`]);
    return await migrate();
  } finally {
    // Ending the session releases the lock, also when the migration failed.
    await client.end();
  }
}

export async function databaseVersion(orm: Database): Promise<string> {
  const url = String(orm.config.get('clientUrl') ?? '');
  const sql = isPostgres(url) ? 'select version() as v' : 'select sqlite_version() as v';
  const [row] = await orm.em.getConnection().execute<{ v: string }[]>(sql);
  return isPostgres(url) ? String(row?.v) : `SQLite ${row?.v}`;
}

export async function isDatabaseReachable(orm: Database): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
