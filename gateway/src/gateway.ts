import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  bearerToken,
  type Clock,
  createAccessTokenVerifier,
  createHttpService,
  GATEWAY_TOKEN_HEADER,
  type Logger,
  PUBLIC_EXTENSIONS,
  type RequestIdentity,
  signGatewayToken,
} from '@bc/platform';
import { GraphQLError } from 'graphql';

export interface GatewayContext {
  identity: RequestIdentity;
}

export interface GatewayOptions {
  supergraphPath: string;
  /** Overrides of the URLs in the supergraph, by subgraph name (ephemeral ports, Kubernetes services). */
  subgraphUrls: Record<string, string>;
  jwksUrl: string;
  issuer: string;
  audience: string;
  subgraphSecret: string;
  production: boolean;
  clock: Clock;
  logger: Logger;
}

/** Adds the signed identity (GW-2) and the request id to every subgraph fetch. */
class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly secret: string,
  ) {
    // Node's fetch (undici) keeps connections to each subgraph alive and pooled; the default
    // make-fetch-happen fetcher adds HTTP-cache work every request does not need.
    super({ url, fetcher: fetch as never });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = context.identity ?? { user: null, requestId: '' };
    request.http?.headers.set(
      GATEWAY_TOKEN_HEADER,
      await signGatewayToken(this.secret, this.subgraph, identity),
    );
    if (identity.requestId) request.http?.headers.set('x-request-id', identity.requestId);
  }
}

/** A request refused at the edge, before any execution: HTTP 401 with UNAUTHENTICATED. */
const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * GW-1/GW-2: Apollo Gateway over the static supergraph; the caller's JWT is checked once here
 * (signature from the accounts JWKS, ES256 only, issuer, audience, expiry) and forwarded as identity.
 */
export function buildGateway(options: GatewayOptions) {
  // @apollo/gateway otherwise reports usage to Apollo and probes cloud metadata servers (AWS, GCP,
  // Azure) to describe the host: nothing of ours leaves the cluster, so it is always off.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const supergraphSdl = readFileSync(options.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new IdentityForwardingDataSource(name, options.subgraphUrls[name] ?? url ?? '', options.subgraphSecret),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted) => {
      if (!options.production) return formatted;
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || !code) {
        return {
          message: 'Internal error',
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
      // Only the documented extension keys leave the gateway (no subgraph responses, no stacks).
      const extensions = Object.fromEntries(
        PUBLIC_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [
          k,
          formatted.extensions?.[k],
        ]),
      );
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
    },
  });

  const verifyAccessToken = createAccessTokenVerifier({
    jwksUrl: options.jwksUrl,
    issuer: options.issuer,
    audience: options.audience,
    clock: options.clock,
  });

  async function authenticate(req: IncomingMessage, requestId: string): Promise<GatewayContext> {
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) return { identity: { user: null, requestId } };
    if (token === null) throw refused('Authorization must be "Bearer <token>"');
    const result = await verifyAccessToken(token);
    if ('user' in result) return { identity: { user: result.user, requestId } };
    options.logger.info({ requestId, reason: result.error }, 'access token refused');
    throw refused('The access token is not valid or has expired; sign in again');
  }

  // Every subgraph of the supergraph, at its overridden URL if one was given.
  const subgraphs = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => [name!, options.subgraphUrls[name!] ?? url!] as const,
  );
  const subgraphReadyUrls = () =>
    subgraphs.map(([name, url]) => [name, url.replace(/\/graphql$/, '/ready')] as const);

  return createHttpService<GatewayContext>({
    name: 'gateway',
    logger: options.logger,
    graphql: { server: apollo, context: authenticate },
    readiness: async () => {
      const checks = await Promise.all(
        subgraphReadyUrls().map(async ([name, url]) => {
          try {
            const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
            return [name, res.ok] as const;
          } catch {
            return [name, false] as const;
          }
        }),
      );
      return Object.fromEntries(checks);
    },
  });
}
