import { migrateService } from '@bc/platform';
import { agreementsService } from './server.ts';

/** Migration entry of the container image (the `agreements-migrate` Job in infra/k8s). */
await migrateService(agreementsService);
