import { runService } from '@bc/platform';
import { notificationsService } from './server.ts';

/** Production entry: one process for the notifications service. */
await runService(notificationsService);
