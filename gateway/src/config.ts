import { fileURLToPath } from 'node:url';
import { type Clock, ConfigError, debugErrors, type Logger, loadConfig } from '@bc/platform/edge';
import { createTransport } from '@bc/platform/events';
import { z } from 'zod';
import { parseCorsOrigins } from './cors.ts';
import type { GatewayOptions } from './gateway.ts';
import { RATE_LIMIT_DEFAULTS } from './rate-limits.ts';

/** Everything the gateway reads from its environment (infra checks its manifests against these keys). */
export const gatewayConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().default(4000),
  BC_SUBGRAPH_SECRET: z.string().min(32),
  /** Introspection: off in production unless `true` (GW-3). */
  BC_GATEWAY_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** GraphiQL at GET /graphiql: on in development (`pnpm start`), elsewhere only when `true`. */
  BC_GRAPHIQL: z.enum(['true', 'false']).optional(),
  /** Keep-alive connections per subgraph (32 when unset). */
  BC_SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(1).max(1024).optional(),
  /** Proxies in front of the gateway whose X-Forwarded-For is trusted for the client address (0 = none). */
  BC_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  BC_JWKS_URL: z.string().url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  /**
   * Web tools on other origins allowed to call /graphql (CORS, bearer only): comma-separated exact
   * origins such as `https://tools.example`; empty (the default) keeps CORS closed.
   */
  BC_CORS_ORIGINS: z
    .string()
    .superRefine((value, ctx) => {
      const parsed = parseCorsOrigins(value);
      if (!Array.isArray(parsed))
        ctx.addIssue({
          code: 'custom',
          message: `not exact origins (scheme://host[:port]): ${parsed.invalid.join(', ')}`,
        });
    })
    .optional(),
  /** Where browsers reach the gateway (the portal's origin): /auth checks Origin against it. */
  BC_PUBLIC_URL: z.string().url().optional(),
  BC_JWT_ISSUER: z.string().default('https://accounts.businesscenter.example'),
  BC_JWT_AUDIENCE: z.string().default('business-center'),
  BC_SUPERGRAPH_PATH: z
    .string()
    .default(fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))),
  LOG_LEVEL: z.string().default('info'),
  /** `1`/`true`: errors keep stack traces and internal details (ignored in production). */
  BC_DEBUG: z.enum(['0', '1', 'true', 'false']).default('0'),
  /** Where accounts' revocations arrive (ACC-4): `kafka` in production; in-process has none to follow here. */
  BC_EVENTS: z.enum(['in-process', 'kafka']).default('in-process'),
  BC_KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
  BC_KAFKA_TLS: z.enum(['true', 'false']).default('false'),
  BC_KAFKA_CA_FILE: z.string().default(''),
  BC_KAFKA_USERNAME: z.string().min(1).optional(),
  BC_KAFKA_PASSWORD: z.string().min(1).optional(),
  BC_TOPIC_PREFIX: z.string().default(''),
  /** API-2: requests per minute per signed-in caller (user or API client); 0 = no limit. */
  BC_RATE_LIMIT_CLIENT: z.coerce.number().int().min(0).default(RATE_LIMIT_DEFAULTS.clientPerMinute),
  /** API-2: requests per minute per client address (/graphql, /auth, /oauth); 0 = no limit. */
  BC_RATE_LIMIT_ADDRESS: z.coerce.number().int().min(0).default(RATE_LIMIT_DEFAULTS.addressPerMinute),
  /** API-2: sign-in operations and token requests per minute per client address; 0 = no limit. */
  BC_RATE_LIMIT_CREDENTIALS: z.coerce.number().int().min(0).default(RATE_LIMIT_DEFAULTS.credentialsPerMinute),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** The variable that overrides the URL the supergraph gives one subgraph (e.g. a Kubernetes Service). */
export const subgraphUrlVariable = (subgraph: string) => `BC_SUBGRAPH_URL_${subgraph.toUpperCase()}`;

/** `BC_SUBGRAPH_SECRET_<NAME>` variables, each at least 32 characters (a bad one stops the gateway). */
function subgraphKeyOverrides(env: Record<string, string | undefined>): Record<string, string> {
  const overrides = Object.entries(env).filter(
    (entry): entry is [string, string] => entry[0].startsWith('BC_SUBGRAPH_SECRET_') && !!entry[1],
  );
  const short = overrides.filter(([, value]) => value.length < 32).map(([key]) => key);
  if (short.length)
    throw new ConfigError(`invalid configuration: ${short.join(', ')}: must be at least 32 characters`);
  return Object.fromEntries(overrides);
}

/**
 * The gateway's options from an environment: the process's in production, the embedded runtime's
 * (with the services' URLs) in one process. `accessEvents` replaces the Kafka feed of revocations
 * (the embedded runtime shares its in-process transport).
 */
export function gatewayOptionsFrom(
  env: Record<string, string | undefined>,
  parts: { logger: Logger; clock: Clock; accessEvents?: GatewayOptions['accessEvents'] },
): { config: GatewayConfig; options: GatewayOptions } {
  const config = loadConfig(gatewayConfigSchema, env);
  const options: GatewayOptions = {
    supergraphPath: config.BC_SUPERGRAPH_PATH,
    subgraphUrls: Object.fromEntries(
      Object.entries(env)
        .filter(([key, value]) => key.startsWith('BC_SUBGRAPH_URL_') && value)
        .map(([key, value]) => [key.slice('BC_SUBGRAPH_URL_'.length).toLowerCase(), value as string]),
    ),
    jwksUrl: config.BC_JWKS_URL,
    publicUrl: config.BC_PUBLIC_URL,
    corsOrigins: parseCorsOrigins(config.BC_CORS_ORIGINS) as string[],
    issuer: config.BC_JWT_ISSUER,
    audience: config.BC_JWT_AUDIENCE,
    subgraphSecret: config.BC_SUBGRAPH_SECRET,
    // BC_SUBGRAPH_SECRET_<NAME> overrides the key derived for subgraph <name> (same variable in that subgraph).
    subgraphKeys: subgraphKeyOverrides(env),
    production: config.NODE_ENV === 'production',
    debug: debugErrors(config),
    introspection: config.BC_GATEWAY_INTROSPECTION ? config.BC_GATEWAY_INTROSPECTION === 'true' : undefined,
    graphiql: config.BC_GRAPHIQL ? config.BC_GRAPHIQL === 'true' : config.NODE_ENV === 'development',
    subgraphConnections: config.BC_SUBGRAPH_CONNECTIONS,
    accessEvents:
      parts.accessEvents ??
      (config.BC_EVENTS === 'kafka'
        ? { transport: createTransport(config, 'gateway', parts.logger), owned: true }
        : undefined),
    trustedProxyHops: config.BC_TRUSTED_PROXY_HOPS,
    rateLimits: {
      clientPerMinute: config.BC_RATE_LIMIT_CLIENT,
      addressPerMinute: config.BC_RATE_LIMIT_ADDRESS,
      credentialsPerMinute: config.BC_RATE_LIMIT_CREDENTIALS,
    },
    clock: parts.clock,
    logger: parts.logger,
  };
  return { config, options };
}
