import { runService } from '@bc/platform';
import { accountsService } from './server.ts';

/** Production entry: one process for the accounts service. */
await runService(accountsService);
