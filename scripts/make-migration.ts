import { ormOptions } from '@bc/platform';
import { services } from '@bc/system';
import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { PG_ADMIN_URL } from './harness/system.ts';

/**
 * Writes the next versioned PostgreSQL migration of a service from the difference between its
 * entities and its existing migrations (against a scratch database). Usage:
 *   pnpm tsx scripts/make-migration.ts accounts
 */
const service = process.argv[2];
const definition = services.find((s) => s.name === service);
if (!definition) {
  console.error(`usage: make-migration.ts <${services.map((s) => s.name).join('|')}>`);
  process.exit(2);
}
const { entities, migrationsPath } = definition;
const scratch = `bc_scratch_${definition.name}_${process.pid}`;
const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
await admin.connect();
await admin.query(`create database "${scratch}"`);
try {
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${scratch}`);
  const orm = await MikroORM.init(ormOptions({ name: definition.name, url, entities, migrationsPath }));
  await orm.migrator.up();
  const result = await orm.migrator.create(migrationsPath, false, false);
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes: entities match the migrations');
  await orm.close();
} finally {
  await admin.query(`drop database if exists "${scratch}" with (force)`);
  await admin.end();
}

// The service loads its migrations from this index (static imports work under every runner).
const { readdirSync, writeFileSync } = await import('node:fs');
const files = readdirSync(migrationsPath)
  // Hand-written ones carry a name after the date (Migration20261205ApiSixKeysetIndexes).
  .filter((f) => /^Migration\d+[A-Za-z0-9]*\.ts$/.test(f))
  .sort();
const names = files.map((f) => f.replace(/\.ts$/, ''));
writeFileSync(
  `${migrationsPath}/index.ts`,
  `/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */\n${names
    .map((n) => `import { ${n} } from './${n}.ts';`)
    .join(
      '\n',
    )}\n\nexport const migrations = [\n${names.map((n) => `  { name: '${n}', class: ${n} },`).join('\n')}\n];\n`,
);
console.log(`updated ${migrationsPath}/index.ts`);
