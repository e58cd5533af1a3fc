import { createRequire, register } from 'node:module';
import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, SpanExporter, SpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { markTracingOn, tracingOn } from './spans.ts';

export type { ReadableSpan, SpanExporter };

type Env = Record<string, string | undefined>;

export interface TelemetryOptions {
  /** `service.name` of the process's resource unless `OTEL_SERVICE_NAME` is set. */
  serviceName: string;
  env?: Env;
  /** An exporter the caller reads (the test harness's in-memory one): turns tracing on by itself. */
  exporter?: SpanExporter;
  /**
   * Also hook ES module imports (import-in-the-middle's loader), so modules imported after this call
   * (pg, kafkajs, graphql) are patched: a process's entry calls it before importing the service.
   */
  hookImports?: boolean;
}

/**
 * Which exporters the `OTEL_*` variables ask for. Off by default (unlike the SDK's own default of
 * OTLP): `OTEL_TRACES_EXPORTER=otlp|console` or an OTLP endpoint turns it on; `OTEL_SDK_DISABLED=true`
 * or `OTEL_TRACES_EXPORTER=none` keeps it off whatever else is set.
 */
export function exportersFrom(env: Env): ('otlp' | 'console')[] {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return [];
  const named = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  if (named.includes('none')) return [];
  const chosen = named.filter((e): e is 'otlp' | 'console' => e === 'otlp' || e === 'console');
  if (chosen.length === 0 && (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT))
    return ['otlp'];
  return chosen;
}

/**
 * The OTLP/HTTP traces URL and headers the `OTEL_*` settings name: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`
 * as given, else `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`; headers `k=v,k2=v2` (traces' own first).
 * Nothing set: the exporter's default (http://localhost:4318/v1/traces).
 */
export function otlpTarget(env: Env): { url?: string; headers?: Record<string, string> } {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const url =
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() ||
    (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  const raw = env.OTEL_EXPORTER_OTLP_TRACES_HEADERS ?? env.OTEL_EXPORTER_OTLP_HEADERS;
  const headers = raw
    ? Object.fromEntries(
        raw
          .split(',')
          .map((pair) => pair.split('='))
          .filter((kv) => kv.length >= 2 && kv[0]!.trim())
          .map(([k, ...v]) => [decodeURIComponent(k!.trim()), decodeURIComponent(v.join('=').trim())]),
      )
    : undefined;
  return { ...(url ? { url } : {}), ...(headers ? { headers } : {}) };
}

/**
 * Span processors whose list can grow after registration: the provider is registered once per
 * process, and a later start in the same process (a second embedded system) adds its exporter.
 */
class Processors implements SpanProcessor {
  readonly list: SpanProcessor[] = [];
  onStart(span: Parameters<SpanProcessor['onStart']>[0], parent: Context): void {
    for (const p of this.list) p.onStart(span, parent);
  }
  onEnd(span: ReadableSpan): void {
    for (const p of this.list) p.onEnd(span);
  }
  async forceFlush(): Promise<void> {
    await Promise.all(this.list.map((p) => p.forceFlush()));
  }
  async shutdown(): Promise<void> {
    await Promise.all(this.list.map((p) => p.shutdown()));
  }
}

let registered: { provider: TracerProvider; processors: Processors } | null = null;

/**
 * OPS-1: the process's OpenTelemetry setup, once per process (the gateway, each service, or all of
 * them embedded by @bc/system): a tracer provider with the W3C propagator and an AsyncLocalStorage
 * context, the exporters the `OTEL_*` variables name, and the instrumentations for http, undici,
 * graphql, pg and kafkajs. When tracing is off nothing is registered and the SDK is not even loaded
 * (its packages are imported here only when needed). Resolves true when the process traces.
 */
export async function startTelemetry(options: TelemetryOptions): Promise<boolean> {
  const env = options.env ?? process.env;
  const exporters = exportersFrom(env);
  if (exporters.length === 0 && !options.exporter) return tracingOn();
  const sdk = await import('@opentelemetry/sdk-trace');
  const processors: SpanProcessor[] = [];
  // The OTEL_* exporters belong to the process: a second start in it (another embedded system) adds
  // only its own exporter.
  for (const name of registered ? [] : exporters) {
    if (name === 'console')
      processors.push(new sdk.SimpleSpanProcessor({ exporter: new sdk.ConsoleSpanExporter() }));
    else {
      // Where to from the given settings: the exporter alone would read process.env, which is not the
      // embedded system's (and the harness's) configuration. _TIMEOUT and the rest it reads itself.
      const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
      processors.push(new sdk.BatchSpanProcessor({ exporter: new OTLPTraceExporter(otlpTarget(env)) }));
    }
  }
  if (options.exporter) processors.push(new sdk.SimpleSpanProcessor({ exporter: options.exporter }));
  if (registered) {
    registered.processors.list.push(...processors);
    return true;
  }
  const [hooks, core, resources, instrumentation, http, undici, graphql, pg, kafkajs] = await Promise.all([
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-undici'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-kafkajs'),
  ]);
  if (options.hookImports) register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const all = new Processors();
  all.list.push(...processors);
  // OTEL_TRACES_SAMPLER=parentbased_traceidratio with OTEL_TRACES_SAMPLER_ARG (0..1) keeps that share of
  // new traces and follows the caller's decision otherwise; the default keeps every trace.
  const ratio = Number(env.OTEL_TRACES_SAMPLER_ARG ?? 1);
  const sampler =
    env.OTEL_TRACES_SAMPLER === 'parentbased_traceidratio' && ratio >= 0 && ratio < 1
      ? new sdk.ParentBasedSampler({ root: new sdk.TraceIdRatioBasedSampler(ratio) })
      : undefined;
  const provider = new sdk.TracerProvider({
    sampler,
    resource: resources.resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME || options.serviceName,
    }),
    spanProcessors: [all],
  });
  // Registered through the API's CommonJS copy: CommonJS packages (Apollo Gateway) took their tracer
  // from it when they loaded, before this runs, and only that copy's proxy learns the provider. The
  // ES module copy finds the same globals, so spans made through either land here.
  const api = createRequire(import.meta.url)('@opentelemetry/api') as typeof import('@opentelemetry/api');
  api.context.setGlobalContextManager(new hooks.AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  api.trace.setGlobalTracerProvider(provider);
  // undici (the gateway's subgraph fetches, webhooks, Node's fetch) is traced through diagnostics
  // channels, so it works however the modules were loaded. The others patch modules and take effect
  // only for modules loaded after this call (README: "Tracing").
  instrumentation.registerInstrumentations({
    instrumentations: [
      new undici.UndiciInstrumentation(),
      // Probes and scrapes are not traced (the platform's server skips them too).
      new http.HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)(\?|$)/.test(req.url ?? ''),
      }),
      new graphql.GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      // Only statements inside a traced request or handler: the relay's and jobs' polling would be noise.
      new pg.PgInstrumentation({ requireParentSpan: true }),
      new kafkajs.KafkaJsInstrumentation(),
    ],
  });
  registered = { provider, processors: all };
  markTracingOn();
  return true;
}

/** Sends what is buffered (shutdown, tests). */
export async function flushTelemetry(): Promise<void> {
  await registered?.provider.forceFlush();
}
