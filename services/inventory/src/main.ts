import { runService } from '@bc/platform';
import { inventoryService } from './server.ts';

/** Production entry: one process for the inventory service. */
await runService(inventoryService);
