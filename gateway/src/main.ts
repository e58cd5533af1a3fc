import { startTelemetry } from '@bc/platform/telemetry';

/**
 * Production entry: the gateway process. OPS-1: tracing starts before the gateway's modules are
 * imported, so the instrumentations patch graphql and http (off unless the OTEL_* variables ask).
 */
await startTelemetry({ serviceName: 'gateway', hookImports: true });
const { createLogger, flushTelemetry, loadConfig, onShutdown, systemClock } = await import(
  '@bc/platform/edge'
);
const { gatewayConfigSchema, gatewayOptionsFrom } = await import('./config.ts');
const { buildGateway } = await import('./gateway.ts');

const logger = createLogger('gateway', loadConfig(gatewayConfigSchema).LOG_LEVEL);
const { config, options } = gatewayOptionsFrom(process.env, { logger, clock: systemClock });
const http = buildGateway(options);
await http.listen(config.PORT, config.HOST);
onShutdown(logger, async () => {
  await http.close();
  await flushTelemetry();
});
