import { baseConfigSchema, loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { type DatabaseOptions, isPostgres, openDatabase } from './database.ts';

/**
 * The migration entry of a service's container image (infra/k8s: the `<service>-migrate` Job):
 * brings its PostgreSQL database up to date and exits, so the Deployment's new pods start on a
 * migrated schema instead of all migrating at once. Reads only BC_DATABASE_URL and LOG_LEVEL.
 */
/** All a migration Job reads (infra checks its manifests against these keys). */
export const migrationConfigSchema = baseConfigSchema.pick({ BC_DATABASE_URL: true, LOG_LEVEL: true });

export async function migrateService(service: Omit<DatabaseOptions, 'url' | 'logger'>): Promise<void> {
  const config = loadConfig(migrationConfigSchema);
  if (!isPostgres(config.BC_DATABASE_URL))
    throw new Error('BC_DATABASE_URL: versioned migrations run on PostgreSQL only');
  const logger = createLogger(`${service.name}-migrate`, config.LOG_LEVEL);
  const orm = await openDatabase({ ...service, url: config.BC_DATABASE_URL, logger });
  logger.info('database is up to date');
  await orm.close();
}
