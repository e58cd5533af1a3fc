/**
 * The browser side of the session contract (issue 15): the access token lives in this object only
 * (never in storage); the refresh token is the gateway's httpOnly cookie, used through
 * `POST /auth/refresh` with the double-submit CSRF header. Until the gateway serves `/auth/*` (404),
 * a session simply is not restored after a reload and sign-out falls back to the `signOut` mutation.
 */

/** Refresh this long before the access token expires (or at half its life when that is shorter). */
export const REFRESH_MARGIN_MS = 60_000;
export const CSRF_COOKIE = 'bc_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
/** Sent with every session-creating mutation: the gateway moves the refresh token into a cookie. */
export const SESSION_HEADER = { 'X-BC-Session': 'cookie' } as const;

export type SessionState = { status: 'restoring' } | { status: 'signed-out' } | { status: 'signed-in' };

export interface SessionDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** The document's cookies (`document.cookie`): only the CSRF cookie is readable, by design. */
  cookies: () => string;
}

export function cookieValue(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** When to refresh a token that expires at `expiresAt`, issued at `now` (ms since the epoch). */
export function refreshDelay(now: number, expiresAt: number): number {
  const life = expiresAt - now;
  return Math.max(0, life - Math.min(REFRESH_MARGIN_MS, life / 2));
}

export class BrowserSession {
  private token: { value: string; expiresAt: number } | null = null;
  private state: SessionState = { status: 'restoring' };
  private timer: unknown = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: SessionDeps) {}

  get current(): SessionState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A session-creating mutation answered (the refresh token, if the body still carries one, is dropped). */
  signedIn(accessToken: string, expiresInSeconds: number): void {
    this.accept(accessToken, this.deps.now() + expiresInSeconds * 1000);
  }

  /** The access token for the next request, refreshed first when it is about to expire. */
  async accessToken(): Promise<string | null> {
    if (this.token && this.deps.now() >= this.token.expiresAt - REFRESH_MARGIN_MS / 2) await this.refresh();
    return this.token?.value ?? null;
  }

  /** On load: a reload keeps the session when the refresh cookie is still good. */
  restore(): Promise<boolean> {
    return this.refresh();
  }

  /**
   * `POST /auth/refresh`; a refusal (401 twice, 403, or 404 from a gateway without `/auth`) signs out
   * locally. Concurrent callers share one request.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.callRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async callRefresh(): Promise<boolean> {
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        const response = await this.deps.fetch('/auth/refresh', {
          method: 'POST',
          credentials: 'same-origin',
          headers: this.csrfHeaders(),
        });
        if (response.ok) {
          const body = (await response.json()) as { accessToken: string; expiresAt: string };
          this.accept(body.accessToken, Date.parse(body.expiresAt));
          return true;
        }
        // Another tab may have just rotated the cookies (a refresh token works once): one more try
        // with the cookies it set. Anything else (403, 404) is final.
        if (response.status !== 401) break;
      } catch {
        // Offline or the gateway is down: the person signs in again.
        break;
      }
    }
    this.clear();
    return false;
  }

  /** Ends the session at the gateway (cookie revoked and cleared), then forgets the token. */
  async signOut(withoutCookie: (accessToken: string) => Promise<unknown>): Promise<void> {
    const token = this.token?.value;
    try {
      const response = await this.deps.fetch('/auth/sign-out', {
        method: 'POST',
        credentials: 'same-origin',
        headers: this.csrfHeaders(),
      });
      // Before the gateway serves /auth/*, the session is ended through the API itself.
      if (response.status === 404 && token) await withoutCookie(token);
    } catch {
      if (token) await withoutCookie(token).catch(() => {});
    }
    this.clear();
  }

  private csrfHeaders(): Record<string, string> {
    const csrf = cookieValue(this.deps.cookies(), CSRF_COOKIE);
    return csrf ? { [CSRF_HEADER]: csrf } : {};
  }

  private accept(value: string, expiresAt: number): void {
    this.token = { value, expiresAt };
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = this.deps.setTimer(() => void this.refresh(), refreshDelay(this.deps.now(), expiresAt));
    this.set({ status: 'signed-in' });
  }

  private clear(): void {
    this.token = null;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
    this.set({ status: 'signed-out' });
  }

  private set(state: SessionState): void {
    if (this.state.status === state.status) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
