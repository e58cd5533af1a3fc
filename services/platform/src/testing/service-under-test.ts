import { randomBytes } from 'node:crypto';
import { allTopics, type EventContract, type EventEnvelope } from '@bc/contracts';
import pg from 'pg';
import { GATEWAY_TOKEN_HEADER, signIdentityToken, type UserIdentity } from '../auth/identity.ts';
import { ManualClock } from '../clock.ts';
import { InProcessTransport } from '../events/in-process.ts';
import {
  type AnyServiceDefinition,
  buildService,
  type RunningService,
  type ServiceDefinition,
} from '../service/define-service.ts';

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
  options: { env?: Record<string, string>; clock?: ManualClock } = {},
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
  let url: string;
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
    url = await service.start({ port: 0 });
  } catch (error) {
    await admin((c) => c.query(`drop database if exists "${database}" with (force)`));
    throw error;
  }
  let sequence = 0;
  let requests = 0;

  /** Publishes what the service committed and waits until every handler (its own too) is done. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await service.drain();
      await transport.settled();
    }
  }

  return {
    service: service as RunningServiceOf<D>,
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
    /**
     * One GraphQL operation on the service's own subgraph, as the gateway forwards it for `user`
     * (null: signed out). Resolves with the response body; call `settle` to let its events out.
     */
    async graphql<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      user: UserIdentity | null = null,
    ): Promise<GraphqlResponse<T>> {
      const token = await signIdentityToken(service.runtime.subgraphKey, definition.name, {
        user,
        requestId: `service-under-test-${++requests}`,
      });
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<T>;
    },
    settle,
    async stop(): Promise<void> {
      await service.stop();
      await admin((c) => c.query(`drop database if exists "${database}" with (force)`));
    },
  };
}

/** A signed-in user for `graphql`: organization and roles given, the rest filled in. */
export function testUser(
  user: Pick<UserIdentity, 'organizationId' | 'organizationKind'> & Partial<UserIdentity>,
): UserIdentity {
  const userId = user.userId ?? `user-${randomBytes(3).toString('hex')}`;
  return {
    userId,
    workAccount: `${userId}@${user.organizationId}.test`,
    roles: ['ACCOUNT_ADMINISTRATOR'],
    globalAdmin: false,
    sessionId: `session-${userId}`,
    securityStamp: 0,
    ...user,
  };
}

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

/**
 * The running service a definition builds, with its own exposed parts and named jobs (for any
 * definition, the common shape: an `any` Extra would make the whole service `any`).
 */
export type RunningServiceOf<D> =
  D extends ServiceDefinition<infer Cfg, infer Extra, string, infer Jobs>
    ? RunningService<Cfg, unknown extends Extra ? object : Extra, Jobs>
    : never;

/** `ServiceUnderTest<typeof inventoryService>` types `service.jobs` and what the service exposes. */
export type ServiceUnderTest<D extends AnyServiceDefinition = AnyServiceDefinition> = Awaited<
  ReturnType<typeof serviceUnderTest<D>>
>;
