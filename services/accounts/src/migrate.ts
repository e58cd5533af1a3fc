import { baseConfigSchema, createLogger, isPostgres, loadConfig, openDatabase } from '@bc/platform';
import { entities, migrations, migrationsPath, SERVICE } from './server.ts';

/**
 * Migration entry of the container image (infra/k8s: the `<service>-migrate` Job): brings this
 * service's PostgreSQL database up to date and exits, so the Deployment's new pods start on a
 * migrated schema instead of all migrating at once. Reads only BC_DATABASE_URL and LOG_LEVEL.
 */
const config = loadConfig(baseConfigSchema.pick({ BC_DATABASE_URL: true, LOG_LEVEL: true }));
if (!isPostgres(config.BC_DATABASE_URL)) {
  throw new Error('BC_DATABASE_URL: versioned migrations run on PostgreSQL only');
}
const logger = createLogger(`${SERVICE}-migrate`, config.LOG_LEVEL);
const orm = await openDatabase({
  name: SERVICE,
  url: config.BC_DATABASE_URL,
  entities,
  migrationsPath,
  migrations,
  logger,
});
logger.info('database is up to date');
await orm.close();
