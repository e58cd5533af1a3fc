import { describe, expect, it } from 'vitest';
import { BrowserSession, cookieValue, REFRESH_MARGIN_MS, refreshDelay } from './session.ts';

function harness(responses: Record<string, () => Response>) {
  let now = Date.UTC(2026, 0, 1);
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const timers: { run: () => void; at: number }[] = [];
  const session = new BrowserSession({
    fetch: async (url, init) => {
      calls.push({ url, headers: (init.headers ?? {}) as Record<string, string> });
      const answer = responses[url];
      return answer ? answer() : new Response(null, { status: 404 });
    },
    now: () => now,
    setTimer: (run, ms) => timers.push({ run, at: now + ms }),
    clearTimer: () => {},
    cookies: () => 'theme=x; bc_csrf=abc%3D1',
  });
  return {
    session,
    calls,
    timers,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

const refreshed = (expiresAt: string) => () =>
  Response.json({ accessToken: `token-${expiresAt}`, expiresAt }, { status: 200 });

describe('browser session (WEB-1, issue 15 contract)', () => {
  it('WEB-1 reads only the named cookie', () => {
    expect(cookieValue('a=1; bc_csrf=x%2By; b=2', 'bc_csrf')).toBe('x+y');
    expect(cookieValue('a=1', 'bc_csrf')).toBeUndefined();
  });

  it('WEB-1 refreshes a minute before expiry, or at half life for short tokens', () => {
    expect(refreshDelay(0, 600_000)).toBe(600_000 - REFRESH_MARGIN_MS);
    expect(refreshDelay(0, 60_000)).toBe(30_000);
    expect(refreshDelay(10, 0)).toBe(0);
  });

  it('WEB-1 restores a session on load with the CSRF header and schedules the next refresh', async () => {
    const h = harness({ '/auth/refresh': refreshed('2026-01-01T00:10:00.000Z') });
    expect(h.session.current.status).toBe('restoring');
    expect(await h.session.restore()).toBe(true);
    expect(h.session.current.status).toBe('signed-in');
    expect(h.calls[0]).toEqual({ url: '/auth/refresh', headers: { 'X-CSRF-Token': 'abc=1' } });
    expect(await h.session.accessToken()).toBe('token-2026-01-01T00:10:00.000Z');
    expect(h.timers.at(-1)!.at).toBe(Date.parse('2026-01-01T00:09:00.000Z'));
  });

  it('WEB-1 a refused or missing refresh endpoint (401, 403, 404) leaves the person signed out', async () => {
    for (const status of [401, 403, 404]) {
      const h = harness({ '/auth/refresh': () => new Response('{}', { status }) });
      expect(await h.session.restore()).toBe(false);
      expect(h.session.current.status).toBe('signed-out');
      expect(await h.session.accessToken()).toBeNull();
    }
  });

  it('WEB-1 a 401 is tried once more (another tab rotated the cookie); a 403 is not', async () => {
    const answers = [401, 200];
    const h = harness({
      '/auth/refresh': () =>
        answers.shift() === 401
          ? new Response('{}', { status: 401 })
          : refreshed('2026-01-01T00:10:00.000Z')(),
    });
    expect(await h.session.restore()).toBe(true);
    expect(h.calls).toHaveLength(2);
    const twice = harness({ '/auth/refresh': () => new Response('{}', { status: 401 }) });
    expect(await twice.session.restore()).toBe(false);
    expect(twice.calls).toHaveLength(2);
    const csrf = harness({ '/auth/refresh': () => new Response('{}', { status: 403 }) });
    expect(await csrf.session.restore()).toBe(false);
    expect(csrf.calls).toHaveLength(1);
  });

  it('WEB-1 a token about to expire is refreshed before it is used, once for concurrent callers', async () => {
    const h = harness({ '/auth/refresh': refreshed('2026-01-01T00:20:00.000Z') });
    h.session.signedIn('first', 600);
    expect(await h.session.accessToken()).toBe('first');
    h.advance(600_000 - 10_000);
    const [a, b] = await Promise.all([h.session.accessToken(), h.session.accessToken()]);
    expect([a, b]).toEqual(['token-2026-01-01T00:20:00.000Z', 'token-2026-01-01T00:20:00.000Z']);
    expect(h.calls.filter((c) => c.url === '/auth/refresh')).toHaveLength(1);
  });

  it('WEB-1 sign-out posts to /auth/sign-out, and uses the signOut mutation only while that is missing', async () => {
    const ended: string[] = [];
    const withCookie = harness({ '/auth/sign-out': () => new Response(null, { status: 204 }) });
    withCookie.session.signedIn('t1', 600);
    await withCookie.session.signOut(async (token) => ended.push(token));
    expect(withCookie.calls[0]).toEqual({ url: '/auth/sign-out', headers: { 'X-CSRF-Token': 'abc=1' } });
    expect(ended).toEqual([]);
    expect(withCookie.session.current.status).toBe('signed-out');

    const without = harness({});
    without.session.signedIn('t2', 600);
    await without.session.signOut(async (token) => ended.push(token));
    expect(ended).toEqual(['t2']);
    expect(await without.session.accessToken()).toBeNull();
  });
});
