import { codeOf, gql, PASSWORD, registerCustomer, SIGN_IN } from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

// The browser-session contract (issue 15): the refresh token lives in an HttpOnly cookie scoped to
// /auth, a readable CSRF cookie is sent back as X-CSRF-Token (double submit), the portal keeps only
// the access token. Plain fetch with the cookies handled by hand, as a browser would send them.

const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;
const origin = () => new URL(ctx.system.gatewayUrl).origin;
const workAccount = () => customer.admin.user.workAccount;

interface Cookie {
  name: string;
  value: string;
  attributes: string[];
}

/** Set-Cookie lines as name, value and the attributes in order (`Max-Age=86400`, `HttpOnly`, …). */
function cookiesOf(res: Response): Record<string, Cookie> {
  return Object.fromEntries(
    res.headers.getSetCookie().map((line) => {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      return [name, { name, value: pair!.slice(eq + 1), attributes }];
    }),
  );
}

interface SignInBody {
  data?: { signIn?: { accessToken: string; refreshToken: string } };
}

interface BrowserSession {
  accessToken: string;
  refresh: string;
  csrf: string;
}

/** Signs in as the portal does: X-BC-Session: cookie. */
async function browserSignIn(): Promise<BrowserSession & { res: Response; body: SignInBody }> {
  const res = await fetch(ctx.system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bc-session': 'cookie', origin: origin() },
    body: JSON.stringify({
      query: SIGN_IN,
      variables: { input: { workAccount: workAccount(), password: PASSWORD } },
    }),
  });
  const body = (await res.json()) as SignInBody;
  const cookies = cookiesOf(res);
  return {
    res,
    body,
    accessToken: body.data?.signIn?.accessToken ?? '',
    refresh: cookies.bc_refresh?.value ?? '',
    csrf: cookies.bc_csrf?.value ?? '',
  };
}

/** POST /auth/<path> with the cookies a browser would send there and the given headers. */
const auth = (
  path: 'refresh' | 'sign-out',
  cookies: Partial<BrowserSession>,
  headers: Record<string, string> = {},
) =>
  fetch(`${origin()}/auth/${path}`, {
    method: 'POST',
    headers: {
      cookie: [
        cookies.refresh !== undefined ? `bc_refresh=${cookies.refresh}` : '',
        cookies.csrf !== undefined ? `bc_csrf=${cookies.csrf}` : '',
      ]
        .filter(Boolean)
        .join('; '),
      ...headers,
    },
  });

const withCsrf = (session: BrowserSession) => ({ 'x-csrf-token': session.csrf });

beforeAll(async () => {
  customer = await registerCustomer(ctx.system);
});

describe('WEB-1 ACC-4 sessions in a browser', () => {
  it('WEB-1 ACC-4 a Session field asked for with X-BC-Session: cookie leaves the refresh token out of the body and sets bc_refresh and bc_csrf exactly as the contract says', async () => {
    const signedIn = await browserSignIn();
    expect(signedIn.res.status).toBe(200);
    expect(signedIn.body.data?.signIn?.refreshToken).toBe('');
    expect(signedIn.accessToken).toBeTruthy();
    const cookies = cookiesOf(signedIn.res);
    expect(cookies.bc_refresh?.value).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(cookies.bc_refresh?.attributes).toEqual([
      'Max-Age=86400',
      'Path=/auth',
      'HttpOnly',
      'Secure',
      'SameSite=Strict',
    ]);
    expect(cookies.bc_csrf?.value).toMatch(/^[A-Za-z0-9_.-]{40,}$/);
    expect(cookies.bc_csrf?.attributes).toEqual(['Max-Age=86400', 'Path=/', 'Secure', 'SameSite=Strict']);

    // The class: every field of type Session, whatever its alias (here refreshSession, aliased).
    const plain = await gql<{ signIn: { refreshToken: string } }>(ctx.system.gatewayUrl, SIGN_IN, {
      input: { workAccount: workAccount(), password: PASSWORD },
    });
    const res = await fetch(ctx.system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bc-session': 'cookie' },
      body: JSON.stringify({
        query:
          'mutation($t: String!) { renewed: refreshSession(refreshToken: $t) { token: refreshToken accessToken } }',
        variables: { t: plain.data!.signIn.refreshToken },
      }),
    });
    const body = (await res.json()) as { data: { renewed: { token: string; accessToken: string } } };
    expect(body.data.renewed.token).toBe('');
    expect(body.data.renewed.accessToken).toBeTruthy();
    expect(cookiesOf(res).bc_refresh?.value).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('WEB-1 ACC-4 without X-BC-Session nothing changes: the refresh token is in the body and no cookie is set', async () => {
    const res = await fetch(ctx.system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { workAccount: workAccount(), password: PASSWORD } },
      }),
    });
    const body = (await res.json()) as { data: { signIn: { refreshToken: string } } };
    expect(body.data.signIn.refreshToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('WEB-1 ACC-4 POST /auth/refresh with the CSRF header gives a new access token and rotates both cookies; the old refresh cookie is refused after use', async () => {
    const { system, clock } = ctx;
    const session = await browserSignIn();
    const res = await auth('refresh', session, {
      ...withCsrf(session),
      origin: origin(),
      'sec-fetch-site': 'same-origin',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { accessToken: string; expiresAt: string };
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresAt']);
    const lifetime = Date.parse(body.expiresAt) - clock.now().getTime();
    expect(lifetime).toBeGreaterThan(598_000);
    expect(lifetime).toBeLessThanOrEqual(600_000);
    const me = await gql<{ me: { workAccount: string } }>(
      system.gatewayUrl,
      '{ me { workAccount } }',
      {},
      body.accessToken,
    );
    expect(me.data?.me.workAccount).toBe(workAccount());
    const rotated = cookiesOf(res);
    expect(rotated.bc_refresh?.value).toBeTruthy();
    expect(rotated.bc_refresh?.value).not.toBe(session.refresh);
    expect(rotated.bc_refresh?.attributes).toEqual([
      'Max-Age=86400',
      'Path=/auth',
      'HttpOnly',
      'Secure',
      'SameSite=Strict',
    ]);
    expect(rotated.bc_csrf?.value).toBeTruthy();
    expect(rotated.bc_csrf?.value).not.toBe(session.csrf);
    // The old refresh cookie was used up.
    const reused = await auth('refresh', session, withCsrf(session));
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    // The new pair works once more.
    const next = { refresh: rotated.bc_refresh!.value, csrf: rotated.bc_csrf!.value };
    expect((await auth('refresh', next, { 'x-csrf-token': next.csrf })).status).toBe(200);
  });

  it("WEB-1 ACC-4 /auth/refresh without, with a wrong or another session's CSRF token, or from another site is 403 CSRF; without a refresh cookie or with an expired one 401", async () => {
    const session = await browserSignIn();
    const other = await browserSignIn();
    const refusals: [Record<string, string>, Partial<BrowserSession>][] = [
      [{}, session],
      [{ 'x-csrf-token': 'wrong' }, session],
      [{ 'x-csrf-token': `${session.csrf}x` }, session],
      // A CSRF pair planted by another session (cookie injection) does not fit this refresh cookie.
      [withCsrf(other), { refresh: session.refresh, csrf: other.csrf }],
      [{ ...withCsrf(session), origin: 'https://evil.example' }, session],
      [{ ...withCsrf(session), 'sec-fetch-site': 'cross-site' }, session],
      [{ ...withCsrf(session), 'sec-fetch-site': 'same-site' }, session],
    ];
    for (const [headers, cookies] of refusals) {
      const res = await auth('refresh', cookies, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'CSRF' } });
    }
    const noSession = await auth('refresh', {}, withCsrf(session));
    expect(noSession.status).toBe(401);
    expect(await noSession.json()).toMatchObject({
      error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
    });
    // A refresh cookie past its day (its CSRF pair still fits) is 401 too.
    const expiring = await browserSignIn();
    const start = ctx.clock.now();
    try {
      ctx.clock.advance(86_400_000);
      const expired = await auth('refresh', expiring, withCsrf(expiring));
      expect(expired.status).toBe(401);
      expect(await expired.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    } finally {
      ctx.clock.set(start);
    }
    // None of the refusals used the session up.
    expect((await auth('refresh', session, withCsrf(session))).status).toBe(200);
  });

  it('WEB-1 ACC-4 POST /auth/sign-out ends the session: 204, both cookies cleared, the refresh cookie and every access token of the session refused', async () => {
    const { system } = ctx;
    const session = await browserSignIn();
    // An access token from a refresh belongs to the same session as the one from sign-in.
    const refreshed = await auth('refresh', session, withCsrf(session));
    const rotated = cookiesOf(refreshed);
    const next = { refresh: rotated.bc_refresh!.value, csrf: rotated.bc_csrf!.value };
    const tokens = [session.accessToken, ((await refreshed.json()) as { accessToken: string }).accessToken];
    for (const token of tokens)
      expect(codeOf(await gql(system.gatewayUrl, '{ me { id } }', {}, token))).toBeNull();

    expect((await auth('sign-out', next, {})).status).toBe(403);
    const out = await auth('sign-out', next, { 'x-csrf-token': next.csrf });
    expect(out.status).toBe(204);
    const cleared = cookiesOf(out);
    expect(cleared.bc_refresh).toEqual({
      name: 'bc_refresh',
      value: '',
      attributes: ['Max-Age=0', 'Path=/auth', 'HttpOnly', 'Secure', 'SameSite=Strict'],
    });
    expect(cleared.bc_csrf).toEqual({
      name: 'bc_csrf',
      value: '',
      attributes: ['Max-Age=0', 'Path=/', 'Secure', 'SameSite=Strict'],
    });
    expect((await auth('refresh', next, { 'x-csrf-token': next.csrf })).status).toBe(401);
    for (const token of tokens)
      expect(codeOf(await gql(system.gatewayUrl, '{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    // Signing out again, or with no session at all, is still 204.
    expect((await auth('sign-out', next, { 'x-csrf-token': next.csrf })).status).toBe(204);
    expect((await auth('sign-out', {}, {})).status).toBe(204);
  });

  it('GW-2 WEB-1 CORS is closed by default: a preflight from another origin is refused clearly (403 CORS, no Allow-Origin), not with a GraphQL 400', async () => {
    const res = await fetch(ctx.system.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://tools.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toMatchObject({ error: { code: 'CORS' } });
  });
});
