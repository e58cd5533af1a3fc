import { migrateService } from '@bc/platform';
import { entities, migrations, migrationsPath, SERVICE } from './server.ts';

/** Migration entry of the container image (the `<service>-migrate` Job in infra/k8s). */
await migrateService({ name: SERVICE, entities, migrationsPath, migrations });
