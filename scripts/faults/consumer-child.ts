import { buildService } from '@bc/platform';
import { reportingService } from '@bc/reporting';

/** Reporting's read-model consumer alone in a process, to be killed in the middle of a batch. */
const reporting = await buildService(reportingService);
await reporting.start({ port: 0 });
console.log('READY');
await new Promise(() => {});
