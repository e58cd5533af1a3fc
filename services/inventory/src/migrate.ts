import { migrateService } from '@bc/platform';
import { inventoryService } from './server.ts';

/** Migration entry of the container image (the `inventory-migrate` Job in infra/k8s). */
await migrateService(inventoryService);
