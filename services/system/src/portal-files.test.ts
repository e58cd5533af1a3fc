import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LINK_ROUTES } from '@bc/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePortal } from './portal-files.ts';

let server: Server;
let base = '';
const dist = mkdtempSync(join(tmpdir(), 'bc-portal-'));

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>portal</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
  server = createServer((_req, res) => res.writeHead(299).end('gateway'));
  servePortal(server, dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the portal at the gateway origin (WEB-1)', () => {
  it('WEB-1 WEB-7 API paths, every signed-link prefix the gateway forwards, and non-GET requests reach the gateway unchanged', async () => {
    for (const path of [
      '/graphql',
      '/auth/refresh',
      // API-1: the token endpoint answers a GET itself (405), never with the SPA.
      '/oauth/token',
      '/downloads/x',
      '/exports/y',
      // Signed links (downloads, exports, signed copies): a browser GET must reach the gateway, not the SPA.
      ...Object.keys(LINK_ROUTES).map((prefix) => `${prefix}file?token=t`),
      '/health',
      '/ready',
      '/metrics',
    ]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(299);
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(299);
  });

  it('WEB-1 hashed assets are immutable; index.html is the SPA fallback and never cached', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const path of ['/', '/inventory', '/account/users', '/index.html']) {
      const page = await fetch(`${base}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(await page.text()).toContain('<title>portal</title>');
    }
    expect((await fetch(`${base}/robots.txt`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('WEB-1 a missing file is 404 and nothing outside the build is served', async () => {
    expect((await fetch(`${base}/assets/gone-123.js`)).status).toBe(404);
    for (const path of ['/..%2F..%2F..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd']) {
      const answer = await (await fetch(`${base}${path}`)).text();
      expect(answer, path).not.toContain('root:');
    }
  });
});
