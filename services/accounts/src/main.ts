import { onShutdown } from '@bc/platform';
import { buildAccountsService } from './server.ts';

/** Production entry: one process for the accounts subgraph. */
const { runtime, http, config } = await buildAccountsService();
await runtime.startEvents();
await http.listen(config.PORT, config.HOST);
runtime.logger.info({ describe: await runtime.describe() }, 'accounts ready');
onShutdown(runtime.logger, () => runtime.stop());
