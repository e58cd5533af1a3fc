import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGateway, type GatewayOptions, gatewayOptionsFrom, subgraphUrlVariable } from '@bc/gateway';
import {
  buildService,
  type Clock,
  ConfigError,
  createLogger,
  type DestinationStream,
  type EventTransport,
  type HttpService,
  InProcessTransport,
  type Logger,
  type RunningService,
  type SpanExporter,
  startTelemetry,
  systemClock,
} from '@bc/platform';
import { servePortal } from './portal-files.ts';
import { type RunningServices, type ServiceName, services } from './services.ts';

/** The operator's password when `BC_OPERATOR_PASSWORD` is not set (printed by `pnpm start`). */
export const DEFAULT_OPERATOR_PASSWORD = 'Operator-Passw0rd!';
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data', import.meta.url));

type Env = Record<string, string | undefined>;

export interface SystemOptions {
  /**
   * The environment every service and the gateway read (`pnpm start`: the user's). Embedded defaults
   * fill only what it leaves unset. A variable suffixed with a service's name (`BC_DATABASE_URL_INVENTORY`,
   * `BC_PUBLIC_URL_REPORTING`) applies to that service alone.
   */
  env: Env;
  clock?: Clock;
  /** Where every process's JSON log lines go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
  /** Where mail is read back when it is not in the local mailbox (the test harness's SMTP sink). */
  readMail?: (address: string) => Promise<Mail[]>;
  /** The built portal's folder, served at the gateway's origin (`pnpm start`, the browser tier). */
  portal?: string;
  /**
   * OPS-1: an exporter for the process's spans (the test harness's in-memory one). Tracing is on with
   * it, or when the `OTEL_*` variables of `env` ask for an exporter; off otherwise.
   */
  traceExporter?: SpanExporter;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Settings that differ per service in one process: only `<NAME>_<SERVICE>` counts. One shared
 * database or public URL would put six services' tables in one database, or one service's links on
 * another's routes, so the unsuffixed variable is refused.
 */
const PER_SERVICE = ['BC_DATABASE_URL', 'BC_PUBLIC_URL'] as const;
const ownSetting = (env: Env, variable: (typeof PER_SERVICE)[number], service: string) =>
  env[`${variable}_${service.toUpperCase()}`] || undefined;

/** Binds a socket now so the URL is known before the server is built; the server takes it over later. */
async function reserve(port: number, host: string): Promise<{ server: Server; url: string }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address reserved');
  return { server, url: `http://${host}:${address.port}` };
}

/**
 * The whole system in one process: the gateway on `PORT` (4000; 0 = any free port) and each service on
 * the following ports in list order. Embedded defaults: SQLite files under `BC_DATA_DIR` (.data/), one
 * in-process event transport, the local mailbox, the system's DNS resolver; the environment overrides
 * each (PostgreSQL, Kafka and SMTP run the same code as production).
 */
export async function startSystem(options: SystemOptions) {
  const given = options.env;
  const shared = PER_SERVICE.filter((variable) => given[variable]);
  if (shared.length)
    throw new ConfigError(
      `invalid configuration: ${shared.join(', ')}: in one process each service needs its own (${shared.map((v) => `${v}_<SERVICE>`).join(', ')})`,
    );
  // One process, one tracer provider: the gateway and every service share it (spans name their `bc.service`).
  await startTelemetry({ serviceName: 'business-center', env: given, exporter: options.traceExporter });
  const clock = options.clock ?? systemClock;
  const logger: Logger = createLogger('system', given.LOG_LEVEL ?? 'warn', options.logDestination);
  const host = given.HOST ?? '127.0.0.1';
  const port = Number(given.PORT ?? 4000);
  const dataDir = given.BC_DATA_DIR ?? DEFAULT_DATA_DIR;
  const env: Env = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    BC_EVENTS: 'in-process',
    BC_MAILER: 'mailbox',
    BC_OPERATOR_PASSWORD: DEFAULT_OPERATOR_PASSWORD,
    // One secret per start unless the deployment gives one: nothing outside this process needs it.
    BC_SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
    ...given,
    HOST: host,
  };
  const cleanups: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  };
  try {
    // Reserved sockets are closed by the servers that take them over; until then by a failed start.
    const reserved: Server[] = [];
    cleanups.push(async () => {
      for (const server of reserved.splice(0)) server.close();
    });
    const gatewaySocket = await reserve(port, host);
    reserved.push(gatewaySocket.server);
    const sockets: Record<string, { server: Server; url: string }> = {};
    for (const [index, service] of services.entries()) {
      sockets[service.name] = await reserve(port === 0 ? 0 : port + index + 1, host);
      reserved.push(sockets[service.name]!.server);
    }
    const urlOf = (name: ServiceName) => sockets[name]!.url;
    // Browsers reach everything through the gateway (the portal, /auth, download and export links).
    const gatewayPublicUrl = ownSetting(env, 'BC_PUBLIC_URL', 'gateway') ?? gatewaySocket.url;
    const jwksUrl = `${urlOf('accounts')}/.well-known/jwks.json`;
    const transport: EventTransport | undefined =
      env.BC_EVENTS === 'kafka' ? undefined : new InProcessTransport();
    if (services.some((s) => !ownSetting(env, 'BC_DATABASE_URL', s.name)))
      mkdirSync(dataDir, { recursive: true });

    const running = {} as Record<ServiceName, RunningService>;
    for (const definition of services) {
      const name = definition.name;
      const service = await buildService(definition, {
        env: {
          ...env,
          PORT: new URL(urlOf(name)).port,
          BC_DATABASE_URL:
            ownSetting(env, 'BC_DATABASE_URL', name) ?? `sqlite:${join(dataDir, `${name}.db`)}`,
          // Links (downloads, exports) are made on the gateway's origin, which forwards them here.
          BC_PUBLIC_URL: ownSetting(env, 'BC_PUBLIC_URL', name) ?? gatewayPublicUrl,
          // The gateway serves the portal too, so mail links (welcome, sign-in) lead there unless told otherwise.
          BC_PORTAL_URL: env.BC_PORTAL_URL ?? gatewayPublicUrl,
          BC_JWKS_URL: jwksUrl,
        },
        clock,
        transport,
        logger: logger.child({ service: name }),
      });
      running[name] = service;
      cleanups.push(() => service.stop());
    }
    for (const definition of services)
      await running[definition.name].start({ server: sockets[definition.name]!.server, host });

    const gatewayEnv: Env = {
      ...env,
      PORT: new URL(gatewaySocket.url).port,
      BC_PUBLIC_URL: gatewayPublicUrl,
      BC_JWKS_URL: jwksUrl,
      ...Object.fromEntries(services.map((s) => [subgraphUrlVariable(s.name), `${urlOf(s.name)}/graphql`])),
    };
    // Each gateway replica follows accounts' revocations in its own consumer group (ACC-4): on Kafka with
    // a connection of its own, embedded on the shared in-process transport.
    const gatewayOptions = (): GatewayOptions =>
      gatewayOptionsFrom(gatewayEnv, {
        logger: logger.child({ service: 'gateway' }),
        clock,
        accessEvents: transport ? { transport, owned: false } : undefined,
      }).options;
    const gateway = buildGateway(gatewayOptions());
    if (options.portal) servePortal(gateway.server, options.portal);
    cleanups.push(() => gateway.close());
    const gatewayUrl = await gateway.listen(gatewaySocket.server, host);
    reserved.length = 0;

    /** Another gateway replica over the same services (its own revocation feed): its /graphql URL. */
    async function startGatewayReplica(): Promise<string> {
      const replica: HttpService = buildGateway(gatewayOptions());
      cleanups.push(() => replica.close());
      return `${await replica.listen(0, host)}/graphql`;
    }

    /** Waits until every committed event has been published and handled, and the work it caused done. */
    async function settle(): Promise<void> {
      for (let i = 0; i < 3; i++) {
        for (const definition of services) await running[definition.name].drain();
        if (transport instanceof InProcessTransport) await transport.settled();
        for (const definition of services) await running[definition.name].drain();
      }
    }

    /** Mail in the local mailbox (BC_MAILER=mailbox) for one address, oldest first. */
    async function mailbox(address: string): Promise<Mail[]> {
      const rows = await running.notifications.runtime.orm.em
        .fork()
        .getConnection()
        .execute<{ recipient: string; subject: string; text: string }[]>(
          // The mailbox is the embedded default's (SQLite): rowid is the order mail was written in.
          'select recipient, subject, text from mailbox_message where recipient = ? order by rowid',
          [address.toLowerCase()],
        );
      return rows.map((r: { recipient: string; subject: string; text: string }) => ({
        to: r.recipient,
        subject: r.subject,
        text: r.text,
      }));
    }

    /** Mail received by one address (the mailbox, or `readMail`), oldest first. */
    const mailTo = (address: string) => (options.readMail ?? mailbox)(address.toLowerCase());

    /** Polls for mail (delivery is asynchronous); resolves with every message once `count` arrived. */
    async function waitForMail(address: string, count = 1, timeoutMs = 20_000): Promise<Mail[]> {
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

    const accounts = running.accounts as RunningServices['accounts'];
    return {
      ...(running as unknown as RunningServices),
      services: running as unknown as RunningServices,
      clock,
      env,
      gatewayUrl: `${gatewayUrl}/graphql`,
      /** A service's own base URL (tests call subgraphs directly to prove the gateway is required). */
      urlOf,
      operatorWorkAccount: `operator@ops.${accounts.config.BC_PLATFORM_DOMAIN}`,
      operatorPassword: env.BC_OPERATOR_PASSWORD!,
      platformDomain: accounts.config.BC_PLATFORM_DOMAIN,
      /** Benchmarks call subgraphs directly with it, to separate gateway cost from subgraph work. */
      subgraphSecret: env.BC_SUBGRAPH_SECRET!,
      /** The in-process event transport (undefined on Kafka): tests read what was published from it. */
      transport,
      settle,
      mailTo,
      waitForMail,
      async describe(): Promise<string> {
        const lines = [];
        for (const definition of services) lines.push(await running[definition.name].runtime.describe());
        return lines.join('\n');
      },
      startGatewayReplica,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export type RunningSystem = Awaited<ReturnType<typeof startSystem>>;
