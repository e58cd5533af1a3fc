import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import type { GraphQLSchema } from 'graphql';

/** graphql as @apollo/gateway loads it (CommonJS), whose schema this reads: one realm for both. */
const { introspectionFromSchema }: typeof import('graphql') = createRequire(import.meta.url)('graphql');

/**
 * GET /graphiql: GraphiQL for tool builders, from this origin only. Its own Content-Security-Policy:
 * scripts, workers, fonts and API calls from this origin, nothing inline but styles (Monaco and
 * GraphiQL set element styles at run time), never framed. The schema with every description comes
 * from /graphiql/schema.json, so the page works where introspection is off.
 */
export const GRAPHIQL_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
    "form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-cache',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

export interface GraphiqlRoutes {
  routes: Record<string, Handler>;
  prefixRoutes: Record<string, Handler>;
}

/** The page and its files (only those the build wrote: no path from the URL reaches the disk). */
export function graphiqlRoutes(dir: string, apiSchema: () => GraphQLSchema | undefined): GraphiqlRoutes {
  const files = new Map(
    readdirSync(dir)
      .filter((name) => TYPES[extname(name)])
      .map((name) => [name, readFileSync(join(dir, name))] as const),
  );
  let schemaJson: { schema: GraphQLSchema; body: string } | undefined;
  const send = (req: IncomingMessage, res: ServerResponse, type: string, body: Buffer | string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      ...GRAPHIQL_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const page: Handler = (req, res) => send(req, res, TYPES['.html']!, files.get('index.html')!);
  return {
    routes: { '/graphiql': page },
    prefixRoutes: {
      '/graphiql/': (req, res, url) => {
        const name = url.pathname.slice('/graphiql/'.length);
        if (name === '') return page(req, res, url);
        if (name === 'schema.json') {
          const schema = apiSchema();
          if (!schema) return void res.writeHead(503, { 'retry-after': '1' }).end();
          if (schemaJson?.schema !== schema)
            schemaJson = {
              schema,
              body: JSON.stringify(introspectionFromSchema(schema, { descriptions: true })),
            };
          return send(req, res, TYPES['.json']!, schemaJson.body);
        }
        const file = files.get(name);
        if (!file)
          return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        send(req, res, TYPES[extname(name)]!, file);
      },
    },
  };
}
