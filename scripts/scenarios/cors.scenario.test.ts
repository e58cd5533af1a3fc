import { SIGN_IN } from '@bc/system/flows';
import { describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

// GW-2 WEB-1 (issue 15): CORS stays closed unless BC_CORS_ORIGINS lists an origin, and then only for
// /graphql with a bearer token (no credentials). The default (no setting) is proved in
// browser-session.scenario.test.ts, which runs without it.
const TOOL = 'https://tools.example';
const ctx = useSystem({ env: { BC_CORS_ORIGINS: `${TOOL}, https://other-tool.example:8443` } });
const origin = () => new URL(ctx.system.gatewayUrl).origin;

const preflight = (path: string, from: string) =>
  fetch(`${origin()}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin: from,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('GW-2 WEB-1 CORS for listed web tools only', () => {
  it('GW-2 WEB-1 a preflight from a listed origin is allowed for /graphql: that origin, POST, the bearer header, no credentials', async () => {
    const res = await preflight('/graphql', TOOL);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(TOOL);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
    const second = await preflight('/graphql', 'https://other-tool.example:8443');
    expect(second.headers.get('access-control-allow-origin')).toBe('https://other-tool.example:8443');

    const call = await fetch(ctx.system.gatewayUrl, {
      method: 'POST',
      headers: { origin: TOOL, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe(TOOL);
    expect(call.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('GW-2 WEB-1 an unlisted origin gets a clear refusal (403 CORS, no Allow-Origin), not a GraphQL 400; its plain requests get no Allow-Origin', async () => {
    for (const from of ['https://evil.example', 'http://tools.example', `${TOOL}:444`, 'null']) {
      const res = await preflight('/graphql', from);
      expect(res.status, from).toBe(403);
      expect(res.headers.get('access-control-allow-origin'), from).toBeNull();
      expect(await res.json()).toMatchObject({
        error: { code: 'CORS', message: expect.stringContaining('not allowed') },
      });
    }
    const call = await fetch(ctx.system.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('GW-2 WEB-1 even a listed origin gets no CORS for /auth and the links: the session cookies stay same-origin', async () => {
    for (const path of [
      '/auth/refresh',
      '/auth/sign-out',
      '/downloads/file',
      '/exports/file',
      '/documents/signed-copy',
    ]) {
      const res = await preflight(path, TOOL);
      expect(res.status, path).toBe(403);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    const signIn = await fetch(ctx.system.gatewayUrl, {
      method: 'POST',
      headers: { origin: TOOL, 'content-type': 'application/json', 'x-bc-session': 'cookie' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { workAccount: 'x@y.example', password: 'p' } },
      }),
    });
    expect(signIn.headers.get('access-control-allow-credentials')).toBeNull();
    const refresh = await fetch(`${origin()}/auth/refresh`, { method: 'POST', headers: { origin: TOOL } });
    expect(refresh.status).toBe(403);
    expect(refresh.headers.get('access-control-allow-origin')).toBeNull();
  });
});
