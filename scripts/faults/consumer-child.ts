import { buildReportingService } from '@bc/reporting/server';

/** Reporting's read-model consumer alone in a process, to be killed in the middle of a batch. */
const reporting = await buildReportingService();
await reporting.start();
await reporting.http.listen(0);
console.log('READY');
await new Promise(() => {});
