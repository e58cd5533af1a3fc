import { randomBytes } from 'node:crypto';
import { allTopics, type EventContract, type EventEnvelope } from '@bc/contracts';
import pg from 'pg';
import { type Clock, ManualClock } from '../clock.ts';
import { InProcessTransport } from '../events/in-process.ts';
import { type AnyServiceDefinition, buildService, type RunningService } from '../service/define-service.ts';

/** The local PostgreSQL the tests use (scripts/infra/postgres.sh). */
const PG_ADMIN_URL = process.env.BC_TEST_PG_URL ?? 'postgres://bc:bc@127.0.0.1:5432/postgres';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The medium tier: one service built from its definition on a scratch PostgreSQL database (migrated by
 * its own migrations, as in production), its events on an in-process transport. A test publishes other
 * services' contracts into it and asserts its rows and the events it emits — without the other five
 * services or the gateway.
 */
export async function serviceUnderTest<D extends AnyServiceDefinition>(
  definition: D,
  options: { env?: Record<string, string>; clock?: Clock } = {},
) {
  const database = `bc_svc_${definition.name}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create database "${database}"`));
  const clock = options.clock ?? new ManualClock('2026-03-02T09:00:00.000Z');
  const transport = new InProcessTransport();
  const emitted: EventEnvelope[] = [];
  await transport.subscribe({
    groupId: 'service-under-test',
    topics: allTopics,
    handle: async (message) => void emitted.push(JSON.parse(message.value) as EventEnvelope),
  });
  let service: RunningService;
  try {
    service = await buildService(definition, {
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        PORT: '0',
        BC_DATABASE_URL: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${database}`),
        BC_SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
        ...options.env,
      },
      clock,
      transport,
    });
    await service.start({ port: 0 });
  } catch (error) {
    await admin((c) => c.query(`drop database if exists "${database}" with (force)`));
    throw error;
  }
  let sequence = 0;

  /** Publishes what the service committed and waits until every handler (its own too) is done. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await service.drain();
      await transport.settled();
    }
  }

  return {
    service,
    clock,
    /**
     * Another service's event, as its outbox would publish it (key and tenant from the contract unless
     * given); resolves once it has been handled.
     */
    async publish<P>(contract: EventContract<P>, payload: P, meta?: { key: string; tenant: string | null }) {
      const parsed = contract.payload.parse(payload);
      const key = meta?.key ?? contract.keyOf(parsed);
      const envelope: EventEnvelope<P> = {
        id: `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`,
        type: contract.type,
        version: contract.version,
        occurredAt: clock.now().toISOString(),
        producer: contract.producer,
        tenant: meta ? meta.tenant : contract.tenantOf(parsed),
        key,
        payload: parsed,
      };
      await transport.publish([{ topic: contract.topic, key, value: JSON.stringify(envelope) }]);
      await settle();
      return envelope;
    },
    /** The same event once more (at-least-once delivery); resolves once it has been handled. */
    async redeliver<P>(contract: EventContract<P>, envelope: EventEnvelope<P>) {
      await transport.publish([
        { topic: contract.topic, key: envelope.key, value: JSON.stringify(envelope) },
      ]);
      await settle();
    },
    /** Rows of the service's own database. */
    async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
      return service.runtime.orm.em.fork().getConnection().execute<T[]>(sql, params);
    },
    /** The events this service has published so far, of one contract (after `settle`). */
    emitted<P>(contract: EventContract<P>): EventEnvelope<P>[] {
      return emitted.filter(
        (e) => e.producer === definition.name && e.type === contract.type && e.version === contract.version,
      ) as EventEnvelope<P>[];
    },
    settle,
    async stop(): Promise<void> {
      await service.stop();
      await admin((c) => c.query(`drop database if exists "${database}" with (force)`));
    },
  };
}

export type ServiceUnderTest = Awaited<ReturnType<typeof serviceUnderTest>>;
