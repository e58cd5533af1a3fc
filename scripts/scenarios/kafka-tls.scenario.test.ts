import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accounts } from '@bc/contracts';
import { createLogger } from '@bc/platform';
import { createTransport } from '@bc/platform/events';
import { serviceNames } from '@bc/system';
import { INVITE, ok, operatorSession, unique } from '@bc/system/flows';
import { afterAll, describe, expect, it } from 'vitest';
import { KAFKA_BROKERS, KAFKA_TLS, startSystem } from '../harness/system.ts';
import { publishedPayloads } from './support/published.ts';
import { currentTier, useSystem } from './support/tier.ts';

/**
 * OPS-5: production reaches Kafka only through Strimzi's TLS listener, signed in with SCRAM-SHA-512 and
 * trusting the cluster CA (infra/k8s/overlays/prod). The system tier runs that path once: every service
 * and the gateway get only the local broker's TLS listener (scripts/infra/kafka.sh: its own CA, PEM
 * keystore, SCRAM user), never the plaintext port the other files use. Both tiers check that a CA file
 * that cannot be used stops the system at start, naming the variable.
 */
const tier = currentTier();

if (tier === 'system') {
  describe('OPS-5 Kafka over TLS with SCRAM-SHA-512, as in production', () => {
    const ctx = useSystem({ kafkaTls: true });

    it('OPS-5 every service and the gateway reach the broker only on its TLS listener, signed in as the SCRAM user', async () => {
      const { system } = ctx;
      expect(KAFKA_TLS.brokers).not.toBe(KAFKA_BROKERS);
      // The gateway's environment (it follows revocations on its own Kafka connection).
      expect(system.env).toMatchObject({
        BC_KAFKA_BROKERS: KAFKA_TLS.brokers,
        BC_KAFKA_TLS: 'true',
        BC_KAFKA_CA_FILE: KAFKA_TLS.caFile,
        BC_KAFKA_USERNAME: KAFKA_TLS.username,
      });
      const described = await system.describe();
      for (const name of serviceNames) {
        expect(system.services[name].config.BC_KAFKA_BROKERS, name).toBe(KAFKA_TLS.brokers);
        // Each service's own admin connection answered describeCluster over that listener.
        expect(described, name).toMatch(
          new RegExp(
            `^${name}: .*events: kafka cluster \\S+ with 1 broker\\(s\\) at ${KAFKA_TLS.brokers} over TLS, SCRAM-SHA-512 as ${KAFKA_TLS.username}$`,
            'm',
          ),
        );
      }
    });

    it('OPS-5 a write through the gateway is published and consumed over TLS: the invitation is on its topic and its mail arrives', async () => {
      const { system } = ctx;
      const operator = await operatorSession(system);
      const email = `${unique('tls')}@mail.example`;
      await ok(
        system.gatewayUrl,
        INVITE,
        { input: { organizationName: 'Transport Security Ltd', administratorEmail: email } },
        operator.accessToken,
      );
      const [mail] = await system.waitForMail(email);
      expect(mail!.subject).toMatch(/^Welcome to the Business Center, Transport Security Ltd/);
      const sent = await publishedPayloads(system, accounts.invitationSent);
      expect(sent.filter((p) => p.recipientEmail === email)).toHaveLength(1);
    });

    describe('refused connections', () => {
      const dir = mkdtempSync(join(tmpdir(), 'bc-other-ca-'));
      afterAll(() => rmSync(dir, { recursive: true, force: true }));
      const logger = createLogger('kafka-tls-scenario', 'silent');
      /** The platform's own transport (what each process builds from its environment), started. */
      const connect = async (env: Record<string, string>) => {
        const transport = createTransport(
          {
            BC_EVENTS: 'kafka',
            BC_KAFKA_BROKERS: KAFKA_TLS.brokers,
            BC_TOPIC_PREFIX: 'scratch.refused.',
            BC_KAFKA_TLS: 'true',
            BC_KAFKA_CA_FILE: KAFKA_TLS.caFile,
            BC_KAFKA_USERNAME: KAFKA_TLS.username,
            BC_KAFKA_PASSWORD: KAFKA_TLS.password,
            ...env,
          },
          'kafka-tls-scenario',
          logger,
        );
        try {
          // No topic to create: the admin connection and the metadata request are what is refused.
          await transport.start([]);
        } finally {
          await transport.stop();
        }
      };

      it('OPS-5 a CA that did not sign the broker certificate fails to connect, saying the certificate is not trusted', async () => {
        // A CA of the test's own, made the way kafka.sh makes the broker's.
        const otherCa = join(dir, 'other-ca.crt');
        execFileSync(
          'openssl',
          ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=another CA'].concat([
            '-keyout',
            join(dir, 'other-ca.key'),
            '-out',
            otherCa,
          ]),
          { stdio: 'ignore' },
        );
        await expect(connect({ BC_KAFKA_CA_FILE: otherCa })).rejects.toThrow(/certificate/);
        // The right CA on the same listener connects: the CA alone made the difference.
        await expect(connect({})).resolves.toBeUndefined();
      });

      it('OPS-5 a wrong SCRAM password is refused by the broker; without TLS the listener does not answer', async () => {
        await expect(connect({ BC_KAFKA_PASSWORD: 'not-the-password' })).rejects.toThrow(
          /SCRAM.*authentication failed/i,
        );
        await expect(connect({ BC_KAFKA_TLS: 'false', BC_KAFKA_CA_FILE: '' })).rejects.toThrow();
      });
    });
  });
}

describe('OPS-5 Kafka TLS settings are checked at start', () => {
  it('OPS-5 a CA file that cannot be read, or one given without BC_KAFKA_TLS=true, stops the system at start naming BC_KAFKA_CA_FILE', async () => {
    for (const env of [
      { BC_KAFKA_TLS: 'true', BC_KAFKA_CA_FILE: join(tmpdir(), 'no-such-dir', 'ca.crt') },
      // A CA without TLS would quietly connect in plaintext.
      { BC_KAFKA_TLS: 'false', BC_KAFKA_CA_FILE: KAFKA_TLS.caFile },
    ]) {
      await expect(
        startSystem({ tier, env: { BC_EVENTS: 'kafka', BC_KAFKA_BROKERS: KAFKA_TLS.brokers, ...env } }),
        JSON.stringify(env),
      ).rejects.toThrow(/BC_KAFKA_CA_FILE/);
    }
  });
});
