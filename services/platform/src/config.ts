import { z } from 'zod';

/**
 * Settings every service reads from its environment. The transport, database and mailer are
 * chosen here only; business code never knows which one runs.
 */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** `sqlite:<file>` (embedded default) or `postgres://…` (production). */
  BC_DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'must start with sqlite: or postgres://'),
  BC_EVENTS: z.enum(['in-process', 'kafka']).default('in-process'),
  BC_KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
  /** TLS to the brokers (Strimzi's TLS listener in production), trusting the CA in BC_KAFKA_CA_FILE if given. */
  BC_KAFKA_TLS: z.enum(['true', 'false']).default('false'),
  BC_KAFKA_CA_FILE: z.string().default(''),
  /**
   * OPS-5: SASL/SCRAM-SHA-512 credentials of this process's Kafka user (Strimzi `KafkaUser`, whose ACLs
   * say which topics it may write and read); both or neither, unset = no authentication.
   */
  BC_KAFKA_USERNAME: z.string().min(1).optional(),
  BC_KAFKA_PASSWORD: z.string().min(1).optional(),
  /** Prefix for every topic name; lets test runs share one broker without seeing each other. */
  BC_TOPIC_PREFIX: z.string().default(''),
  /**
   * The deployment secret, shared with the gateway: each subgraph verifies the gateway's identity token
   * with its own key derived from it (or with `BC_SUBGRAPH_SECRET_<NAME>` when that is set: each service's
   * definition adds its own, services/platform/src/service/define-service.ts).
   */
  BC_SUBGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535),
  LOG_LEVEL: z.string().default('info'),
  /** `1`/`true`: errors carry stack traces and internal details (outside production only). */
  BC_DEBUG: z.enum(['0', '1', 'true', 'false']).default('0'),
});

/**
 * Whether errors may show stack traces and internal messages: only when asked for (`BC_DEBUG=1`)
 * and never in production. The embedded default (`pnpm start`) shows neither unless asked.
 */
export function debugErrors(env: { NODE_ENV?: string; BC_DEBUG?: string }): boolean {
  return env.NODE_ENV !== 'production' && (env.BC_DEBUG === '1' || env.BC_DEBUG === 'true');
}

export type BaseConfig = z.infer<typeof baseConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment against a schema; names every bad variable at once. */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  return result.data;
}
