import { migrateService } from '@bc/platform';
import { notificationsService } from './server.ts';

/** Migration entry of the container image (the `notifications-migrate` Job in infra/k8s). */
await migrateService(notificationsService);
