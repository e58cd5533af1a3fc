import { migrateService } from '@bc/platform';
import { benefitsService } from './server.ts';

/** Migration entry of the container image (the `benefits-migrate` Job in infra/k8s). */
await migrateService(benefitsService);
