import type { Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { EntitySchema } from '@mikro-orm/core';
import type { DocumentNode } from 'graphql';
import type { Metric } from 'prom-client';
import { z } from 'zod';
import { subgraphKeyVariable } from '../auth/identity.ts';
import { BackgroundTask } from '../background-task.ts';
import { type BaseConfig, loadConfig } from '../config.ts';
import { eventMetrics, jobMetrics } from '../events/event-metrics.ts';
import type { HttpService, RouteHandler } from '../http/server.ts';
import { onShutdown } from '../http/server.ts';
import type { MigrationList } from '../orm/database.ts';
import { eventLogRetention, type RetentionRule, retentionConfigSchema, runRetention } from '../retention.ts';
import { type ServiceContext, type ServiceOptions, ServiceRuntime, serviceFiles } from '../runtime.ts';
import { flushTelemetry } from '../telemetry/telemetry.ts';

/** Work beside the subgraph (a dispatcher, a read-model builder): started after events, stopped first. */
export interface ServiceWorker {
  start(): void | Promise<void>;
  stop(): Promise<void>;
  /** Finishes what is already due (tests and the embedded demo wait for it). */
  drain?(): Promise<void>;
}

/** What a service's `setup` wires from its runtime and configuration. */
export interface ServiceParts<Extra, Jobs extends string = never> {
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are typed by codegen in each service
  resolvers: any;
  /** Adds the service's own dependencies to the base context of each request. */
  // biome-ignore lint/suspicious/noExplicitAny: each service's context type extends ServiceContext
  context: (base: ServiceContext) => any;
  /** Extra HTTP routes beside /graphql, /health, /ready and /metrics. */
  routes?: Record<string, RouteHandler>;
  /**
   * Scheduled jobs, run one after the other every `intervalMs` once the service starts. Each must be
   * safe on several replicas at once (job lock, guarded updates); tests run one on demand.
   */
  jobs?: { intervalMs: number; run: Record<Jobs, () => Promise<number>> };
  workers?: ServiceWorker[];
  /** The service's own Prometheus metrics, served at /metrics beside the common ones. */
  metrics?: Metric[];
  /**
   * OPS-3: the service's own rows to delete once old enough (beside the event log's, which every
   * service prunes); run by the retention job every `BC_RETENTION_INTERVAL_MS` under a job lock.
   */
  // biome-ignore lint/suspicious/noExplicitAny: rules of any entity
  retention?: RetentionRule<any>[];
  /** What tests and tools may reach on the running service (deps, dispatcher, builder…). */
  expose?: Extra;
}

export interface ServiceDefinition<
  Cfg extends BaseConfig = BaseConfig,
  Extra = object,
  Name extends string = string,
  Jobs extends string = string,
> {
  readonly name: Name;
  /**
   * `subgraph` scales on CPU; a `worker` (notifications: event-driven sends, a small graph for its log)
   * keeps its replica count (infra/k8s).
   */
  readonly role: 'subgraph' | 'worker';
  /** The port it listens on by default; the embedded runtime keeps the same offsets from its gateway. */
  readonly port: number;
  readonly configSchema: z.ZodType<Cfg>;
  // biome-ignore lint/suspicious/noExplicitAny: entity schemas of any entity type
  readonly entities: EntitySchema<any, any>[];
  readonly migrations: MigrationList;
  readonly migrationsPath: string;
  /** The subgraph's own SDL file (composition and codegen read it) and its parsed form. */
  readonly sdlPath: string;
  readonly typeDefs: DocumentNode;
  setup(runtime: ServiceRuntime, config: Cfg): Promise<ServiceParts<Extra, Jobs>>;
}

/**
 * Declares a service once: everything that starts, tests, migrates or deploys it reads this. The SDL
 * and migrations are found beside `moduleUrl` (the service's `server.ts`).
 */
export function defineService<
  const Name extends string,
  Schema extends z.ZodObject & z.ZodType<BaseConfig>,
  Extra = object,
  Jobs extends string = never,
>(definition: {
  name: Name;
  role?: 'subgraph' | 'worker';
  port: number;
  moduleUrl: string;
  config: Schema;
  // biome-ignore lint/suspicious/noExplicitAny: entity schemas of any entity type
  entities: EntitySchema<any, any>[];
  migrations: MigrationList;
  setup(runtime: ServiceRuntime, config: z.infer<Schema>): Promise<ServiceParts<Extra, Jobs>>;
}): ServiceDefinition<z.infer<Schema>, Extra, Name, Jobs> {
  const { typeDefs, migrationsPath } = serviceFiles(definition.moduleUrl);
  // GW-2: the service's own key may be given instead of derived from the deployment secret.
  const config = definition.config.extend(retentionConfigSchema.shape).extend({
    [subgraphKeyVariable(definition.name)]: z.string().min(32, 'must be at least 32 characters').optional(),
  });
  return {
    name: definition.name,
    role: definition.role ?? 'subgraph',
    port: definition.port,
    configSchema: config as unknown as z.ZodType<z.infer<Schema>>,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsPath,
    sdlPath: fileURLToPath(new URL('./schema.graphql', definition.moduleUrl)),
    typeDefs,
    setup: definition.setup,
  };
}

/** Where a service listens: a port (0 = any) or a socket reserved beforehand, so its URL was known early. */
export interface ListenOn {
  port?: number;
  host?: string;
  server?: Server;
}

/** One built service, the same shape for every service: start, drain, stop, and its parts. */
export type RunningService<
  Cfg extends BaseConfig = BaseConfig,
  Extra = object,
  Jobs extends string = string,
> = Extra & {
  readonly name: string;
  readonly config: Cfg;
  readonly runtime: ServiceRuntime;
  readonly http: HttpService;
  /** Each scheduled job, run now (its events are then published without waiting for the relay's poll). */
  readonly jobs: Record<Jobs, () => Promise<number>>;
  /** OPS-3: the retention job, run now: rows deleted per rule. */
  prune(): Promise<Record<string, number>>;
  /** Starts events, workers and jobs, then listens; resolves with its base URL. */
  start(listen?: ListenOn): Promise<string>;
  /** Publishes what is committed and lets the workers finish what is due. */
  drain(): Promise<void>;
  stop(): Promise<void>;
};

// biome-ignore lint/suspicious/noExplicitAny: any service's definition
export type AnyServiceDefinition = ServiceDefinition<any, any, string, any>;

/** Builds a service without listening: reads its configuration from `options.env` (else the process's). */
export async function buildService<Cfg extends BaseConfig, Extra, Jobs extends string>(
  definition: ServiceDefinition<Cfg, Extra, string, Jobs>,
  options: ServiceOptions = {},
): Promise<RunningService<Cfg, Extra, Jobs>> {
  const config = loadConfig(definition.configSchema, options.env ?? process.env);
  const runtime = await ServiceRuntime.open({
    name: definition.name,
    config,
    entities: definition.entities,
    migrationsPath: definition.migrationsPath,
    migrations: definition.migrations,
    clock: options.clock,
    ids: options.ids,
    transport: options.transport,
    logger: options.logger,
  });
  const parts = await definition.setup(runtime, config);
  const http = runtime.createSubgraphServer({
    typeDefs: definition.typeDefs,
    resolvers: parts.resolvers,
    context: parts.context,
    routes: parts.routes,
  });
  const jobRuns = jobMetrics();
  for (const metric of [
    ...eventMetrics(runtime.orm.em, runtime.clock, runtime.consumer),
    ...jobRuns.metrics,
    ...(parts.metrics ?? []),
  ])
    http.metrics.registerMetric(metric);
  const workers = parts.workers ?? [];
  // A job's events go through `runtime.tx` (`withJobLock`), which wakes the relay after commit.
  const jobs = Object.fromEntries(
    Object.entries<() => Promise<number>>(parts.jobs?.run ?? {}).map(([name, run]) => [
      name,
      () => jobRuns.counted(name, run),
    ]),
  ) as Record<Jobs, () => Promise<number>>;
  const schedule = parts.jobs
    ? new BackgroundTask(
        async () => {
          for (const job of Object.values<() => Promise<number>>(jobs)) await job();
          return 0;
        },
        (error) => runtime.logger.error({ err: error }, `scheduled ${definition.name} jobs failed`),
        parts.jobs.intervalMs,
      )
    : null;
  const retained = retentionConfigSchema.parse(config);
  const rules = [...eventLogRetention(retained), ...(parts.retention ?? [])];
  const prune = () =>
    jobRuns.counted('retention', () =>
      runRetention(runtime.tx, `${definition.name}.retention`, rules, () => runtime.clock.now()),
    );
  const retention = new BackgroundTask(
    async () => {
      const deleted = await prune();
      if (Object.values(deleted).some((n) => n > 0))
        runtime.logger.info({ deleted }, 'retention: old rows deleted');
      return 0;
    },
    (error) => runtime.logger.error({ err: error }, `${definition.name} retention failed`),
    retained.BC_RETENTION_INTERVAL_MS,
  );
  return {
    ...(parts.expose as Extra),
    name: definition.name,
    config,
    runtime,
    http,
    jobs,
    prune,
    async start(listen: ListenOn = {}) {
      await runtime.startEvents();
      for (const worker of workers) await worker.start();
      schedule?.start();
      retention.start();
      const host = listen.host ?? config.HOST;
      return listen.server ? http.listen(listen.server, host) : http.listen(listen.port ?? config.PORT, host);
    },
    async drain() {
      await runtime.relay.drain();
      for (const worker of workers) await worker.drain?.();
    },
    async stop() {
      await retention.stop();
      await schedule?.stop();
      for (const worker of [...workers].reverse()) await worker.stop();
      await runtime.stop();
    },
  };
}

/**
 * A service's production entry (`src/main.ts`, after `startTelemetry`): configuration from the
 * environment, graceful shutdown (spans still buffered are sent).
 */
export async function runService(definition: AnyServiceDefinition): Promise<void> {
  const service = await buildService(definition);
  await service.start();
  service.runtime.logger.info({ describe: await service.runtime.describe() }, `${definition.name} ready`);
  onShutdown(service.runtime.logger, async () => {
    await service.stop();
    await flushTelemetry();
  });
}
