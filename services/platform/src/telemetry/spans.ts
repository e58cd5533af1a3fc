import {
  type Context,
  context,
  type Link,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

export { SpanKind };

/**
 * OPS-1: the spans the platform makes by hand at its seams (HTTP server, GraphQL operation, outbox
 * write, relay publish, consumer handling, deliveries) and the W3C trace context it stores and
 * sends. Only `@opentelemetry/api`: without a registered provider (tracing off) each helper returns
 * at once, so the gateway and services pay nothing for it.
 */

/** W3C trace context as it is stored (outbox rows, deliveries) and sent (Kafka headers, HTTP). */
export type TraceHeaders = {
  traceparent?: string;
  tracestate?: string;
};

let active = false;
/** Set by `startTelemetry` once a provider is registered. */
export function markTracingOn(): void {
  active = true;
}
/** True once this process traces. */
export const tracingOn = () => active;

const tracer = () => trace.getTracer('business-center');

/** The active context as W3C headers (empty when nothing is traced). */
export function currentTraceHeaders(ctx: Context = context.active()): TraceHeaders {
  const carrier: TraceHeaders = {};
  if (active) propagation.inject(ctx, carrier);
  return carrier;
}

/** The context `headers` carry (an event's, a stored row's), under the active one. */
export function contextFrom(headers: TraceHeaders | null | undefined): Context {
  if (!active || !headers?.traceparent) return context.active();
  return propagation.extract(context.active(), headers);
}

export interface SpanOptions {
  kind?: SpanKind;
  /** The service the span belongs to (`bc.service`): one process may run all of them. */
  service: string;
  attributes?: Record<string, string | number | boolean>;
  /** Parent: a context extracted from headers; the active context otherwise. */
  parent?: Context;
  links?: Link[];
}

/**
 * Runs `work` in a new span (a child of `options.parent` or the active span), ending it when the
 * work settles and recording a failure. Without tracing it only runs `work`.
 */
export function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span | null) => Promise<T>,
): Promise<T> {
  if (!active) return work(null);
  const { span, context: inside } = startSpan(name, options);
  return context.with(inside, async () => {
    try {
      return await work(span);
    } catch (error) {
      recordFailure(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A new span, a child of `options.parent` or the active span, and the context it is active in. */
function startSpan(name: string, options: SpanOptions): { span: Span; context: Context } {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(
    name,
    {
      kind: options.kind ?? SpanKind.INTERNAL,
      attributes: { 'bc.service': options.service, ...options.attributes },
      links: options.links,
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

function recordFailure(span: Span, error: unknown): void {
  span.recordException(error as Error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
}

/** A span that marks a moment (an outbox write): started and ended at once; returns its headers. */
export function markSpan(name: string, options: SpanOptions): TraceHeaders {
  if (!active) return {};
  const { span, context: inside } = startSpan(name, options);
  span.end();
  return currentTraceHeaders(inside);
}

/** The active span's ids for a log line (pino mixin), or nothing. */
export function logTraceFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/**
 * The parent of an incoming request's span: the http instrumentation's server span where it patched
 * the server, else the caller's `traceparent`.
 */
export function incomingContext(headers: Record<string, string | string[] | undefined>): Context {
  if (!active || trace.getActiveSpan()) return context.active();
  return contextFrom(traceHeadersIn(headers));
}

/**
 * The W3C trace headers among a message's or request's headers, as text (Kafka gives Buffers, HTTP
 * may repeat a header: the first counts); undefined when there are none.
 */
export function traceHeadersIn(
  headers: Record<string, string | Buffer | (string | Buffer)[] | undefined> | undefined,
): TraceHeaders | undefined {
  if (!headers) return undefined;
  const found: TraceHeaders = {};
  for (const name of ['traceparent', 'tracestate'] as const) {
    const value = headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) found[name] = first.toString();
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * A span ended by the caller (one per message of a published batch): its headers go with the
 * message. Null when tracing is off.
 */
export function openSpan(
  name: string,
  options: SpanOptions,
): { headers: TraceHeaders; end(error?: unknown): void } | null {
  if (!active) return null;
  const { span, context: inside } = startSpan(name, options);
  return {
    headers: currentTraceHeaders(inside),
    end(error?: unknown) {
      if (error) recordFailure(span, error);
      span.end();
    },
  };
}

/** A link to the span that `headers` name (a batch handler links every event it handles). */
export function traceLink(headers: TraceHeaders): Link | null {
  if (!active || !headers.traceparent) return null;
  const spanContext = trace.getSpanContext(contextFrom(headers));
  return spanContext ? { context: spanContext } : null;
}

/** Names the active GraphQL operation span (`graphql mutation setUpOnlineService`) once the document resolved. */
export function nameOperationSpan(type: string, name: string | null): void {
  if (!active) return;
  const span = trace.getActiveSpan() as (Span & { name?: string }) | undefined;
  if (!span?.name?.startsWith('graphql ')) return;
  span.updateName(`graphql ${type}${name ? ` ${name}` : ''}`);
  span.setAttributes({ 'graphql.operation.type': type, ...(name ? { 'graphql.operation.name': name } : {}) });
}
