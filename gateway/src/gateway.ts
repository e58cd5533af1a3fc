import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  type AccessRevocation,
  bearerToken,
  type Clock,
  createAccessTokenVerifier,
  createHttpService,
  type EventTransport,
  followRevocations,
  GATEWAY_TOKEN_HEADER,
  type HttpService,
  type Logger,
  operationLogPlugin,
  PUBLIC_EXTENSIONS,
  REVOCATION_TOPICS,
  type RequestIdentity,
  RevocationList,
  replicaGroupId,
  signIdentityToken,
  subgraphKey,
} from '@bc/platform/edge';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { request } from 'undici';
import { clientUsePlugin, tokenForwarding } from './api-clients.ts';
import {
  authRoutes,
  type BrowserSessionContext,
  browserContext,
  executorOf,
  sessionCookiePlugin,
} from './browser-session.ts';
import { clientAddress } from './client-address.ts';
import { corsGuard } from './cors.ts';
import { graphiqlAssetsDir } from './graphiql/assets.ts';
import { graphiqlRoutes } from './graphiql/routes.ts';
import {
  EDGE_LIMITS,
  type EdgeLimits,
  edgeProtection,
  LIMIT_REASONS,
  limitMessage,
  withoutSuggestions,
} from './limits.ts';
import { linkForwarding } from './link-forwarding.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.ts';
import { operationResolution } from './operation-resolution.ts';
import {
  createRateLimits,
  credentialLimitPlugin,
  RATE_LIMIT_DEFAULTS,
  RateLimited,
  type RateLimitSettings,
  rateLimitedError,
} from './rate-limits.ts';
import { createSubgraphFetcher, SUBGRAPH_AGENT_DEFAULTS } from './subgraph-fetcher.ts';
import { tooManyRequestsStatus } from './too-many-requests.ts';

export interface GatewayContext extends BrowserSessionContext {
  identity: RequestIdentity;
}

export interface GatewayOptions {
  supergraphPath: string;
  /** Overrides of the URLs in the supergraph, by subgraph name (ephemeral ports, Kubernetes services). */
  subgraphUrls: Record<string, string>;
  jwksUrl: string;
  /** The gateway's public URL (`BC_PUBLIC_URL`): its origin is this site's for the /auth checks. */
  publicUrl?: string;
  /** Origins allowed to call /graphql across origins (CORS, no credentials); none by default. */
  corsOrigins?: string[];
  issuer: string;
  audience: string;
  /** The deployment secret: each subgraph's key is derived from it unless `subgraphKeys` names one. */
  subgraphSecret: string;
  /** Per-subgraph key overrides by variable name (`BC_SUBGRAPH_SECRET_<NAME>`), as the environment gives them. */
  subgraphKeys?: Record<string, string | undefined>;
  production: boolean;
  /**
   * `BC_DEBUG=1` (ignored in production): errors pass as the subgraphs and Apollo made them, with
   * stack traces, `serviceName` and internal messages. Otherwise only documented extensions leave.
   */
  debug?: boolean;
  /** Introspection (GW-3 "configurable"); off in production unless asked for. */
  introspection?: boolean;
  /** GraphiQL at GET /graphiql (`BC_GRAPHIQL`; on in development, otherwise off unless asked for). */
  graphiql?: boolean;
  limits?: EdgeLimits;
  /** Query plans and validated documents kept (LRU, by count). */
  queryPlanCacheEntries?: number;
  documentCacheEntries?: number;
  /** Keep-alive connections per subgraph. */
  subgraphConnections?: number;
  /** How long one readiness answer is reused, so probes do not fan out to every subgraph each time. */
  readinessCacheMs?: number;
  /**
   * Where accounts' `accounts.access.revoked` events arrive (ACC-4): every replica follows them in its
   * own consumer group and refuses ended sessions and old security stamps. Without it only the
   * revocations this replica carried itself (the accounts response) are known.
   */
  accessEvents?: { transport: EventTransport; owned: boolean };
  /** Proxies in front of the gateway whose X-Forwarded-For entries are trusted (0, the default: none). */
  trustedProxyHops?: number;
  /** API-2: requests per minute per caller, per address and for credentials (`rate-limits.ts`). */
  rateLimits?: RateLimitSettings;
  clock: Clock;
  logger: Logger;
}

export const GATEWAY_DEFAULTS = {
  queryPlanCacheEntries: 1000,
  documentCacheEntries: 1000,
  readinessCacheMs: 3000,
};

/** Adds the signed identity (GW-2) and the request id to every subgraph fetch; times each fetch (GW-4). */
class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly key: string,
    fetcher: unknown,
    private readonly metrics: GatewayMetrics,
    private readonly revocations: RevocationList,
  ) {
    super({ url, fetcher: fetcher as never });
  }

  /** Revocations a subgraph (accounts) committed for this request apply here at once (ACC-4). */
  override async didReceiveResponse({
    response,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const revoked = response.extensions?.revokedAccess as AccessRevocation[] | undefined;
    if (Array.isArray(revoked)) for (const revocation of revoked) this.revocations.apply(revocation);
    if (response.extensions) delete response.extensions.revokedAccess;
    return response;
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = context.identity ?? { user: null, requestId: '' };
    request.http?.headers.set(
      GATEWAY_TOKEN_HEADER,
      await signIdentityToken(this.key, this.subgraph, identity),
    );
    if (identity.requestId) request.http?.headers.set('x-request-id', identity.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const stop = this.metrics.subgraphFetches.startTimer({ subgraph: this.subgraph });
    try {
      const response = await super.process(options);
      stop({ outcome: response.errors?.length ? 'error' : 'ok' });
      return response;
    } catch (error) {
      stop({ outcome: 'failure' });
      throw error;
    }
  }
}

/** A request refused at the edge, before any execution: HTTP 401 with UNAUTHENTICATED. */
const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * Unless debugging: only the documented extension keys leave the gateway (no stack traces, no
 * `serviceName`) and internal errors lose their details; production also drops "Did you mean …?".
 */
function publicError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || !code) {
    // The request id is added on the way out (operationLogPlugin); the details are in the logs under it.
    return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const extensions = Object.fromEntries(
    PUBLIC_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [
      k,
      formatted.extensions?.[k],
    ]),
  );
  return {
    message: production ? withoutSuggestions(formatted.message) : formatted.message,
    path: formatted.path,
    locations: formatted.locations,
    extensions,
  };
}

/**
 * GW-1..4: Apollo Gateway over the static supergraph; the caller's JWT is checked once here
 * (signature from the accounts JWKS, ES256 only, issuer, audience, expiry) and forwarded as identity
 * signed with each subgraph's own key; depth, alias, directive, token, cost and batch limits;
 * masked production errors; per-operation and per-subgraph metrics; cached readiness.
 */
export function buildGateway(options: GatewayOptions): HttpService {
  // @apollo/gateway otherwise reports usage to Apollo and probes cloud metadata servers (AWS, GCP,
  // Azure) to describe the host: nothing of ours leaves the cluster, so it is always off.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const supergraphSdl = readFileSync(options.supergraphPath, 'utf8');
  const limits = options.limits ?? EDGE_LIMITS;
  const metrics = createGatewayMetrics();
  const revocations = new RevocationList(options.clock);
  const subgraphFetcher = createSubgraphFetcher({
    ...SUBGRAPH_AGENT_DEFAULTS,
    connections: options.subgraphConnections ?? SUBGRAPH_AGENT_DEFAULTS.connections,
  });
  const gateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: {
      cache: metrics.cache(
        'query_plan',
        options.queryPlanCacheEntries ?? GATEWAY_DEFAULTS.queryPlanCacheEntries,
      ),
    },
    buildService: ({ name, url }) =>
      new IdentityForwardingDataSource(
        name,
        options.subgraphUrls[name] ?? url ?? '',
        subgraphKey(options.subgraphSecret, name, options.subgraphKeys),
        subgraphFetcher.fetcher,
        metrics,
        revocations,
      ),
  });
  let supergraphLoaded = false;
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    supergraphLoaded = true;
    apiSchema = loaded.apiSchema;
  });

  // The browser session's CSRF tokens are signed with a key of their own, derived like the subgraphs'.
  const csrfKey = createHmac('sha256', options.subgraphSecret)
    .update('gateway:browser-csrf')
    .digest('base64url');
  const protection = edgeProtection({ production: options.production, limits });
  const rateLimits = createRateLimits(options.rateLimits ?? RATE_LIMIT_DEFAULTS);
  // Every subgraph of the supergraph, at its overridden URL if one was given.
  const subgraphs = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => [name!, options.subgraphUrls[name!] ?? url!] as const,
  );
  const subgraphUrl = (name: string) => subgraphs.find(([subgraph]) => subgraph === name)?.[1];
  // API-1: the token endpoint and the reports of client token use go to accounts.
  const accountsLink = {
    baseUrl: () => subgraphUrl('accounts')?.replace(/\/graphql$/, ''),
    key: subgraphKey(options.subgraphSecret, 'accounts', options.subgraphKeys),
    agent: subgraphFetcher.agent,
  };
  const debug = (options.debug ?? false) && !options.production;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection ?? !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    parseOptions: protection.parseOptions,
    validationRules: protection.validationRules,
    documentStore: metrics.cache<DocumentNode>(
      'document',
      options.documentCacheEntries ?? GATEWAY_DEFAULTS.documentCacheEntries,
    ),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(protection.plugins as never[]),
      tooManyRequestsStatus<GatewayContext>(),
      credentialLimitPlugin<GatewayContext>(rateLimits),
      clientUsePlugin<GatewayContext>(accountsLink, options.logger),
      sessionCookiePlugin<GatewayContext>(csrfKey),
      operationResolution<GatewayContext>(),
      operationLogPlugin<GatewayContext>({
        logger: options.logger,
        requestIdOf: (ctx) => ctx.identity.requestId,
        onOperation: (record) => metrics.observeOperation(record),
      }),
    ],
    formatError: (formatted) => {
      const limited = protection.formatLimitError(formatted);
      return debug ? limited : publicError(limited, options.production);
    },
  });

  const verifyAccessToken = createAccessTokenVerifier({
    jwksUrl: options.jwksUrl,
    issuer: options.issuer,
    audience: options.audience,
    clock: options.clock,
    revocations,
  });

  const callerOf = (req: IncomingMessage, requestId: string) => {
    const address = clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      options.trustedProxyHops ?? 0,
    );
    return { requestId, ...(address ? { clientAddress: address } : {}) };
  };

  async function authenticate(
    req: IncomingMessage,
    requestId: string,
    res: ServerResponse,
  ): Promise<GatewayContext> {
    const caller = callerOf(req, requestId);
    const browser = browserContext(req, res);
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) return { ...browser, identity: { user: null, ...caller } };
    if (token === null) throw refused('Authorization must be "Bearer <token>"');
    const result = await verifyAccessToken(token);
    if ('user' in result) {
      // API-2: each signed-in caller (a user or an API client) has its own allowance.
      try {
        await rateLimits.take('clientPerMinute', result.user.userId);
      } catch (error) {
        if (error instanceof RateLimited) throw rateLimitedError(error);
        throw error;
      }
      return { ...browser, identity: { user: result.user, ...caller } };
    }
    options.logger.info({ requestId, reason: result.error }, 'access token refused');
    throw refused('The access token is not valid or has expired; sign in again');
  }

  /** GW-3: a JSON array body is a batch; more operations than the limit are refused before any work. */
  function checkBatch(body: unknown) {
    if (!Array.isArray(body) || body.length <= limits.batch) return null;
    return {
      status: 400,
      errors: [
        {
          message: limitMessage(
            'batch',
            options.production,
            `Batch limit of ${limits.batch} operations exceeded, found ${body.length}.`,
          ),
          extensions: { code: 'BAD_REQUEST', reason: LIMIT_REASONS.batch },
        },
      ],
    };
  }

  const probeSubgraphs = async () =>
    Object.fromEntries(
      await Promise.all(
        subgraphs.map(async ([name, url]) => {
          try {
            const res = await request(url.replace(/\/graphql$/, '/ready'), {
              dispatcher: subgraphFetcher.agent,
              headersTimeout: 2000,
              bodyTimeout: 2000,
            });
            await res.body.dump();
            return [name, res.statusCode === 200] as const;
          } catch {
            return [name, false] as const;
          }
        }),
      ),
    );
  // GW-4 OPS-2: ready once the supergraph is loaded; each subgraph's own readiness is reported (in
  // /ready's body and the dependency_up gauge) but not required: while one subgraph is away the others'
  // fields still answer, so the public API stays up. One probe of every subgraph's /ready serves every
  // call for `readinessCacheMs`, however many probes (kubelet, load balancer, scraper) ask meanwhile.
  const readinessCacheMs = options.readinessCacheMs ?? GATEWAY_DEFAULTS.readinessCacheMs;
  let lastProbe: { at: number; checks: Promise<Record<string, boolean>> } | null = null;
  const readiness = async () => ({ supergraph: supergraphLoaded });
  const subgraphsUp = async () => {
    if (!supergraphLoaded) return {};
    const now = performance.now();
    if (!lastProbe || now - lastProbe.at >= readinessCacheMs)
      lastProbe = { at: now, checks: probeSubgraphs() };
    return lastProbe.checks;
  };

  const cors = corsGuard(options.corsOrigins ?? []);
  const limitAddress = rateLimits.intercept((req) => callerOf(req, '').clientAddress);
  // Filled in by listen(): GraphiQL's files are read (and, from sources, built) before serving.
  const prefixRoutes = linkForwarding({ subgraphUrl, agent: subgraphFetcher.agent });
  const routes = {
    ...tokenForwarding(accountsLink, rateLimits, callerOf),
    ...authRoutes({
      csrfKey,
      publicOrigin: options.publicUrl ? new URL(options.publicUrl).origin : undefined,
      execute: executorOf(apollo),
      verifyAccessToken,
      identityOf: callerOf,
      logger: options.logger,
    }),
  };
  const http = createHttpService<GatewayContext>({
    name: 'gateway',
    logger: options.logger,
    metrics: metrics.registry,
    graphql: { server: apollo, context: authenticate, checkBody: checkBatch },
    intercept: async (req, res, url) => cors(req, res, url) || limitAddress(req, res, url),
    prefixRoutes,
    routes,
    readiness,
    dependencies: subgraphsUp,
  });
  let stopFollowing: (() => Promise<void>) | null = null;
  return {
    server: http.server,
    metrics: http.metrics,
    async listen(port, host) {
      if (options.graphiql) {
        const graphiql = graphiqlRoutes(await graphiqlAssetsDir(), () => apiSchema);
        Object.assign(routes, graphiql.routes);
        Object.assign(prefixRoutes, graphiql.prefixRoutes);
      }
      // Revocations first: a replica that starts knows the last ten minutes' before it serves a token.
      const events = options.accessEvents;
      if (events && !stopFollowing) {
        if (events.owned) await events.transport.start(REVOCATION_TOPICS);
        stopFollowing = await followRevocations({
          transport: events.transport,
          list: revocations,
          groupId: replicaGroupId('gateway-access'),
          logger: options.logger,
        });
      }
      return http.listen(port, host);
    },
    async close() {
      await http.close();
      await stopFollowing?.();
      if (options.accessEvents?.owned) await options.accessEvents.transport.stop();
      await subgraphFetcher.close();
    },
  };
}
