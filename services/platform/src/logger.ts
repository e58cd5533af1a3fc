import { type DestinationStream, type Logger, pino } from 'pino';
import { logTraceFields } from './telemetry/spans.ts';

export type { DestinationStream, Logger };

/**
 * JSON lines on stdout (or `destination`: tests read them), one `service` field per line; OPS-1: a
 * line written inside a span carries its `trace_id` and `span_id`.
 */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = { name: service, level, base: { service }, mixin: logTraceFields };
  return destination ? pino(options, destination) : pino(options);
}
