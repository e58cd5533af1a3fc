import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { kafkaCredentials, kafkaTls } from './transports.ts';

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

describe('Kafka TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-kafka-tls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  const caFile = join(dir, 'ca.crt');
  writeFileSync(caFile, pem);
  const notPem = join(dir, 'ca.der');
  writeFileSync(notPem, Buffer.from([0x30, 0x82, 0x01]));

  it('OPS-5 TLS trusts the CA file when given, the system roots otherwise; no TLS without BC_KAFKA_TLS=true', () => {
    expect(kafkaTls({ BC_KAFKA_TLS: 'true', BC_KAFKA_CA_FILE: caFile })).toEqual({ ca: pem });
    expect(kafkaTls({ BC_KAFKA_TLS: 'true', BC_KAFKA_CA_FILE: '' })).toEqual({ ca: undefined });
    expect(kafkaTls({ BC_KAFKA_TLS: 'false', BC_KAFKA_CA_FILE: '' })).toBeUndefined();
  });

  it('OPS-5 a CA file that cannot be read, is not PEM, or comes without TLS stops the process naming BC_KAFKA_CA_FILE', () => {
    for (const config of [
      { BC_KAFKA_TLS: 'true', BC_KAFKA_CA_FILE: join(dir, 'missing.crt') },
      { BC_KAFKA_TLS: 'true', BC_KAFKA_CA_FILE: dir },
      { BC_KAFKA_TLS: 'true', BC_KAFKA_CA_FILE: notPem },
      // A CA without TLS would quietly connect in plaintext.
      { BC_KAFKA_TLS: 'false', BC_KAFKA_CA_FILE: caFile },
    ] as const) {
      expect(() => kafkaTls(config), JSON.stringify(config)).toThrow(ConfigError);
      expect(() => kafkaTls(config), JSON.stringify(config)).toThrow(/BC_KAFKA_CA_FILE/);
    }
  });
});
