import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  createAccessTokenVerifier,
  GATEWAY_TOKEN_HEADER,
  signIdentityToken,
  subgraphKey,
  systemClock,
} from '@bc/platform/edge';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';

/**
 * The peer gateway of the dashboard benchmarks: @graphql-hive/gateway on the same supergraph and
 * subgraphs, doing the same edge work as ours: verify the user's JWT against the accounts JWKS
 * (platform's verifier, with its cache of verified tokens) and sign the identity for each subgraph
 * with that subgraph's own key and a request id of its own. `planner: 'rust'` plans with Hive
 * Router's query planner (@graphql-hive/router-runtime) instead of the JavaScript one.
 *
 * `bench:dashboard` builds it in its own process; `bench:dashboard:processes --peers` runs this file
 * as a process of its own (environment below).
 */
export interface HivePeerOptions {
  /** The supergraph SDL, with every subgraph's URL as the peer should call it. */
  supergraph: string;
  jwksUrl: string;
  issuer: string;
  audience: string;
  subgraphSecret: string;
  planner: 'js' | 'rust';
  clock?: typeof systemClock;
}

/** The supergraph with each `@join__graph`'s URL replaced by `urls[name]`. */
export function supergraphWithUrls(sdl: string, urls: Record<string, string>): string {
  return sdl.replace(
    /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
    (_, name: string, url: string) => `@join__graph(name: "${name}", url: "${urls[name] ?? url}")`,
  );
}

export function createHivePeer(options: HivePeerOptions) {
  const verify = createAccessTokenVerifier({
    jwksUrl: options.jwksUrl,
    issuer: options.issuer,
    audience: options.audience,
    clock: options.clock ?? systemClock,
  });
  return createGatewayRuntime({
    supergraph: options.supergraph,
    // Handed over explicitly: under pnpm the runtime cannot import the transport by name.
    transports: { http: httpTransport },
    ...(options.planner === 'rust' ? { unifiedGraphHandler } : {}),
    logging: process.env.BC_DEBUG_HIVE ? 'debug' : false,
    propagateHeaders: {
      // The same edge work as ours: verify the user's JWT, sign the identity for each subgraph.
      fromClientToSubgraphs: async ({ request, subgraphName }) => {
        const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
        const verified = bearer ? await verify(bearer) : null;
        const user = verified && 'user' in verified ? verified.user : null;
        const key = subgraphKey(options.subgraphSecret, subgraphName);
        return {
          // Each request's own id inside the identity, as our gateway does (GW-4). A constant one would
          // let Hive's in-flight deduplication merge the identical subgraph fetches of concurrent
          // requests: a different benchmark (one user asking the same thing ten times at once).
          [GATEWAY_TOKEN_HEADER]: await signIdentityToken(key, subgraphName, {
            user,
            requestId: randomUUID(),
          }),
        };
      },
    },
  });
}

// As a process: HIVE_PLANNER=js|rust PORT BC_SUPERGRAPH_PATH BC_JWKS_URL BC_JWT_ISSUER
// BC_JWT_AUDIENCE BC_SUBGRAPH_SECRET; `/graphql` and a `/ready` that answers once listening.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const env = process.env;
  const hive = createHivePeer({
    supergraph: readFileSync(env.BC_SUPERGRAPH_PATH!, 'utf8'),
    jwksUrl: env.BC_JWKS_URL!,
    issuer: env.BC_JWT_ISSUER ?? 'https://accounts.businesscenter.example',
    audience: env.BC_JWT_AUDIENCE ?? 'business-center',
    subgraphSecret: env.BC_SUBGRAPH_SECRET!,
    planner: env.HIVE_PLANNER === 'rust' ? 'rust' : 'js',
  });
  const server = createServer((req, res) => {
    if (req.url === '/ready') {
      res.writeHead(200).end('ready');
      return;
    }
    void hive(req, res);
  });
  server.listen(Number(env.PORT), env.HOST ?? '127.0.0.1');
  const stop = () => server.close(() => void Promise.resolve(hive.dispose()).finally(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
