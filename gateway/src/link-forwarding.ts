import { pipeline } from 'node:stream/promises';
import { type RouteHandler, requestIdFrom, sendJson } from '@bc/platform/edge';
import { type Dispatcher, request } from 'undici';

/**
 * Issue 15 (WEB-6, WEB-9): the signed links are on the gateway's public origin and the gateway passes
 * them to the subgraph that serves them, by path prefix. The subgraph's address comes from the
 * supergraph (or its `BC_SUBGRAPH_URL_<NAME>` override), like every GraphQL fetch.
 */
export const LINK_ROUTES = {
  '/downloads/': 'inventory',
  '/exports/': 'reporting',
  '/documents/': 'agreements',
} as const;

/** What the browser needs of the subgraph's answer (a file and how to save it), nothing else. */
const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'x-report-warning',
  'allow',
];

/** GET and HEAD only; the link's token (in the query) is checked by the subgraph itself. */
export function linkForwarding(deps: {
  subgraphUrl: (name: string) => string | undefined;
  agent: Dispatcher;
}): Record<string, RouteHandler> {
  return Object.fromEntries(
    Object.entries(LINK_ROUTES).map(([prefix, subgraph]) => [
      prefix,
      (async (req, res, url) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.setHeader('allow', 'GET, HEAD');
          return sendJson(res, 405, { error: 'open the link with GET' });
        }
        const base = deps.subgraphUrl(subgraph)?.replace(/\/graphql$/, '');
        if (!base) return sendJson(res, 404, { error: 'not found' });
        const answer = await request(`${base}${url.pathname}${url.search}`, {
          method: req.method,
          dispatcher: deps.agent,
          headers: { 'x-request-id': requestIdFrom(res.getHeader('x-request-id') as string | undefined) },
        });
        res.statusCode = answer.statusCode;
        for (const name of PASSED_HEADERS) {
          const value = answer.headers[name];
          if (value !== undefined) res.setHeader(name, value);
        }
        // Streams the file (a 10,000-row export is written as it is read); a client gone away ends it.
        await pipeline(answer.body, res);
      }) satisfies RouteHandler,
    ]),
  );
}
