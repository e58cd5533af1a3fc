import {
  type CreatedClient,
  clientToken,
  codeOf,
  createApiClient,
  gql,
  registerCustomer,
  requestToken,
  SIGN_IN,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

/**
 * API-2 through the gateway: per caller (the token's subject), per address, and a tighter limit on
 * sign-in and the token endpoint, each answered 429 with Retry-After. The limits are set low here;
 * the gateway sees each caller's address from X-Forwarded-For (one trusted proxy), so each test
 * floods from an address of its own while the set-up calls come from loopback.
 */
const LIMITS = { client: 5, address: 40, credentials: 10 };
const ctx = useSystem({
  trustedProxyHops: 1,
  env: {
    BC_RATE_LIMIT_CLIENT: String(LIMITS.client),
    BC_RATE_LIMIT_ADDRESS: String(LIMITS.address),
    BC_RATE_LIMIT_CREDENTIALS: String(LIMITS.credentials),
  },
});
const url = () => ctx.system.gatewayUrl;
const from = (address: string) => ({ 'x-forwarded-for': address });
const ORDERS = `{ orders { totalCount } }`;

let first: CreatedClient;
let second: CreatedClient;

beforeAll(async () => {
  const customer = await registerCustomer(ctx.system);
  const input = { permissions: ['VIEW_ORDERS'], expiresAt: '2026-09-01T00:00:00.000Z' };
  first = await createApiClient(url(), customer.admin.accessToken, { name: 'Flooding tool', ...input });
  second = await createApiClient(url(), customer.admin.accessToken, { name: 'Quiet tool', ...input });
});

/** A 429 as API-2 promises it: Retry-After in whole seconds within the one-minute window. */
function expectRetryAfter(headers: Headers) {
  const wait = Number(headers.get('retry-after'));
  expect(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After ${headers.get('retry-after')}`).toBe(
    true,
  );
  return wait;
}

describe('API-2 rate limits at the gateway', () => {
  it('API-2 a client past its limit gets 429, Retry-After and RATE_LIMITED; another client from the same address is served', async () => {
    const address = '198.51.100.11';
    const flooding = await clientToken(url(), first);
    const quiet = await clientToken(url(), second);
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.client; i++)
      statuses.push((await gql(url(), ORDERS, {}, flooding, from(address))).status);
    expect(statuses).toEqual(Array(LIMITS.client).fill(200));
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${flooding}`, ...from(address) },
      body: JSON.stringify({ query: ORDERS }),
    });
    expect(res.status).toBe(429);
    const wait = expectRetryAfter(res.headers);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: wait });
    const other = await gql(url(), ORDERS, {}, quiet, from(address));
    expect([other.status, codeOf(other)]).toEqual([200, null]);
  });

  it('API-2 the token endpoint and sign-in share a tighter limit per address; another address still gets its token', async () => {
    const guessing = '198.51.100.20';
    const wrong = { clientId: first.client.id, clientSecret: `${first.clientSecret}x` };
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.credentials; i++)
      statuses.push((await requestToken(url(), wrong, { headers: from(guessing) })).status);
    expect(statuses).toEqual(Array(LIMITS.credentials).fill(401));
    const refused = await requestToken(url(), wrong, { headers: from(guessing) });
    expect([refused.status, refused.body.error]).toEqual([429, 'rate_limited']);
    expectRetryAfter(refused.headers);
    // Even the right secret waits from that address, and a sign-in from it too.
    const right = { clientId: first.client.id, clientSecret: first.clientSecret };
    expect((await requestToken(url(), right, { headers: from(guessing) })).status).toBe(429);
    const signIn = await gql(
      url(),
      SIGN_IN,
      { input: { workAccount: 'nobody@example.test', password: 'Wr0ng-passw0rd' } },
      undefined,
      from(guessing),
    );
    expect([signIn.status, codeOf(signIn)]).toEqual([429, 'RATE_LIMITED']);
    // Elsewhere the same client is served at once.
    const elsewhere = await requestToken(url(), right, { headers: from('198.51.100.21') });
    expect(elsewhere.status).toBe(200);
  });

  it('API-2 one address past its limit is 429 on /graphql and /oauth/token; other addresses and probes are served', async () => {
    const flooding = '198.51.100.30';
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.address; i++)
      statuses.push((await gql(url(), `{ __typename }`, {}, undefined, from(flooding))).status);
    expect(statuses).toEqual(Array(LIMITS.address).fill(200));
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from(flooding) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(429);
    expectRetryAfter(res.headers);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('RATE_LIMITED');
    const token = await requestToken(
      url(),
      { clientId: second.client.id, clientSecret: second.clientSecret },
      {
        headers: from(flooding),
      },
    );
    expect(token.status).toBe(429);
    expect((await gql(url(), `{ __typename }`, {}, undefined, from('198.51.100.31'))).status).toBe(200);
    expect((await fetch(new URL('/health', url()), { headers: from(flooding) })).status).toBe(200);
  });
});
