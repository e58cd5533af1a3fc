import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@bc/platform/edge';
import cors from 'cors';

/** What a listed web tool may send to /graphql: a bearer token, JSON, Apollo's headers. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

/** How long a browser may reuse a preflight answer (seconds). */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * CORS (issue 15): closed unless `BC_CORS_ORIGINS` lists an origin exactly, and then for /graphql
 * only, without credentials (tools send a bearer token; the session cookies stay same-origin: /auth
 * and the signed links never answer another origin). A preflight that is not allowed gets a clear
 * 403 `CORS` instead of reaching GraphQL (which would answer 400). Returns the platform's intercept:
 * true when it has answered.
 */
export function corsGuard(origins: readonly string[]) {
  const listed = new Set(origins);
  const allow = cors({
    origin: [...listed],
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    credentials: false,
    maxAge: CORS_MAX_AGE_SECONDS,
  });
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    const origin = req.headers.origin;
    if (!origin) return false;
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (url.pathname === '/graphql' && listed.has(origin)) {
      let answered = true;
      // Synchronous for a list of origins: a preflight is answered (204), anything else continues.
      allow(req as never, res as never, () => {
        answered = false;
      });
      return answered;
    }
    if (!preflight) return false;
    sendJson(res, 403, {
      error: {
        code: 'CORS',
        message: `cross-origin requests from ${origin} to ${url.pathname} are not allowed`,
      },
    });
    return true;
  };
}

/** `BC_CORS_ORIGINS`: comma-separated exact origins (`https://tools.example`, no path); bad ones are named. */
export function parseCorsOrigins(value: string | undefined): string[] | { invalid: string[] } {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = entries.filter((entry) => {
    try {
      const url = new URL(entry);
      return url.origin !== entry || !/^https?:$/.test(url.protocol);
    } catch {
      return true;
    }
  });
  return invalid.length ? { invalid } : entries;
}
