import { runService } from '@bc/platform';
import { reportingService } from './server.ts';

/** Production entry: one process for the reporting service. */
await runService(reportingService);
