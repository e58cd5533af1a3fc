import { startTelemetry } from '@bc/platform/telemetry';

/**
 * Production entry: one process for the benefits service. OPS-1: tracing starts before the service's
 * modules are imported, so the instrumentations patch pg, kafkajs and graphql (off unless the
 * OTEL_* variables ask for it).
 */
await startTelemetry({ serviceName: 'benefits', hookImports: true });
const { runService } = await import('@bc/platform');
const { benefitsService } = await import('./server.ts');
await runService(benefitsService);
