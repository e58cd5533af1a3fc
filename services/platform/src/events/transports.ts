import { readFileSync } from 'node:fs';
import { type BaseConfig, ConfigError } from '../config.ts';
import type { Logger } from '../logger.ts';
import { InProcessTransport } from './in-process.ts';
import { KafkaTransport, type KafkaTransportOptions } from './kafka.ts';
import type { EventTransport } from './transport.ts';

/** The settings that choose and reach the event transport (the gateway reads only these). */
export type TransportConfig = Pick<
  BaseConfig,
  | 'BC_EVENTS'
  | 'BC_KAFKA_BROKERS'
  | 'BC_TOPIC_PREFIX'
  | 'BC_KAFKA_TLS'
  | 'BC_KAFKA_CA_FILE'
  | 'BC_KAFKA_USERNAME'
  | 'BC_KAFKA_PASSWORD'
>;

/** SCRAM-SHA-512 credentials (Strimzi's `scram-sha-512` listener authentication), when configured. */
export function kafkaCredentials(
  config: Pick<TransportConfig, 'BC_KAFKA_USERNAME' | 'BC_KAFKA_PASSWORD'>,
): KafkaTransportOptions['sasl'] {
  const { BC_KAFKA_USERNAME: username, BC_KAFKA_PASSWORD: password } = config;
  if (!username && !password) return undefined;
  if (!username || !password)
    throw new ConfigError('invalid configuration: BC_KAFKA_USERNAME and BC_KAFKA_PASSWORD go together');
  return { mechanism: 'scram-sha-512', username, password };
}

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
    sasl: kafkaCredentials(config),
  });
}
