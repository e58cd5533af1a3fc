import { migrateService } from '@bc/platform';
import { reportingService } from './server.ts';

/** Migration entry of the container image (the `reporting-migrate` Job in infra/k8s). */
await migrateService(reportingService);
