import { runService } from '@bc/platform';
import { benefitsService } from './server.ts';

/** Production entry: one process for the benefits service. */
await runService(benefitsService);
