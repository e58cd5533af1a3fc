import { migrateService } from '@bc/platform';
import { accountsService } from './server.ts';

/** Migration entry of the container image (the `accounts-migrate` Job in infra/k8s). */
await migrateService(accountsService);
