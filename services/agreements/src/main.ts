import { onShutdown } from '@bc/platform';
import { buildAgreementsService } from './server.ts';

/** Production entry: one process for the agreements subgraph. */
const { runtime, http, config } = await buildAgreementsService();
await runtime.startEvents();
await http.listen(config.PORT, config.HOST);
runtime.logger.info({ describe: await runtime.describe() }, 'agreements ready');
onShutdown(runtime.logger, () => runtime.stop());
