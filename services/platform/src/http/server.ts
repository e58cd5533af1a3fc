import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logger.ts';
import { incomingContext, inSpan, SpanKind } from '../telemetry/spans.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface HttpServiceOptions<Ctx extends BaseContext> {
  name: string;
  logger: Logger;
  graphql?: {
    server: ApolloServer<Ctx>;
    /**
     * Builds the request context; may throw a GraphQLError (e.g. UNAUTHENTICATED). `res` lets the
     * operation add headers of its own (the gateway's session cookies).
     */
    context: (req: IncomingMessage, requestId: string, res: ServerResponse) => Promise<Ctx>;
    /** Refuses a parsed body before Apollo sees it (the gateway's batch limit): status and errors, or null. */
    checkBody?: (body: unknown) => { status: number; errors: GraphQLFormattedError[] } | null;
  };
  routes?: Record<string, RouteHandler>;
  /** Routes for every path under a prefix (`/downloads/`), tried after the exact ones. */
  prefixRoutes?: Record<string, RouteHandler>;
  /** Runs first on every request (after the request id is set); true when it has answered (CORS preflights, rate limits). */
  intercept?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;
  /** Named checks `/ready` requires (the database: without it nothing can be served). */
  readiness?: () => Promise<Record<string, boolean>>;
  /**
   * OPS-2: what the process uses but can serve without for a while (the broker: the outbox keeps the
   * events until it is back; the gateway's subgraphs: the others still answer). Shown by `/ready` and
   * as the `dependency_up` gauge, never required for readiness, so a broker blip takes no pod out.
   */
  dependencies?: () => Promise<Record<string, boolean>>;
  maxBodyBytes?: number;
  /** A registry that already holds the service's own metrics (the gateway's); a new one otherwise. */
  metrics?: Registry;
}

export interface HttpService {
  readonly server: Server;
  readonly metrics: Registry;
  /** Listens on a port (0 = any) or takes over a socket reserved beforehand; resolves with the base URL. */
  listen(port: number | NetServer, host?: string): Promise<string>;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
/**
 * How much of an oversized body is still read (and dropped) so the client, which is still sending,
 * sees the 413 instead of a reset connection. Beyond it the connection is closed at once.
 */
const MAX_DRAIN = 8 * 1024 * 1024;

const tooLarge = () => Object.assign(new Error('request body too large'), { status: 413 });

/** The 413 answer: a GraphQL error, like every other refusal of a request. */
function sendTooLarge(res: ServerResponse, limit: number, requestId: string): void {
  const size = limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`;
  res.setHeader('connection', 'close');
  sendJson(res, 413, {
    errors: [
      {
        message: `The request body is larger than ${size}`,
        extensions: { code: 'BAD_REQUEST', reason: 'BODY_TOO_LARGE', requestId },
      },
    ],
  });
}

/**
 * GW-4: a caller's (or the gateway's) `x-request-id` is kept only when well-formed: 1 to 100 of
 * letters, digits and `-_.:` (UUIDs, trace ids). Anything else is replaced, so a log line never
 * carries what a caller injected.
 */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * The body, at most `limit` bytes. A larger one is refused (status 413) once it has been read to
 * its end, so the client gets the answer; a client that asked first (`Expect: 100-continue`) with
 * a larger Content-Length was not told to continue and is refused without sending it.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit && /100-continue/i.test(req.headers.expect ?? '')) {
      reject(tooLarge());
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + MAX_DRAIN) {
        req.removeAllListeners('data');
        req.pause();
        reject(tooLarge());
      } else chunks.length = 0;
    });
    req.on('end', () =>
      size > limit ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * One HTTP server per service: GraphQL at /graphql, liveness at /health, readiness at /ready,
 * Prometheus metrics at /metrics, plus service routes (JWKS, downloads, …); closes gracefully.
 */
export function createHttpService<Ctx extends BaseContext>(options: HttpServiceOptions<Ctx>): HttpService {
  const {
    logger,
    graphql,
    routes = {},
    prefixRoutes = {},
    readiness,
    dependencies,
    maxBodyBytes = MAX_BODY,
  } = options;
  const prefixOf = (path: string) => Object.keys(prefixRoutes).find((prefix) => path.startsWith(prefix));
  const metrics = options.metrics ?? new Registry();
  metrics.setDefaultLabels({ service: options.name });
  collectDefaultMetrics({ register: metrics });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    registers: [metrics],
  });
  if (dependencies)
    new Gauge({
      name: 'dependency_up',
      help: 'OPS-2: 1 while a dependency answers its check (not required for readiness), else 0',
      labelNames: ['dependency'],
      registers: [metrics],
      async collect() {
        for (const [dependency, up] of Object.entries(await dependencies()))
          this.set({ dependency }, up ? 1 : 0);
      },
    });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [metrics],
  });
  let closing = false;

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    if (!graphql) return sendJson(res, 404, { error: 'not found' });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, maxBodyBytes);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        return sendJson(res, 400, {
          errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      const refusal = graphql.checkBody?.(body);
      if (refusal) return sendJson(res, refusal.status, { errors: refusal.errors });
    }
    // OPS-1: the operation's span (the gateway's own query-plan and fetch spans, a subgraph's
    // resolvers and outbox writes nest under it).
    const operation = Array.isArray(body)
      ? 'batch'
      : ((body as { operationName?: unknown } | undefined)?.operationName ??
        url.searchParams.get('operationName'));
    const result = await inSpan(
      `graphql ${typeof operation === 'string' && operation ? operation : 'anonymous'}`,
      { service: options.name },
      () =>
        graphql.server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
          context: () => graphql.context(req, requestId, res),
        }),
    );
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const prefix = prefixOf(url.pathname);
    const route =
      url.pathname === '/graphql' || routes[url.pathname] ? url.pathname : prefix ? `${prefix}*` : 'other';
    const stop = duration.startTimer({ route });
    try {
      if (await options.intercept?.(req, res, url)) return;
      if (url.pathname === '/health') sendJson(res, 200, { status: 'ok' });
      else if (url.pathname === '/ready') {
        const [checks, used] = closing
          ? [{ shuttingDown: false }, {}]
          : await Promise.all([readiness?.() ?? {}, dependencies?.() ?? {}]);
        const ready = Object.values(checks).every(Boolean);
        sendJson(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready',
          checks,
          ...(dependencies && !closing ? { dependencies: used } : {}),
        });
      } else if (url.pathname === '/metrics') {
        res.writeHead(200, { 'content-type': metrics.contentType });
        res.end(await metrics.metrics());
      } else if (url.pathname === '/graphql') await handleGraphql(req, res, url, requestId);
      else if (routes[url.pathname]) await routes[url.pathname]!(req, res, url);
      else if (prefix) await prefixRoutes[prefix]!(req, res, url);
      else sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      if (status === 413) {
        logger.info({ requestId, path: url.pathname }, 'request body too large');
        if (!res.headersSent) sendTooLarge(res, maxBodyBytes, requestId);
        else res.end();
        return;
      }
      logger.error({ err: error, requestId, path: url.pathname }, 'request failed');
      if (!res.headersSent) sendJson(res, status, { error: 'internal error', requestId });
      else res.end();
    } finally {
      requests.inc({ route, status: String(res.statusCode) });
      const seconds = stop();
      if (route !== 'other')
        logger.debug({ requestId, route, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    }
  };
  // OPS-1: one server span per request (not for probes and scrapes), a child of the caller's trace.
  const unTraced = new Set(['/health', '/ready', '/metrics']);
  const traced = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (unTraced.has(path)) return handle(req, res);
    return inSpan(
      `${req.method ?? 'GET'} ${path === '/graphql' || routes[path] ? path : prefixOf(path) ? `${prefixOf(path)}*` : 'other'}`,
      {
        service: options.name,
        kind: SpanKind.SERVER,
        parent: incomingContext(req.headers),
        attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': path },
      },
      async (span) => {
        await handle(req, res);
        span?.setAttribute('http.response.status_code', res.statusCode);
      },
    );
  };
  const server = createServer(traced);
  // Node would answer `Expect: 100-continue` itself; an oversized body is refused before it is sent.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!(Number(req.headers['content-length'] ?? 0) > maxBodyBytes)) res.writeContinue();
    void traced(req, res);
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    metrics,
    async listen(port, host = '127.0.0.1') {
      if (graphql) await graphql.server.start();
      await new Promise<void>((resolve) =>
        typeof port === 'number' ? server.listen(port, host, resolve) : server.listen(port, resolve),
      );
      const address = server.address() as AddressInfo;
      const url = `http://${host}:${address.port}`;
      logger.info({ url }, `${options.name} listening`);
      return url;
    },
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      if (graphql) await graphql.server.stop();
    },
  };
}

/** Stops the process cleanly on SIGTERM/SIGINT (Kubernetes sends SIGTERM before killing a pod). */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop()
      .then(() => process.exit(0))
      .catch((error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => handler('SIGTERM'));
  process.once('SIGINT', () => handler('SIGINT'));
}
