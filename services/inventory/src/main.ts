import { onShutdown } from '@bc/platform';
import { buildInventoryService } from './server.ts';

/** Production entry: one process for the inventory subgraph. */
const service = await buildInventoryService();
await service.start();
await service.http.listen(service.config.PORT, service.config.HOST);
service.runtime.logger.info({ describe: await service.runtime.describe() }, 'inventory ready');
onShutdown(service.runtime.logger, () => service.stop());
