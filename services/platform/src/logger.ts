import { type DestinationStream, type Logger, pino } from 'pino';

export type { DestinationStream, Logger };

/** JSON lines on stdout (or `destination`: tests read them), one `service` field per line. */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  return destination
    ? pino({ name: service, level, base: { service } }, destination)
    : pino({ name: service, level, base: { service } });
}
