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

/**
 * OPS-5: TLS to the brokers (Strimzi's TLS listener), trusting the cluster CA in BC_KAFKA_CA_FILE (PEM)
 * or, without one, the system's roots. A CA that cannot be used stops the process at start instead of
 * failing every connection later, and a CA without BC_KAFKA_TLS=true is refused: it would quietly
 * connect in plaintext.
 */
export function kafkaTls(
  config: Pick<TransportConfig, 'BC_KAFKA_TLS' | 'BC_KAFKA_CA_FILE'>,
): KafkaTransportOptions['tls'] {
  const file = config.BC_KAFKA_CA_FILE;
  if (config.BC_KAFKA_TLS !== 'true') {
    if (file)
      throw new ConfigError('invalid configuration: BC_KAFKA_CA_FILE is set but BC_KAFKA_TLS is not true');
    return undefined;
  }
  if (!file) return { ca: undefined };
  let ca: string;
  try {
    ca = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `invalid configuration: BC_KAFKA_CA_FILE: cannot read ${file} (${(error as Error).message})`,
    );
  }
  if (!ca.includes('-----BEGIN CERTIFICATE-----'))
    throw new ConfigError(`invalid configuration: BC_KAFKA_CA_FILE: ${file} holds no PEM certificate`);
  return { ca };
}

export function createTransport(config: TransportConfig, name: string, logger: Logger): EventTransport {
  if (config.BC_EVENTS === 'in-process') return new InProcessTransport();
  return new KafkaTransport({
    brokers: config.BC_KAFKA_BROKERS.split(',').map((b) => b.trim()),
    clientId: name,
    topicPrefix: config.BC_TOPIC_PREFIX,
    logger,
    tls: kafkaTls(config),
    sasl: kafkaCredentials(config),
  });
}
