import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTopics } from '@bc/contracts';
import type { Clock, DestinationStream } from '@bc/platform';
import { DEFAULT_OPERATOR_PASSWORD, serviceNames, startSystem as startRuntime } from '@bc/system';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import pg from 'pg';
import { secretsIn } from '../lib/secret-scan.ts';
import { TxtDnsServer } from './dns-server.ts';
import { SmtpSink } from './mail-sink.ts';
import { deleteScratchTopics, readScratchTopics, scratchPrefix } from './scratch-topics.ts';

/** `fast`: SQLite + in-process events + local mailbox. `system`: PostgreSQL + Kafka + SMTP. */
export type Tier = 'fast' | 'system';

export interface SystemOptions {
  tier: Tier;
  clock?: Clock;
  logLevel?: string;
  /** Where every service's JSON log lines go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
  operatorPassword?: string;
  /** Run services and gateway with NODE_ENV=production (masked errors, no introspection). */
  production?: boolean;
  /** Run with NODE_ENV=development, as `pnpm start` does; `env.BC_DEBUG` as there. */
  development?: boolean;
  /** Extra environment for every service (e.g. `BC_WEBHOOK_PUBLIC_ONLY`). */
  env?: Record<string, string>;
  /** Proxies in front of the gateway whose X-Forwarded-For it trusts (0: none, the default). */
  trustedProxyHops?: number;
  /** The built portal's folder, served at the gateway's origin (the browser tier). */
  portal?: string;
  /** OPS-1: trace the whole system into memory; `system.traces.spans()` reads the finished spans. */
  traces?: boolean;
  /**
   * OPS-5, system tier: every service and the gateway reach Kafka only through the broker's TLS
   * listener (SASL_SSL, SCRAM-SHA-512, scripts/infra/kafka.sh), trusting its CA, as in production.
   */
  kafkaTls?: boolean;
}

export const PG_ADMIN_URL = process.env.BC_TEST_PG_URL ?? 'postgres://bc:bc@127.0.0.1:5432/postgres';
export const KAFKA_BROKERS = process.env.BC_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092';
export const OPERATOR_PASSWORD = DEFAULT_OPERATOR_PASSWORD;
/** The local broker's TLS listener, the CA that signed its certificate, and its SCRAM user (kafka.sh). */
export const KAFKA_TLS = {
  brokers: process.env.BC_TEST_KAFKA_TLS_BROKERS ?? '127.0.0.1:9094',
  caFile:
    process.env.BC_TEST_KAFKA_CA_FILE ??
    join(
      process.env.BC_KAFKA_STATE_DIR ??
        join(process.env.BC_STATE_DIR ?? join(homedir(), '.local/state/business-center'), 'kafka'),
      'tls/ca.crt',
    ),
  username: 'bc-test',
  password: 'bc-test-scram-password',
};

/** The URL of one database on the local PostgreSQL server. */
export const databaseUrl = (name: string) => PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);

/** Scratch databases on the local PostgreSQL (system tier, fault tests, benchmarks). */
export async function createDatabases(names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    for (const name of names) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabases(names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    for (const name of names) await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * The whole system for a test: the embedded runtime (@bc/system) on scratch parts — a temporary data
 * folder or scratch PostgreSQL databases and Kafka topics, an SMTP sink, a loopback DNS server for
 * domain proof, any free ports — and never the caller's environment.
 */
export async function startSystem(options: SystemOptions) {
  const run = randomBytes(4).toString('hex');
  const cleanups: (() => Promise<void>)[] = [];
  const dns = new TxtDnsServer();
  cleanups.push(() => dns.stop());
  let smtp: SmtpSink | null = null;
  let topicPrefix: string | null = null;
  try {
    const env: Record<string, string> = {
      NODE_ENV: options.production ? 'production' : options.development ? 'development' : 'test',
      PORT: '0',
      LOG_LEVEL: options.logLevel ?? process.env.LOG_LEVEL ?? 'warn',
      BC_OPERATOR_PASSWORD: options.operatorPassword ?? OPERATOR_PASSWORD,
      BC_DNS_SERVERS: await dns.start(),
      ...(options.trustedProxyHops ? { BC_TRUSTED_PROXY_HOPS: String(options.trustedProxyHops) } : {}),
      // API-2: the gateway's rate limits are off under test (every scenario and benchmark calls from one
      // address, far faster than a person); rate-limits.scenario.test.ts sets its own through `env`.
      BC_RATE_LIMIT_CLIENT: '0',
      BC_RATE_LIMIT_ADDRESS: '0',
      BC_RATE_LIMIT_CREDENTIALS: '0',
    };
    if (options.tier === 'system') {
      const names = serviceNames.map((name) => `bc_t${run}_${name}`);
      await createDatabases(names);
      cleanups.push(() => dropDatabases(names));
      for (const [i, name] of serviceNames.entries())
        env[`BC_DATABASE_URL_${name.toUpperCase()}`] = databaseUrl(names[i]!);
      smtp = new SmtpSink();
      const smtpUrl = await smtp.start();
      cleanups.push(() => smtp!.stop());
      const prefix = scratchPrefix('t');
      topicPrefix = prefix;
      cleanups.push(async () => void (await deleteScratchTopics(prefix)));
      Object.assign(env, {
        BC_EVENTS: 'kafka',
        BC_KAFKA_BROKERS: KAFKA_BROKERS,
        BC_TOPIC_PREFIX: prefix,
        BC_MAILER: 'smtp',
        BC_SMTP_URL: smtpUrl,
      });
      if (options.kafkaTls) {
        await expectListening(KAFKA_TLS.brokers);
        Object.assign(env, {
          BC_KAFKA_BROKERS: KAFKA_TLS.brokers,
          BC_KAFKA_TLS: 'true',
          BC_KAFKA_CA_FILE: KAFKA_TLS.caFile,
          BC_KAFKA_USERNAME: KAFKA_TLS.username,
          BC_KAFKA_PASSWORD: KAFKA_TLS.password,
        });
      }
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'bc-fast-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      Object.assign(env, { BC_DATA_DIR: dir, BC_EVENTS: 'in-process', BC_MAILER: 'mailbox' });
    }
    Object.assign(env, options.env);
    const spans = options.traces ? new InMemorySpanExporter() : undefined;
    const system = await startRuntime({
      traceExporter: spans,
      env,
      clock: options.clock,
      logDestination: options.logDestination,
      portal: options.portal,
      readMail: smtp ? async (to) => smtp!.messages.filter((m) => m.to === to) : undefined,
    });
    cleanups.push(() => system.stop());

    /**
     * Every message published so far, read from the topics (Kafka, or the in-process transport's log):
     * what consumers see, whatever the outboxes kept or pruned. Topic names without the run's prefix.
     */
    async function publishedEvents(): Promise<PublishedEvent[]> {
      await system.settle();
      if (topicPrefix) return readScratchTopics(topicPrefix);
      const read: PublishedEvent[] = [];
      const transport = system.transport!;
      await transport.subscribe({
        groupId: `published-${randomBytes(4).toString('hex')}`,
        topics: [...allTopics],
        handle: async (m) => void read.push({ topic: m.topic, key: m.key, value: m.value }),
      });
      await system.settle();
      return read;
    }

    return {
      ...system,
      tier: options.tier,
      dns,
      /** OPS-1: the spans this process finished (with `traces: true`), every trace of the file. */
      traces: spans ? { spans: () => spans.getFinishedSpans() } : undefined,
      publishedEvents,
      /**
       * Stops everything; first reads every event the file's scenarios published and fails the file
       * if one holds a credential (OPS-3: none may enter an event, the outbox or Kafka).
       */
      async stop(): Promise<void> {
        let findings: string[] = [];
        try {
          findings = (await publishedEvents()).flatMap((m) =>
            secretsIn(JSON.parse(m.value)).map((f) => `${m.topic} ${f.path}: ${f.what}`),
          );
        } finally {
          for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
        }
        if (findings.length > 0)
          throw new Error(`OPS-3: credentials in published events:\n${[...new Set(findings)].join('\n')}`);
      },
    };
  } catch (error) {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
    throw error;
  }
}

export type RunningSystem = Awaited<ReturnType<typeof startSystem>>;

/** A broker started before kafka.sh had its TLS listener keeps running without it: say so at once. */
async function expectListening(brokers: string): Promise<void> {
  const [host, port] = brokers.split(',')[0]!.split(':');
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port: Number(port) }, () => {
      socket.end();
      resolve();
    });
    socket.once('error', () =>
      reject(
        new Error(
          `no Kafka TLS listener on ${brokers}: restart the broker to apply scripts/infra/kafka.sh's configuration (kafka.sh down && kafka.sh up)`,
        ),
      ),
    );
  });
}

export interface PublishedEvent {
  topic: string;
  key: string;
  value: string;
}
