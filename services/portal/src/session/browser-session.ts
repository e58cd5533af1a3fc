import { BrowserSession } from './session.ts';

/** The one session of this page, wired to the browser's fetch, clock, timers and cookies. */
export const browserSession = new BrowserSession({
  fetch: (url, init) => fetch(url, init),
  now: () => Date.now(),
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (timer) => window.clearTimeout(timer as number),
  cookies: () => document.cookie,
});
