import { onShutdown } from '@bc/platform';
import { buildInventoryService } from './server.ts';

/** Production entry: one process for the inventory subgraph. */
const { runtime, http, config } = await buildInventoryService();
await runtime.startEvents();
await http.listen(config.PORT, config.HOST);
runtime.logger.info({ describe: await runtime.describe() }, 'inventory ready');
onShutdown(runtime.logger, () => runtime.stop());
