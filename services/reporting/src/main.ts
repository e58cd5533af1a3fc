import { startTelemetry } from '@bc/platform/telemetry';

/**
 * Production entry: one process for the reporting service. OPS-1: tracing starts before the service's
 * modules are imported, so the instrumentations patch pg, kafkajs and graphql (off unless the
 * OTEL_* variables ask for it).
 */
await startTelemetry({ serviceName: 'reporting', hookImports: true });
const { runService } = await import('@bc/platform');
const { reportingService } = await import('./server.ts');
await runService(reportingService);
