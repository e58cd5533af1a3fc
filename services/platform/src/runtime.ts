import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { allTopics } from '@bc/contracts';
import type { EntityManager, EntitySchema } from '@mikro-orm/core';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, parse } from 'graphql';
import {
  GATEWAY_TOKEN_HEADER,
  type RequestIdentity,
  subgraphKey,
  verifyIdentityToken,
} from './auth/identity.ts';
import {
  type AccessRevocation,
  followRevocations,
  RevocationList,
  replicaGroupId,
} from './auth/revocations.ts';
import { type Clock, systemClock } from './clock.ts';
import { type BaseConfig, debugErrors } from './config.ts';
import { DATETIME_MESSAGE } from './datetime/datetime.ts';
import { fieldOfCoercion } from './errors.ts';
import { EventConsumer } from './events/consumer.ts';
import { KafkaTransport } from './events/kafka.ts';
import { Outbox, OutboxRelay, type RunTx } from './events/outbox.ts';
import type { EventTransport, Unsubscribe } from './events/transport.ts';
import { createTransport } from './events/transports.ts';
import { rejectNulCharacters } from './http/input-guard.ts';
import { operationLogPlugin } from './http/operation-log.ts';
import { createHttpService, type HttpService, type RouteHandler } from './http/server.ts';
import { type IdGenerator, randomIds } from './ids.ts';
import { createLogger, type Logger } from './logger.ts';
import { RANGE_MESSAGE } from './money/money.ts';
import {
  type Database,
  databaseVersion,
  isDatabaseReachable,
  type MigrationList,
  openDatabase,
} from './orm/database.ts';

/** What every resolver gets: the verified caller, a request-scoped EntityManager, clock and ids. */
export interface ServiceContext extends BaseContext {
  identity: RequestIdentity;
  em: EntityManager;
  clock: Clock;
  ids: IdGenerator;
  requestId: string;
  /** The service's logger bound to this request's id (GW-4: one id across gateway and subgraphs). */
  log: Logger;
  /**
   * The one way to change state and emit: `ctx.tx(async ({ em, emit }) => …)` runs in one transaction
   * on the request's `em`; `emit(contract, payload)` records an event with it (key and tenant from the
   * contract), and the relay publishes it after commit.
   */
  tx: RunTx;
  /**
   * Revocations this request committed (accounts): sent back to the gateway in the response's
   * `revokedAccess` extension so the replica that carried the change refuses the tokens at once.
   */
  revokedAccess: AccessRevocation[];
}

const READINESS_TIMEOUT_MS = 2000;
/** A check that does not answer in time counts as failed (a probe must not hang on a lost broker). */
function withinTime(check: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([check.catch(() => false), timeout]).finally(() => clearTimeout(timer));
}

/** What tests and the embedded start may hand a service instead of reading the environment. */
export interface ServiceOptions {
  env?: Record<string, string | undefined>;
  clock?: Clock;
  ids?: IdGenerator;
  /** The embedded default passes one shared in-process transport to every service. */
  transport?: EventTransport;
  logger?: Logger;
}

export interface RuntimeOptions {
  name: string;
  config: BaseConfig;
  // biome-ignore lint/suspicious/noExplicitAny: entity schemas of any entity type
  entities: EntitySchema<any, any>[];
  migrationsPath: string;
  migrations?: MigrationList;
  clock?: Clock;
  ids?: IdGenerator;
  /** The embedded default passes one shared in-process transport to every service. */
  transport?: EventTransport;
  logger?: Logger;
}

/** A refused `MinorUnits` or `DateTime` value names its field like every other validation error (API-5). */
function namedScalarField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.field) return formatted;
  for (const marker of [RANGE_MESSAGE, DATETIME_MESSAGE]) {
    const field = fieldOfCoercion(formatted.message, marker);
    if (field)
      return {
        ...formatted,
        message: `${field}: ${marker}`,
        extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', field },
      };
  }
  return formatted;
}

/**
 * Masks unexpected errors unless debugging was asked for (`BC_DEBUG=1`, never in production): the
 * client sees a code and the request id, never a stack or an internal message.
 */
export function formatErrorFor(config: BaseConfig) {
  const debug = debugErrors(config);
  return (given: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = namedScalarField(given);
    const code = formatted.extensions?.code;
    if (debug) return formatted;
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const internal =
      code === 'INTERNAL_SERVER_ERROR' || (original && !(original instanceof GraphQLError) && !code);
    if (!internal)
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: formatted.extensions,
      };
    return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Wires one service: database, events (outbox, relay, consumer inbox), and its subgraph HTTP server
 * with health, readiness and graceful shutdown. `server.ts` of each service builds on this.
 */
export class ServiceRuntime {
  readonly consumer: EventConsumer;
  readonly outbox: Outbox;
  readonly relay: OutboxRelay;
  /** A unit of work on a fresh EntityManager (jobs, start-up, consumers' own helpers): `{ em, emit }`. */
  readonly tx: RunTx;
  http: HttpService | null = null;
  private readonly ownsTransport: boolean;
  private revocationList: RevocationList | null = null;
  private stopFollowing: Unsubscribe | null = null;

  private constructor(
    readonly name: string,
    readonly config: BaseConfig,
    readonly orm: Database,
    readonly transport: EventTransport,
    readonly clock: Clock,
    readonly ids: IdGenerator,
    readonly logger: Logger,
    ownsTransport: boolean,
  ) {
    this.ownsTransport = ownsTransport;
    this.outbox = new Outbox(name, clock, ids);
    this.relay = new OutboxRelay(orm.em, transport, clock, logger.child({ component: 'relay' }), {
      service: name,
    });
    this.outbox.attach(this.relay);
    this.tx = this.outbox.runner(orm.em);
    this.consumer = new EventConsumer({
      name,
      em: orm.em,
      transport,
      clock,
      logger: logger.child({ component: 'consumer' }),
      outbox: this.outbox,
    });
  }

  static async open(options: RuntimeOptions): Promise<ServiceRuntime> {
    const logger = options.logger ?? createLogger(options.name, options.config.LOG_LEVEL);
    const orm = await openDatabase({
      name: options.name,
      url: options.config.BC_DATABASE_URL,
      entities: options.entities,
      migrationsPath: options.migrationsPath,
      migrations: options.migrations,
      logger,
    });
    const transport = options.transport ?? createTransport(options.config, options.name, logger);
    return new ServiceRuntime(
      options.name,
      options.config,
      orm,
      transport,
      options.clock ?? systemClock,
      options.ids ?? randomIds,
      logger,
      !options.transport,
    );
  }

  /**
   * ACC-4: the sessions and security stamps accounts has revoked, for a service that checks users'
   * access tokens itself (signed links); kept current from the events once `startEvents` runs.
   */
  get revocations(): RevocationList {
    this.revocationList ??= new RevocationList(this.clock);
    return this.revocationList;
  }

  /** Starts publishing and consuming: call after registering handlers on `consumer`. */
  async startEvents(): Promise<void> {
    if (this.ownsTransport) await this.transport.start(allTopics);
    if (this.revocationList && !this.stopFollowing)
      this.stopFollowing = await followRevocations({
        transport: this.transport,
        list: this.revocationList,
        groupId: replicaGroupId(`${this.name}-access`),
        logger: this.logger,
      });
    await this.consumer.start();
    this.relay.start();
  }

  async describe(): Promise<string> {
    const db = await databaseVersion(this.orm);
    const events =
      this.transport instanceof KafkaTransport ? await this.transport.describe() : this.transport.kind;
    return `${this.name}: ${db}; events: ${events}`;
  }

  /** Base context for one request: a fresh EntityManager so requests never share an identity map. */
  baseContext(identity: RequestIdentity, requestId: string): ServiceContext {
    const em = this.orm.em.fork();
    return {
      identity,
      em,
      tx: (work) => this.outbox.tx(em, work),
      clock: this.clock,
      ids: this.ids,
      requestId,
      log: this.logger.child({ requestId }),
      revokedAccess: [],
    };
  }

  /** This subgraph's own key (GW-2): BC_SUBGRAPH_SECRET_<NAME>, or derived from BC_SUBGRAPH_SECRET. */
  get subgraphKey(): string {
    return subgraphKey(this.config.BC_SUBGRAPH_SECRET, this.name, this.config);
  }

  /**
   * A secret for one purpose of this service (signed download and export links), derived from its
   * own key: a service given only its own key signs its links, and another service cannot forge them.
   */
  secretFor(purpose: string): string {
    return createHmac('sha256', this.subgraphKey).update(`${this.name}:${purpose}`).digest('base64url');
  }

  /** The subgraph server: refuses any request that does not carry the gateway's signed identity. */
  createSubgraphServer<Ctx extends ServiceContext>(options: {
    typeDefs: DocumentNode;
    // biome-ignore lint/suspicious/noExplicitAny: resolver maps are typed by codegen in each service
    resolvers: any;
    context: (base: ServiceContext) => Ctx | Promise<Ctx>;
    routes?: Record<string, RouteHandler>;
  }): HttpService {
    const schema = buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers });
    const production = this.config.NODE_ENV === 'production';
    const key = this.subgraphKey;
    const apollo = new ApolloServer<Ctx>({
      schema,
      introspection: !production,
      includeStacktraceInErrorResponses: debugErrors(this.config),
      formatError: formatErrorFor(this.config),
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        // No cache hints anywhere (no @cacheControl, responses are per user): the default plugin
        // would still run a hook on every resolved field.
        ApolloServerPluginCacheControlDisabled(),
        operationLogPlugin<Ctx>({ logger: this.logger, requestIdOf: (ctx) => ctx.requestId }),
        rejectNulCharacters<Ctx>(),
        {
          async requestDidStart() {
            return {
              async willSendResponse({ contextValue, response }) {
                if (contextValue.revokedAccess.length === 0 || response.body.kind !== 'single') return;
                const result = response.body.singleResult;
                // An error may have rolled the change back: then only the event (if committed) tells.
                if (result.errors?.length) return;
                result.extensions = { ...result.extensions, revokedAccess: contextValue.revokedAccess };
              },
            };
          },
        },
      ],
    });
    this.http = createHttpService<Ctx>({
      name: this.name,
      logger: this.logger,
      routes: options.routes,
      graphql: {
        server: apollo,
        context: async (req: IncomingMessage, requestId: string) => {
          const token = req.headers[GATEWAY_TOKEN_HEADER];
          const identity = await verifyIdentityToken(key, this.name, Array.isArray(token) ? token[0] : token);
          return options.context(this.baseContext(identity, identity.requestId || requestId));
        },
      },
      readiness: () => this.readiness(),
      dependencies: () => this.dependencies(),
    });
    return this.http;
  }

  /** GW-4 OPS-2 readiness: the database answers `select 1` within 2 s. */
  async readiness(): Promise<Record<string, boolean>> {
    return { database: await withinTime(isDatabaseReachable(this.orm), READINESS_TIMEOUT_MS) };
  }

  /**
   * OPS-2: the broker describes its cluster within 2 s. Reported, not required: writes go to the
   * outbox in the database, and the relay publishes them when the broker is back.
   */
  async dependencies(): Promise<Record<string, boolean>> {
    return { events: await withinTime(this.transport.isReady(), READINESS_TIMEOUT_MS) };
  }

  async stop(): Promise<void> {
    await this.http?.close();
    await this.stopFollowing?.();
    await this.relay.stop();
    if (this.ownsTransport) await this.transport.stop();
    await this.orm.close();
  }
}

/** A service's SDL (parsed) and migrations folder, found next to the module that asks (its server.ts). */
export function serviceFiles(moduleUrl: string): { typeDefs: DocumentNode; migrationsPath: string } {
  return {
    typeDefs: parse(readFileSync(fileURLToPath(new URL('./schema.graphql', moduleUrl)), 'utf8')),
    migrationsPath: fileURLToPath(new URL('./migrations', moduleUrl)),
  };
}
