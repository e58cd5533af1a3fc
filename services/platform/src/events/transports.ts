import { readFileSync } from 'node:fs';
import type { BaseConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { InProcessTransport } from './in-process.ts';
import { KafkaTransport } from './kafka.ts';
import type { EventTransport } from './transport.ts';

/** The settings that choose and reach the event transport (the gateway reads only these). */
export type TransportConfig = Pick<
  BaseConfig,
  'BC_EVENTS' | 'BC_KAFKA_BROKERS' | 'BC_TOPIC_PREFIX' | 'BC_KAFKA_TLS' | 'BC_KAFKA_CA_FILE'
>;

export function createTransport(config: TransportConfig, name: string, logger: Logger): EventTransport {
  if (config.BC_EVENTS === 'in-process') return new InProcessTransport();
  return new KafkaTransport({
    brokers: config.BC_KAFKA_BROKERS.split(',').map((b) => b.trim()),
    clientId: name,
    topicPrefix: config.BC_TOPIC_PREFIX,
    logger,
    tls:
      config.BC_KAFKA_TLS === 'true'
        ? { ca: config.BC_KAFKA_CA_FILE ? readFileSync(config.BC_KAFKA_CA_FILE, 'utf8') : undefined }
        : undefined,
  });
}
