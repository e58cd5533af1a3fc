import { createLogger, loadConfig, openDatabase, systemClock } from '@bc/platform';
import { reportingConfigSchema, reportingService } from '../server.ts';
import { startNextGeneration } from './read-model-builder.ts';

/**
 * REP-6 offline rebuild: `pnpm --filter @bc/reporting rebuild` with the service's environment, while
 * reporting is stopped (e.g. a Job before a rollout). Empties the read models and starts the next
 * generation; on start the service reads every topic from the beginning into them. A running replica
 * is rebuilt live with the operator's `rebuildReadModels` mutation instead.
 */
const config = loadConfig(reportingConfigSchema, process.env);
const logger = createLogger(reportingService.name, config.LOG_LEVEL);
const orm = await openDatabase({ ...reportingService, url: config.BC_DATABASE_URL, logger });
const row = await startNextGeneration(orm.em.fork(), systemClock.now());
logger.info(
  { generation: row.generation },
  'read models emptied; the next start rebuilds them from the topics',
);
await orm.close();
