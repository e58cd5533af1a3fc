import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAccountsService } from '@bc/accounts/server';
import { buildAgreementsService } from '@bc/agreements/server';
import { buildBenefitsService } from '@bc/benefits/server';
import { buildGateway, type GatewayOptions } from '@bc/gateway';
import { buildInventoryService } from '@bc/inventory/server';
import { buildNotificationsService } from '@bc/notifications/server';
import {
  type Clock,
  createLogger,
  createTransport,
  type DestinationStream,
  debugErrors,
  type HttpService,
  InProcessTransport,
  type Logger,
  systemClock,
} from '@bc/platform';
import { buildReportingService } from '@bc/reporting/server';
import pg from 'pg';
import { supergraphPath } from '../lib/supergraph.ts';
import { TxtDnsServer } from './dns-server.ts';
import { type ReceivedMail, SmtpSink } from './mail-sink.ts';
import { deleteScratchTopics, scratchPrefix } from './scratch-topics.ts';

/**
 * `fast`: SQLite + in-process events + local mailbox. `system`: PostgreSQL + Kafka + SMTP.
 * `embedded`: like fast, but with files under `.data/` and fixed ports (the `pnpm start` mode).
 */
export type Tier = 'fast' | 'system' | 'embedded';

export interface SystemOptions {
  tier: Tier;
  clock?: Clock;
  logLevel?: string;
  /** Where every service's JSON log lines go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
  /** embedded: where the SQLite files live. */
  dataDir?: string;
  /** embedded: fixed ports (gateway, accounts, notifications). */
  ports?: {
    gateway: number;
    accounts: number;
    notifications: number;
    agreements: number;
    inventory: number;
    benefits: number;
    reporting: number;
  };
  operatorPassword?: string;
  /** Run services and gateway with NODE_ENV=production (masked errors, no introspection). */
  production?: boolean;
  /** Run with NODE_ENV=development, as `pnpm start` does (the embedded tier's default); `env.BC_DEBUG` as there. */
  development?: boolean;
  /** Extra environment for every service (e.g. `BC_WEBHOOK_PUBLIC_ONLY`). */
  env?: Record<string, string>;
  /** Proxies in front of the gateway whose X-Forwarded-For it trusts (0: none, the default). */
  trustedProxyHops?: number;
}

export const PG_ADMIN_URL = process.env.BC_TEST_PG_URL ?? 'postgres://bc:bc@127.0.0.1:5432/postgres';
export const KAFKA_BROKERS = process.env.BC_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092';
export const OPERATOR_PASSWORD = 'Operator-Passw0rd!';

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

/** The whole system (gateway, accounts, notifications) in this process, each on its own HTTP port. */
export async function startSystem(options: SystemOptions) {
  const clock = options.clock ?? systemClock;
  const logger: Logger = createLogger(
    'system',
    options.logLevel ?? process.env.LOG_LEVEL ?? 'warn',
    options.logDestination,
  );
  const run = randomBytes(4).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const cleanups: (() => Promise<void>)[] = [];
  const dns = new TxtDnsServer();
  const dnsAddress = await dns.start();
  cleanups.push(() => dns.stop());

  let smtp: SmtpSink | null = null;
  const dbUrl: Record<
    'accounts' | 'notifications' | 'agreements' | 'inventory' | 'benefits' | 'reporting',
    string
  > = {
    accounts: '',
    notifications: '',
    agreements: '',
    inventory: '',
    benefits: '',
    reporting: '',
  };
  const env: Record<string, string> = {
    NODE_ENV: options.production
      ? 'production'
      : options.tier === 'embedded' || options.development
        ? 'development'
        : 'test',
    BC_SUBGRAPH_SECRET: secret,
    LOG_LEVEL: options.logLevel ?? process.env.LOG_LEVEL ?? 'warn',
    BC_OPERATOR_PASSWORD: options.operatorPassword ?? OPERATOR_PASSWORD,
    BC_DNS_SERVERS: dnsAddress,
    ...options.env,
  };
  if (options.tier === 'system') {
    const names = [
      `bc_t${run}_accounts`,
      `bc_t${run}_notifications`,
      `bc_t${run}_agreements`,
      `bc_t${run}_inventory`,
      `bc_t${run}_benefits`,
      `bc_t${run}_reporting`,
    ];
    await createDatabases(names);
    cleanups.push(() => dropDatabases(names));
    dbUrl.accounts = databaseUrl(names[0]!);
    dbUrl.notifications = databaseUrl(names[1]!);
    dbUrl.agreements = databaseUrl(names[2]!);
    dbUrl.inventory = databaseUrl(names[3]!);
    dbUrl.benefits = databaseUrl(names[4]!);
    dbUrl.reporting = databaseUrl(names[5]!);
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    cleanups.push(() => smtp!.stop());
    const topicPrefix = scratchPrefix('t');
    cleanups.push(async () => void (await deleteScratchTopics(topicPrefix)));
    Object.assign(env, {
      BC_EVENTS: 'kafka',
      BC_KAFKA_BROKERS: KAFKA_BROKERS,
      BC_TOPIC_PREFIX: topicPrefix,
      BC_MAILER: 'smtp',
      BC_SMTP_URL: smtpUrl,
    });
  } else {
    const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'bc-fast-'));
    if (!options.dataDir) {
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    }
    dbUrl.accounts = `sqlite:${join(dir, 'accounts.db')}`;
    dbUrl.notifications = `sqlite:${join(dir, 'notifications.db')}`;
    dbUrl.agreements = `sqlite:${join(dir, 'agreements.db')}`;
    dbUrl.inventory = `sqlite:${join(dir, 'inventory.db')}`;
    dbUrl.benefits = `sqlite:${join(dir, 'benefits.db')}`;
    dbUrl.reporting = `sqlite:${join(dir, 'reporting.db')}`;
    Object.assign(env, { BC_EVENTS: 'in-process', BC_MAILER: 'mailbox' });
  }
  const transport = options.tier === 'system' ? undefined : new InProcessTransport();
  // Each gateway replica follows accounts' revocations in its own consumer group (ACC-4): on Kafka with
  // a connection of its own, embedded on the shared in-process transport.
  const accessEvents = () =>
    transport
      ? { transport, owned: false }
      : {
          transport: createTransport(
            {
              BC_EVENTS: 'kafka',
              BC_KAFKA_BROKERS: env.BC_KAFKA_BROKERS!,
              BC_TOPIC_PREFIX: env.BC_TOPIC_PREFIX!,
              BC_KAFKA_TLS: 'false',
              BC_KAFKA_CA_FILE: '',
            },
            'gateway',
            logger.child({ service: 'gateway' }),
          ),
          owned: true,
        };
  const ports = options.ports ?? {
    gateway: 0,
    accounts: 0,
    notifications: 0,
    agreements: 0,
    inventory: 0,
    benefits: 0,
    reporting: 0,
  };

  const accounts = await buildAccountsService({
    env: { ...env, BC_DATABASE_URL: dbUrl.accounts, PORT: String(ports.accounts) },
    clock,
    transport,
    logger: logger.child({ service: 'accounts' }),
  });
  // Accounts listens first: the other services check users' tokens against its JWKS.
  const accountsUrl = await accounts.http.listen(ports.accounts);
  env.BC_JWKS_URL = `${accountsUrl}/.well-known/jwks.json`;
  const notifications = await buildNotificationsService({
    env: { ...env, BC_DATABASE_URL: dbUrl.notifications, PORT: String(ports.notifications) },
    clock,
    transport,
    logger: logger.child({ service: 'notifications' }),
  });
  const agreements = await buildAgreementsService({
    env: { ...env, BC_DATABASE_URL: dbUrl.agreements, PORT: String(ports.agreements) },
    clock,
    transport,
    logger: logger.child({ service: 'agreements' }),
  });
  const inventory = await buildInventoryService({
    env: { ...env, BC_DATABASE_URL: dbUrl.inventory, PORT: String(ports.inventory) },
    clock,
    transport,
    logger: logger.child({ service: 'inventory' }),
  });
  const benefits = await buildBenefitsService({
    env: { ...env, BC_DATABASE_URL: dbUrl.benefits, PORT: String(ports.benefits) },
    clock,
    transport,
    logger: logger.child({ service: 'benefits' }),
  });
  const reporting = await buildReportingService({
    env: { ...env, BC_DATABASE_URL: dbUrl.reporting, PORT: String(ports.reporting) },
    clock,
    transport,
    logger: logger.child({ service: 'reporting' }),
  });
  await reporting.start();
  await accounts.runtime.startEvents();
  await benefits.runtime.startEvents();
  await inventory.start();
  await agreements.runtime.startEvents();
  await notifications.start();
  const notificationsUrl = await notifications.http.listen(ports.notifications);
  const agreementsUrl = await agreements.http.listen(ports.agreements);
  const inventoryUrl = await inventory.http.listen(ports.inventory);
  inventory.setPublicUrl(inventoryUrl);
  const benefitsUrl = await benefits.http.listen(ports.benefits);
  const reportingUrl = await reporting.http.listen(ports.reporting);
  reporting.setPublicUrl(reportingUrl);
  const gatewayOptions = (): GatewayOptions => ({
    supergraphPath,
    subgraphUrls: {
      accounts: `${accountsUrl}/graphql`,
      notifications: `${notificationsUrl}/graphql`,
      agreements: `${agreementsUrl}/graphql`,
      inventory: `${inventoryUrl}/graphql`,
      benefits: `${benefitsUrl}/graphql`,
      reporting: `${reportingUrl}/graphql`,
    },
    jwksUrl: `${accountsUrl}/.well-known/jwks.json`,
    issuer: accounts.config.BC_JWT_ISSUER,
    audience: accounts.config.BC_JWT_AUDIENCE,
    subgraphSecret: secret,
    production: options.production ?? false,
    debug: debugErrors(env),
    accessEvents: accessEvents(),
    trustedProxyHops: options.trustedProxyHops,
    clock,
    logger: logger.child({ service: 'gateway' }),
  });
  const gateway = buildGateway(gatewayOptions());
  const gatewayUrl = await gateway.listen(ports.gateway);
  const replicas: HttpService[] = [];

  /** Another gateway replica over the same subgraphs (its own revocation feed): its /graphql URL. */
  async function startGatewayReplica(): Promise<string> {
    const replica = buildGateway(gatewayOptions());
    replicas.push(replica);
    return `${await replica.listen(0)}/graphql`;
  }

  /** Waits until every committed event has been published, handled and its mail attempted. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await accounts.runtime.relay.drain();
      await agreements.runtime.relay.drain();
      await inventory.runtime.relay.drain();
      await benefits.runtime.relay.drain();
      await notifications.runtime.relay.drain();
      if (transport) await transport.settled();
      await notifications.dispatcher.drain();
    }
  }

  /** Mail received by one address: SMTP sink (system tier) or the local mailbox table. */
  async function mailTo(address: string): Promise<ReceivedMail[]> {
    const to = address.toLowerCase();
    if (smtp) return smtp.messages.filter((m) => m.to === to);
    const em = notifications.runtime.orm.em.fork();
    const rows = await em
      .getConnection()
      .execute<{ recipient: string; subject: string; text: string }[]>(
        'select recipient, subject, text from mailbox_message where recipient = ? order by rowid',
        [to],
      );
    return rows.map((r: { recipient: string; subject: string; text: string }) => ({
      to: r.recipient,
      subject: r.subject,
      text: r.text,
    }));
  }

  /** Polls for mail (Kafka delivery is asynchronous); resolves with every message once `count` arrived. */
  async function waitForMail(address: string, count = 1, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await settle();
      const mails = await mailTo(address);
      if (mails.length >= count) return mails;
      if (Date.now() > deadline)
        throw new Error(`expected ${count} mail(s) to ${address}, got ${mails.length}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    tier: options.tier,
    clock,
    gatewayUrl: `${gatewayUrl}/graphql`,
    accountsUrl,
    notificationsUrl,
    agreementsUrl,
    inventoryUrl,
    benefitsUrl,
    reportingUrl,
    dns,
    accounts,
    notifications,
    agreements,
    inventory,
    benefits,
    reporting,
    operatorWorkAccount: `operator@ops.${accounts.config.BC_PLATFORM_DOMAIN}`,
    operatorPassword: env.BC_OPERATOR_PASSWORD!,
    platformDomain: accounts.config.BC_PLATFORM_DOMAIN,
    /** Benchmarks call subgraphs directly with it, to separate gateway cost from subgraph work. */
    subgraphSecret: secret,
    settle,
    mailTo,
    waitForMail,
    async describe(): Promise<string> {
      return [
        await accounts.runtime.describe(),
        await agreements.runtime.describe(),
        await inventory.runtime.describe(),
        await benefits.runtime.describe(),
        await reporting.runtime.describe(),
        await notifications.runtime.describe(),
      ].join('\n');
    },
    startGatewayReplica,
    async stop(): Promise<void> {
      for (const replica of replicas) await replica.close();
      await gateway.close();
      await notifications.stop();
      await agreements.runtime.stop();
      await inventory.stop();
      await benefits.runtime.stop();
      await reporting.stop();
      await accounts.runtime.stop();
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    },
  };
}

export type RunningSystem = Awaited<ReturnType<typeof startSystem>>;
