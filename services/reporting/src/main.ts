import { onShutdown } from '@bc/platform';
import { buildReportingService } from './server.ts';

/** Production entry: one process for the reporting subgraph and its read-model consumer. */
const reporting = await buildReportingService();
await reporting.start();
await reporting.http.listen(reporting.config.PORT, reporting.config.HOST);
reporting.runtime.logger.info({ describe: await reporting.runtime.describe() }, 'reporting ready');
onShutdown(reporting.runtime.logger, () => reporting.stop());
