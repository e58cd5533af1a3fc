import {
  createLogger,
  flushTelemetry,
  loadConfig,
  onShutdown,
  startTelemetry,
  systemClock,
} from '@bc/platform/edge';
import { gatewayConfigSchema, gatewayOptionsFrom } from './config.ts';
import { buildGateway } from './gateway.ts';

/** Production entry: the gateway process. */
// OPS-1: tracing first (off unless the OTEL_* variables ask for it).
await startTelemetry({ serviceName: 'gateway' });
const logger = createLogger('gateway', loadConfig(gatewayConfigSchema).LOG_LEVEL);
const { config, options } = gatewayOptionsFrom(process.env, { logger, clock: systemClock });
const http = buildGateway(options);
await http.listen(config.PORT, config.HOST);
onShutdown(logger, async () => {
  await http.close();
  await flushTelemetry();
});
