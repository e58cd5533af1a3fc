import { onShutdown } from '@bc/platform';
import { buildBenefitsService } from './server.ts';

/** Production entry: one process for the benefits subgraph. */
const { runtime, http, config } = await buildBenefitsService();
await runtime.startEvents();
await http.listen(config.PORT, config.HOST);
runtime.logger.info({ describe: await runtime.describe() }, 'benefits ready');
onShutdown(runtime.logger, () => runtime.stop());
