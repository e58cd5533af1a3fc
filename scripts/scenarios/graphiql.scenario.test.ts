import { describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

/**
 * API-4 (issue 17, a GraphQL IDE for tool builders): GraphiQL at GET /graphiql from this origin's own
 * files, with the schema's descriptions; on in development, elsewhere only with BC_GRAPHIQL=true. The
 * system runs in production mode, so it also proves the page works with introspection off. That it is
 * not served by default in production is checked on production.scenario.test.ts's system (one system
 * start less per tier).
 */
type Ctx = ReturnType<typeof useSystem>;
const get = (ctx: Ctx, path: string) => fetch(new URL(path, ctx.system.gatewayUrl));

/** Every URL a document names (HTML src/href, CSS url()), as written. */
function referencedUrls(text: string): string[] {
  const html = [...text.matchAll(/\b(?:src|href)\s*=\s*"([^"]+)"/g)].map((m) => m[1]!);
  const css = [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!);
  return [...html, ...css];
}

describe('API-4 GraphiQL where enabled (BC_GRAPHIQL=true in production)', () => {
  const ctx = useSystem({ production: true, env: { BC_GRAPHIQL: 'true' } });

  it('API-4 GET /graphiql serves the page with a same-origin Content-Security-Policy', async () => {
    const res = await get(ctx, '/graphiql');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    // Every fetch directive is this origin (data: for images and fonts): nothing third-party can load.
    for (const directive of ['default-src', 'script-src', 'worker-src', 'connect-src'])
      expect(csp[directive], directive).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:']);
    expect(csp['font-src']).toEqual(["'self'", 'data:']);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<div id="graphiql">');
  });

  it('API-4 the page and its styles reference only this origin, and every file they name is served', async () => {
    const html = await (await get(ctx, '/graphiql')).text();
    const pending = referencedUrls(html);
    const seen = new Set<string>();
    expect(pending.length).toBeGreaterThan(0);
    while (pending.length) {
      const url = pending.pop()!;
      if (url.startsWith('data:') || seen.has(url)) continue;
      seen.add(url);
      const resolved = new URL(url, new URL('/graphiql/', ctx.system.gatewayUrl));
      expect(resolved.origin, url).toBe(new URL(ctx.system.gatewayUrl).origin);
      const res = await fetch(resolved);
      expect(res.status, url).toBe(200);
      const type = res.headers.get('content-type') ?? '';
      if (type.startsWith('text/css')) pending.push(...referencedUrls(await res.text()));
      else if (type.startsWith('text/javascript')) {
        const script = await res.text();
        // No loader from a CDN (Monaco's default AMD loader, GraphiQL's esm.sh worker setup).
        for (const cdn of ['esm.sh', 'unpkg.com', 'jsdelivr.net', 'cdnjs.'])
          expect(script.includes(`//${cdn}`), `${url} names ${cdn}`).toBe(false);
      } else await res.arrayBuffer();
    }
    expect([...seen]).toEqual(expect.arrayContaining(['/graphiql/app.js', '/graphiql/app.css']));
    expect([...seen].some((url) => url.endsWith('.ttf'))).toBe(true);
    for (const worker of ['editor', 'json', 'graphql'])
      expect((await get(ctx, `/graphiql/${worker}.worker.js`)).status, worker).toBe(200);
    expect((await get(ctx, '/graphiql/../package.json')).status).toBe(404);
    expect((await get(ctx, '/graphiql/nothing.js')).status).toBe(404);
  });

  it('API-4 GraphiQL gets the schema with its descriptions although introspection is off', async () => {
    const introspection = await (await get(ctx, '/graphiql/schema.json')).json();
    const user = introspection.__schema.types.find((t: { name: string }) => t.name === 'User');
    const workAccount = user.fields.find((f: { name: string }) => f.name === 'workAccount');
    expect(workAccount.description).toEqual(expect.any(String));
    expect(workAccount.description.length).toBeGreaterThan(5);
    const refused = await fetch(ctx.system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect((await refused.json()).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
