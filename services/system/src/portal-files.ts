import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINK_ROUTES } from '@bc/gateway';

/**
 * The built portal (`@bc/portal`, services/portal/dist) at the gateway's own origin, so the browser
 * talks to `/graphql`, `/auth` and the signed links (`/downloads`, `/exports`, `/documents`) without CORS. Used by `pnpm start` and the
 * browser tier; in Kubernetes the portal is its own image behind the same host (infra/).
 */
export const PORTAL_DIR = fileURLToPath(new URL('../../portal/', import.meta.url));
export const PORTAL_DIST = join(PORTAL_DIR, 'dist');

/**
 * Paths the gateway answers itself; every other GET is the portal's (a file, or the SPA's index.html).
 * The signed-link prefixes come from the gateway's own list, so a new kind of link is never swallowed.
 */
const LINK_PREFIXES = Object.keys(LINK_ROUTES).map((prefix) => prefix.replace(/^\/|\/$/g, ''));
const API_PATHS = new RegExp(
  `^/(${['graphql', 'graphiql', 'auth', 'oauth', ...LINK_PREFIXES, 'health', 'ready', 'metrics', '\\.well-known'].join('|')})(/|$)`,
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Same-origin only: scripts, styles and API calls from this origin; never framed (clickjacking). */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** The newest modification time under a folder (the portal's sources). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === '__generated__' || entry === 'node_modules') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** Builds the portal (vite build) when its dist is missing or older than its sources. */
export function ensurePortalBuilt(log: (line: string) => void = console.log): void {
  const index = join(PORTAL_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(PORTAL_DIR, p));
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > Math.max(...sources.filter(existsSync).map(newest))) return;
  log('Building the portal (pnpm --filter @bc/portal build)…');
  const result = spawnSync('pnpm', ['--filter', '@bc/portal', 'build'], {
    cwd: join(PORTAL_DIR, '../..'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('the portal build failed: run `pnpm --filter @bc/portal build`');
}

function send(req: IncomingMessage, res: ServerResponse, file: string, cache: string): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': cache,
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** A file inside `dist` for a URL path, or null (missing, a folder, or outside dist). */
function fileFor(dist: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = normalize(join(dist, decoded));
  if (!file.startsWith(dist + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Puts the portal in front of the gateway's own request handler, on the same server: GET and HEAD of a
 * non-API path get a file of the build (hashed `/assets/*` cached for a year, immutable), or
 * index.html (never cached) for the SPA's own routes; everything else goes to the gateway unchanged.
 */
export function servePortal(server: Server, dist: string = PORTAL_DIST): void {
  const root = normalize(dist);
  const index = join(root, 'index.html');
  const gateway = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(pathname)) {
      for (const handler of gateway) handler(req, res);
      return;
    }
    const file = fileFor(root, pathname);
    if (file && file !== index) {
      const hashed = pathname.startsWith('/assets/');
      send(req, res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    } else if (!file && extname(pathname)) {
      // A missing file (an old asset name) is a 404, not the app: a script must not get HTML.
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    } else if (existsSync(index)) send(req, res, index, 'no-cache');
    else res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('the portal is not built');
  });
}
