import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { kafkaCredentials } from './transports.ts';

describe('Kafka credentials', () => {
  it('OPS-5 a process with a Kafka user signs in with SCRAM-SHA-512; without one, no authentication', () => {
    expect(kafkaCredentials({ BC_KAFKA_USERNAME: 'inventory', BC_KAFKA_PASSWORD: 'secret' })).toEqual({
      mechanism: 'scram-sha-512',
      username: 'inventory',
      password: 'secret',
    });
    expect(kafkaCredentials({})).toBeUndefined();
  });

  it('OPS-5 a user without its password (or the reverse) stops the process, naming both variables', () => {
    expect(() => kafkaCredentials({ BC_KAFKA_USERNAME: 'inventory' })).toThrow(ConfigError);
    expect(() => kafkaCredentials({ BC_KAFKA_PASSWORD: 'secret' })).toThrow(
      /BC_KAFKA_USERNAME and BC_KAFKA_PASSWORD/,
    );
  });
});
