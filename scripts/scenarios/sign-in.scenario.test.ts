import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@bc/platform';
import { codeOf, gql, ok, PASSWORD, registerCustomer, SIGN_IN, signIn } from '@bc/system/flows';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;
const workAccount = () => customer.admin.user.workAccount;

beforeAll(async () => {
  customer = await registerCustomer(ctx.system);
});

describe('ACC-4 sign-in, sessions and tokens', () => {
  it('ACC-4 API-2 a wrong password names the field; after 4 free tries one try a minute per account and address (429, Retry-After), X-Forwarded-For not trusted by default', async () => {
    const { system, clock } = ctx;
    const attempt = (password: string, headers: Record<string, string> = {}) =>
      gql(
        system.gatewayUrl,
        SIGN_IN,
        { input: { workAccount: workAccount(), password } },
        undefined,
        headers,
      );
    for (let i = 0; i < 4; i++) {
      const wrong = await attempt('Wrong-passw0rd');
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    // The 5th try waits a minute, whatever the password, and a forged X-Forwarded-For changes nothing
    // (the gateway trusts no proxy unless configured to).
    for (const headers of [{}, { 'x-forwarded-for': '203.0.113.99' }] as Record<string, string>[]) {
      const throttled = await attempt(PASSWORD, headers);
      expect(throttled.status).toBe(429);
      expect(throttled.errors?.[0]?.extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        field: 'password',
        retryAfterSeconds: 60,
      });
    }
    clock.advance(30_000);
    const res = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { workAccount: workAccount(), password: PASSWORD } },
      }),
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    clock.advance(30_000);
    const session = await signIn(system, workAccount(), PASSWORD);
    expect(session.accessToken).toBeTruthy();
    // A success clears the account's tries from this address: the next failure is not throttled.
    expect(codeOf(await attempt('Wrong-passw0rd'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await attempt(PASSWORD))).toBeNull();
  });

  it('ACC-4 unknown and malformed work accounts get the same answer as a wrong password', async () => {
    const { system } = ctx;
    const unknown = await gql(system.gatewayUrl, SIGN_IN, {
      input: { workAccount: 'nobody@nowhere.example', password: PASSWORD },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const malformed = await gql(system.gatewayUrl, SIGN_IN, {
      input: { workAccount: 'no-at-sign', password: PASSWORD },
    });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workAccount' });
  });

  it('ACC-4 refresh rotates the refresh token; sign-out revokes the session', async () => {
    const { system } = ctx;
    const session = await signIn(system, workAccount(), PASSWORD);
    const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
    const refreshed = await ok<{ refreshSession: { accessToken: string; refreshToken: string } }>(
      system.gatewayUrl,
      REFRESH,
      {
        t: session.refreshToken,
      },
    );
    expect(codeOf(await gql(system.gatewayUrl, REFRESH, { t: session.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    const token = refreshed.refreshSession.accessToken;
    await ok(system.gatewayUrl, '{ me { id } }', {}, token);
    expect(
      (await ok<{ signOut: boolean }>(system.gatewayUrl, 'mutation { signOut }', {}, token)).signOut,
    ).toBe(true);
    expect(codeOf(await gql(system.gatewayUrl, '{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(system.gatewayUrl, REFRESH, { t: refreshed.refreshSession.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ACC-4 ACC-8 me shows profile, organization, roles and resolved permissions', async () => {
    const { system } = ctx;
    const me = await ok<{ me: Record<string, unknown> }>(
      system.gatewayUrl,
      '{ me { workAccount email displayName roles globalAdmin permissions organization { name kind status domains { name kind verified } } } }',
      {},
      customer.admin.accessToken,
    );
    expect(me.me).toMatchObject({
      workAccount: workAccount(),
      email: customer.adminEmail,
      roles: ['ACCOUNT_ADMINISTRATOR', 'USER_ADMINISTRATOR'],
      organization: {
        kind: 'CUSTOMER',
        status: 'ACTIVE',
        domains: [{ name: customer.domain, kind: 'INITIAL', verified: true }],
      },
    });
  });
});

describe('GW-2 identity at the edge', () => {
  it('GW-2 a JWT that is expired, unsigned, signed with another key or for another audience is UNAUTHENTICATED', async () => {
    const { system, clock } = ctx;
    const session = await signIn(system, workAccount(), PASSWORD);
    const me = (token: string) => gql(system.gatewayUrl, '{ me { id } }', {}, token);
    expect(codeOf(await me(session.accessToken))).toBeNull();

    const [header, payload] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect(codeOf(await me(unsigned))).toBe('UNAUTHENTICATED');

    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['ACCOUNT_ADMINISTRATOR', 'USER_ADMINISTRATOR'], organizationId: 'other' })).toString('base64url')}.${session.accessToken.split('.')[2]}`;
    expect(codeOf(await me(tampered))).toBe('UNAUTHENTICATED');

    const { privateKey } = await generateKeyPair('ES256');
    const { kid } = JSON.parse(Buffer.from(header!, 'base64url').toString());
    const otherKey = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid }).sign(privateKey);
    expect(codeOf(await me(otherKey))).toBe('UNAUTHENTICATED');

    const hsKey = new TextEncoder().encode(
      JSON.stringify(await exportJWK((await generateKeyPair('ES256')).publicKey)),
    );
    const algConfusion = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid }).sign(hsKey);
    expect(codeOf(await me(algConfusion))).toBe('UNAUTHENTICATED');

    expect(codeOf(await me('not.a.jwt'))).toBe('UNAUTHENTICATED');
    const wrongScheme = await gql(system.gatewayUrl, '{ me { id } }', {}, undefined, {
      authorization: `Basic ${session.accessToken}`,
    });
    expect(codeOf(wrongScheme)).toBe('UNAUTHENTICATED');

    clock.advance(11 * 60_000);
    try {
      expect(codeOf(await me(session.accessToken))).toBe('UNAUTHENTICATED');
    } finally {
      clock.advance(-11 * 60_000);
    }
  });

  it('GW-2 a JWT for another audience or issuer is refused', async () => {
    const { system } = ctx;
    // Sign with the real key through accounts' issuer, changing only the audience/issuer claims.
    const issuer = system.accounts.deps.tokens as unknown as {
      key: { kid: string; privateKey: Parameters<SignJWT['sign']>[0] };
    };
    const session = await signIn(system, workAccount(), PASSWORD);
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString());
    for (const change of [{ aud: 'another-api' }, { iss: 'https://evil.example' }]) {
      const token = await new SignJWT({ ...claims, ...change })
        .setProtectedHeader({ alg: 'ES256', kid: issuer.key.kid })
        .sign(issuer.key.privateKey);
      expect(codeOf(await gql(system.gatewayUrl, '{ me { id } }', {}, token)), JSON.stringify(change)).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('GW-2 GW-4 a subgraph called directly without the gateway identity answers UNAUTHENTICATED', async () => {
    const { system } = ctx;
    const session = await signIn(system, workAccount(), PASSWORD);
    for (const url of [`${system.urlOf('accounts')}/graphql`, `${system.urlOf('notifications')}/graphql`]) {
      const direct = await gql(url, '{ __typename }', {}, session.accessToken);
      expect(direct.status).toBe(401);
      expect(codeOf(direct)).toBe('UNAUTHENTICATED');
      const entities = await gql(
        url,
        'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        {
          r: [{ __typename: 'User', id: session.user.id }],
        },
      );
      expect(codeOf(entities)).toBe('UNAUTHENTICATED');
    }
    const forged = await signGatewayToken('x'.repeat(48), 'accounts', { user: null, requestId: 'r' });
    const withForged = await gql(`${system.urlOf('accounts')}/graphql`, '{ __typename }', {}, undefined, {
      [GATEWAY_TOKEN_HEADER]: forged,
    });
    expect(codeOf(withForged)).toBe('UNAUTHENTICATED');
  });

  it('GW-4 health and readiness answer on every process', async () => {
    const { system } = ctx;
    for (const base of [
      system.urlOf('accounts'),
      system.urlOf('notifications'),
      system.gatewayUrl.replace(/\/graphql$/, ''),
    ]) {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const ready = await fetch(`${base}/ready`);
      expect(ready.status, base).toBe(200);
    }
    const readiness = (await (await fetch(`${system.urlOf('accounts')}/ready`)).json()) as {
      checks: Record<string, boolean>;
      dependencies: Record<string, boolean>;
    };
    expect(readiness).toMatchObject({ checks: { database: true }, dependencies: { events: true } });
  });
});
