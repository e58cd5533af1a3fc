import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  GATEWAY_TOKEN_HEADER,
  type RequestIdentity,
  type RouteHandler,
  readBody,
  type ServiceRuntime,
  sendJson,
  verifyIdentityToken,
} from '@bc/platform';
import type { TokenIssuer } from '../sign-in/tokens.ts';
import { issueClientToken, recordClientUse } from './api-clients.ts';

/** The token path on the gateway's origin (the gateway forwards it here). */
export const TOKEN_PATH = '/oauth/token';
/** Where the gateway reports each use of a client's token (never public: the gateway's signed identity only). */
export const USE_PATH = '/api-clients/used';
const MAX_BODY_BYTES = 4096;
const REALM = 'Basic realm="business-center", charset="UTF-8"';

type OAuthError = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope';

/** RFC 6749 §5.1/§5.2: JSON, never cached. */
function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('pragma', 'no-cache');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  sendJson(res, status, body);
}

function refuse(res: ServerResponse, error: OAuthError, description: string) {
  // §5.2: a failed client authentication is 401 with the scheme to use.
  if (error === 'invalid_client')
    return send(res, 401, { error, error_description: description }, { 'www-authenticate': REALM });
  send(res, 400, { error, error_description: description });
}

/** The identity the gateway signed for this request (its client address), or null when not through the gateway. */
async function gatewayIdentity(
  runtime: ServiceRuntime,
  req: IncomingMessage,
): Promise<RequestIdentity | null> {
  const header = req.headers[GATEWAY_TOKEN_HEADER];
  try {
    return await verifyIdentityToken(
      runtime.subgraphKey,
      runtime.name,
      Array.isArray(header) ? header[0] : header,
    );
  } catch {
    return null;
  }
}

/** RFC 6749 §2.3.1: `Basic base64(urlencode(id):urlencode(secret))`; null when malformed. */
function basicCredentials(header: string): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  try {
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { clientId: decode(decoded.slice(0, colon)), clientSecret: decode(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

/**
 * API-1: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) with `client_secret_basic` and
 * `client_secret_post`, form-encoded, errors as §5.2, `Cache-Control: no-store`. Reached only
 * through the gateway (its rate limits run first; its signed identity gives the client address).
 */
export function tokenRoutes(runtime: ServiceRuntime, tokens: TokenIssuer): Record<string, RouteHandler> {
  return {
    [TOKEN_PATH]: async (req, res) => {
      if (req.method !== 'POST') return send(res, 405, { error: 'invalid_request' }, { allow: 'POST' });
      const identity = await gatewayIdentity(runtime, req);
      if (!identity)
        return send(res, 401, { error: 'invalid_request', error_description: 'use the gateway' });
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/x-www-form-urlencoded')
        return refuse(res, 'invalid_request', 'send application/x-www-form-urlencoded');
      let body: string;
      try {
        body = await readBody(req, MAX_BODY_BYTES);
      } catch {
        return refuse(res, 'invalid_request', `the body is larger than ${MAX_BODY_BYTES} bytes`);
      }
      const form = new URLSearchParams(body);
      // §3.2: parameters must not repeat.
      const names = [...form.keys()];
      if (new Set(names).size !== names.length)
        return refuse(res, 'invalid_request', 'a parameter is repeated');
      const grantType = form.get('grant_type');
      if (!grantType) return refuse(res, 'invalid_request', 'grant_type is missing');
      if (grantType !== 'client_credentials')
        return send(res, 400, {
          error: 'unsupported_grant_type',
          error_description: 'only client_credentials',
        });
      const header = req.headers.authorization;
      const posted = form.has('client_id') || form.has('client_secret');
      // §2.3: one authentication method per request.
      if (header && posted) return refuse(res, 'invalid_request', 'use one client authentication method');
      const credentials = header
        ? basicCredentials(header)
        : posted
          ? { clientId: form.get('client_id') ?? '', clientSecret: form.get('client_secret') ?? '' }
          : null;
      if (!credentials?.clientId || !credentials.clientSecret)
        return refuse(res, 'invalid_client', 'client authentication failed');
      const scope = form.get('scope') ?? undefined;
      const result = await issueClientToken(
        { tx: runtime.tx, clock: runtime.clock, ids: runtime.ids, tokens },
        {
          ...credentials,
          scope,
          ...(identity.clientAddress ? { clientAddress: identity.clientAddress } : {}),
        },
      );
      if ('error' in result) return refuse(res, result.error, result.description);
      send(res, 200, {
        access_token: result.token,
        token_type: 'Bearer',
        expires_in: result.expiresIn,
        scope: result.scope,
      });
    },
    [USE_PATH]: async (req, res) => {
      const identity = await gatewayIdentity(runtime, req);
      const user = identity?.user;
      if (!identity || req.method !== 'POST' || !user?.client)
        return sendJson(res, 404, { error: 'not found' });
      let operation = '';
      try {
        operation = String(
          (JSON.parse(await readBody(req, MAX_BODY_BYTES)) as { operation?: unknown }).operation ?? '',
        );
      } catch {
        // The use counts without a name.
      }
      await recordClientUse(
        { tx: runtime.tx, clock: runtime.clock, ids: runtime.ids },
        {
          clientId: user.userId,
          organizationId: user.organizationId,
          operation,
          ...(identity.clientAddress ? { clientAddress: identity.clientAddress } : {}),
        },
      );
      res.statusCode = 204;
      res.end();
    },
  };
}
