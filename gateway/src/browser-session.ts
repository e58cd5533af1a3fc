import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import {
  type AccessTokenVerifier,
  type Logger,
  REFRESH_TOKEN_TTL_SECONDS,
  type RequestIdentity,
  type RouteHandler,
  requestIdFrom,
  sendJson,
} from '@bc/platform/edge';
import { parseCookie, type SetCookie, stringifySetCookie } from 'cookie';
import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, SelectionSetNode } from 'graphql';
import { decodeJwt } from 'jose';

/**
 * Issue 15 (WEB-1, ACC-4): sessions in a browser, after OWASP's Session Management and CSRF
 * Prevention cheat sheets. The refresh token never reaches the page's JavaScript: it lives in an
 * HttpOnly cookie sent only to /auth; the page keeps the short access token in memory and restores it
 * with POST /auth/refresh. Cookie-authenticated calls carry a signed double-submit CSRF token.
 */
export const SESSION_MODE_HEADER = 'x-bc-session';
export const REFRESH_COOKIE = 'bc_refresh';
export const CSRF_COOKIE = 'bc_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The context part a cookie-mode request (`X-BC-Session: cookie`) adds: where its cookies go. */
export interface BrowserSessionContext {
  browser?: { setCookies(lines: string[]): void };
}

// Secure always: Chromium and Firefox take Secure cookies over http://127.0.0.1 and http://localhost
// too (potentially trustworthy origins), so development needs no exception.
const REFRESH_ATTRIBUTES = { path: '/auth', httpOnly: true, secure: true, sameSite: 'strict' } as const;
const CSRF_ATTRIBUTES = { path: '/', secure: true, sameSite: 'strict' } as const;

const line = (cookie: SetCookie) => stringifySetCookie(cookie);

/** Signed double submit: random.HMAC(key, refresh token + random), so a planted cookie fits no session. */
function csrfToken(key: string, refreshToken: string, random = randomBytes(32).toString('base64url')) {
  return `${random}.${createHmac('sha256', key).update(`${refreshToken}.${random}`).digest('base64url')}`;
}

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The header equals the cookie, and the cookie was made for this refresh token. */
function csrfValid(key: string, refreshToken: string, cookie: string | undefined, header: unknown): boolean {
  if (!cookie || typeof header !== 'string' || !sameText(cookie, header)) return false;
  const random = cookie.split('.')[0] ?? '';
  return random.length > 0 && sameText(cookie, csrfToken(key, refreshToken, random));
}

/** The Set-Cookie lines of a session: the refresh token and a CSRF token made for it. */
export function sessionCookies(key: string, refreshToken: string): string[] {
  return [
    line({
      name: REFRESH_COOKIE,
      value: refreshToken,
      maxAge: REFRESH_TOKEN_TTL_SECONDS,
      ...REFRESH_ATTRIBUTES,
    }),
    line({
      name: CSRF_COOKIE,
      value: csrfToken(key, refreshToken),
      maxAge: REFRESH_TOKEN_TTL_SECONDS,
      ...CSRF_ATTRIBUTES,
    }),
  ];
}

export const clearedCookies = (): string[] => [
  line({ name: REFRESH_COOKIE, value: '', maxAge: 0, ...REFRESH_ATTRIBUTES }),
  line({ name: CSRF_COOKIE, value: '', maxAge: 0, ...CSRF_ATTRIBUTES }),
];

interface TypeLike {
  name: string;
  getFields?: () => Record<string, { type: unknown }>;
}

/** The named type under lists and non-nulls (by shape: Apollo's schema may come from another graphql copy). */
function namedType(type: unknown): TypeLike {
  let current = type as { ofType?: unknown };
  while (current.ofType) current = current.ofType as { ofType?: unknown };
  return current as unknown as TypeLike;
}

/**
 * The response keys (aliases or names) of every field of type Session in a document, and of
 * Session.refreshToken: whatever the mutation (signIn, refreshSession, the invitation sign-ups, any
 * later one) and however aliased, its refresh token is found. Walked by hand rather than with
 * graphql's TypeInfo, whose instanceof checks fail on a schema built by another copy of graphql.
 */
export function sessionFieldKeys(document: DocumentNode, schema: GraphQLSchema) {
  const sessions = new Set<string>();
  const refreshTokens = new Set<string>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: TypeLike | null | undefined) => {
    if (!parent) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        if (parent.name === 'Session' && selection.name.value === 'refreshToken') refreshTokens.add(key);
        const field = parent.getFields?.()[selection.name.value];
        if (!field) continue;
        const type = namedType(field.type);
        if (type.name === 'Session') sessions.add(key);
        if (selection.selectionSet) walk(selection.selectionSet, type);
      } else if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition?.name.value;
        walk(
          selection.selectionSet,
          condition ? (schema.getType(condition) as TypeLike | undefined) : parent,
        );
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        walk(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value) as TypeLike | undefined,
        );
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition') continue;
    const root =
      definition.operation === 'query'
        ? schema.getQueryType()
        : definition.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    walk(definition.selectionSet, root as TypeLike | null | undefined);
  }
  return { sessions, refreshTokens };
}

/** Takes the refresh tokens out of a result (they become ''), in the order found. */
export function takeRefreshTokens(data: unknown, keys: ReturnType<typeof sessionFieldKeys>): string[] {
  const taken: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    for (const sessionKey of keys.sessions) {
      const session = object[sessionKey];
      if (!session || typeof session !== 'object' || Array.isArray(session)) continue;
      for (const tokenKey of keys.refreshTokens) {
        const token = (session as Record<string, unknown>)[tokenKey];
        if (typeof token === 'string' && token) {
          taken.push(token);
          (session as Record<string, unknown>)[tokenKey] = '';
        }
      }
    }
    for (const child of Object.values(object)) walk(child);
  };
  walk(data);
  return taken;
}

/** The cookie mode of /graphql: the refresh token of any Session leaves as cookies, not in the body. */
export function sessionCookiePlugin<Ctx extends BrowserSessionContext>(
  csrfKey: string,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.browser) return;
      return {
        async willSendResponse({ response, document, schema }) {
          if (response.body.kind !== 'single' || !document || !response.body.singleResult.data) return;
          const keys = sessionFieldKeys(document, schema);
          if (keys.sessions.size === 0 || keys.refreshTokens.size === 0) return;
          const last = takeRefreshTokens(response.body.singleResult.data, keys).at(-1);
          if (last) contextValue.browser?.setCookies(sessionCookies(csrfKey, last));
        },
      };
    },
  };
}

/** The cookie-mode part of a /graphql request's context: only when the page asks for it. */
export function browserContext(req: IncomingMessage, res: ServerResponse): BrowserSessionContext {
  if (String(req.headers[SESSION_MODE_HEADER] ?? '').toLowerCase() !== 'cookie') return {};
  return {
    browser: {
      setCookies: (lines) => {
        res.appendHeader('set-cookie', lines);
        res.setHeader('cache-control', 'no-store');
      },
    },
  };
}

type Execute = (
  query: string,
  variables: Record<string, unknown>,
  identity: RequestIdentity,
) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}>;

/** Runs one operation through the gateway's own pipeline (plugins, limits, logs), as `identity`. */
export function executorOf<Ctx extends { identity: RequestIdentity }>(apollo: ApolloServer<Ctx>): Execute {
  return async (query, variables, identity) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: { identity } as Ctx },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental result');
    return response.body.singleResult as Awaited<ReturnType<Execute>>;
  };
}

const REFRESH = `mutation BrowserRefresh($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const SIGN_OUT = 'mutation BrowserSignOut { signOut }';

function refuse(res: ServerResponse, status: number, code: string, message: string) {
  res.setHeader('cache-control', 'no-store');
  sendJson(res, status, { error: { code, message } });
}

/**
 * OWASP "verifying origin with standard headers": a browser's own POST says Sec-Fetch-Site:
 * same-origin and an Origin of this host (or of the configured public URL). Absent headers (older
 * browsers, tools) leave the decision to the double-submit token.
 */
function fromThisSite(req: IncomingMessage, publicOrigin: string | undefined): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (publicOrigin && origin === publicOrigin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** POST /auth/refresh and POST /auth/sign-out (the contract's items 2 and 3). */
export function authRoutes(deps: {
  csrfKey: string;
  publicOrigin?: string;
  execute: Execute;
  verifyAccessToken: AccessTokenVerifier;
  identityOf: (req: IncomingMessage, requestId: string) => Omit<RequestIdentity, 'user'>;
  logger: Logger;
}): Record<string, RouteHandler> {
  /** The refresh cookie of a POST from this site, or the refusal already sent. */
  const guarded = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      refuse(res, 405, 'METHOD_NOT_ALLOWED', 'use POST');
      return null;
    }
    if (!fromThisSite(req, deps.publicOrigin)) {
      refuse(res, 403, 'CSRF', 'cross-site request refused');
      return null;
    }
    const cookies = parseCookie(req.headers.cookie ?? '');
    return { refresh: cookies[REFRESH_COOKIE], csrf: cookies[CSRF_COOKIE] };
  };
  const csrfRefused = (res: ServerResponse) =>
    refuse(res, 403, 'CSRF', `send the ${CSRF_COOKIE} cookie's value in the X-CSRF-Token header`);

  /** Rotates the session: the new access token and refresh token, or the refusal's code and message. */
  const rotate = async (req: IncomingMessage, refresh: string) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const result = await deps.execute(
      REFRESH,
      { t: refresh },
      { user: null, ...deps.identityOf(req, requestId) },
    );
    const session = result.data?.refreshSession as { accessToken: string; refreshToken: string } | undefined;
    if (session) return { session, requestId };
    const error = result.errors?.[0];
    return {
      error: {
        code: String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
        message: error?.message ?? '',
      },
      requestId,
    };
  };

  return {
    '/auth/refresh': async (req, res) => {
      const cookies = guarded(req, res);
      if (!cookies) return;
      if (!cookies.refresh) return refuse(res, 401, 'UNAUTHENTICATED', 'no session; sign in');
      if (!csrfValid(deps.csrfKey, cookies.refresh, cookies.csrf, req.headers[CSRF_HEADER]))
        return csrfRefused(res);
      const rotated = await rotate(req, cookies.refresh);
      if (!rotated.session) {
        const { code, message } = rotated.error!;
        const status = code === 'UNAUTHENTICATED' ? 401 : code === 'TOO_MANY_REQUESTS' ? 429 : 500;
        return refuse(res, status, code, status === 401 ? 'the session has ended; sign in again' : message);
      }
      const { accessToken, refreshToken } = rotated.session;
      res.appendHeader('set-cookie', sessionCookies(deps.csrfKey, refreshToken));
      res.setHeader('cache-control', 'no-store');
      sendJson(res, 200, {
        accessToken,
        expiresAt: new Date(decodeJwt(accessToken).exp! * 1000).toISOString(),
      });
    },
    '/auth/sign-out': async (req, res) => {
      const cookies = guarded(req, res);
      if (!cookies) return;
      if (cookies.refresh) {
        if (!csrfValid(deps.csrfKey, cookies.refresh, cookies.csrf, req.headers[CSRF_HEADER]))
          return csrfRefused(res);
        // The gateway holds only the refresh token: it is exchanged for an access token of the same
        // session (accounts keeps the session id across refreshes), which then signs the session out,
        // ending every access token and signed link it issued (ACC-4).
        const rotated = await rotate(req, cookies.refresh);
        if (rotated.session) {
          const verified = await deps.verifyAccessToken(rotated.session.accessToken);
          if ('user' in verified) {
            const out = await deps.execute(
              SIGN_OUT,
              {},
              { user: verified.user, ...deps.identityOf(req, rotated.requestId) },
            );
            if (out.errors?.length) throw new Error(`sign-out failed: ${out.errors[0]!.message}`);
          }
        }
      }
      res.appendHeader('set-cookie', clearedCookies());
      res.setHeader('cache-control', 'no-store');
      res.writeHead(204).end();
    },
  };
}
