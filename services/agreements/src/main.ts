import { runService } from '@bc/platform';
import { agreementsService } from './server.ts';

/** Production entry: one process for the agreements service. */
await runService(agreementsService);
