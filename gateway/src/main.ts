import { createLogger, loadConfig, onShutdown, systemClock } from '@bc/platform/edge';
import { gatewayConfigSchema, gatewayOptionsFrom } from './config.ts';
import { buildGateway } from './gateway.ts';

/** Production entry: the gateway process. */
const logger = createLogger('gateway', loadConfig(gatewayConfigSchema).LOG_LEVEL);
const { config, options } = gatewayOptionsFrom(process.env, { logger, clock: systemClock });
const http = buildGateway(options);
await http.listen(config.PORT, config.HOST);
onShutdown(logger, () => http.close());
