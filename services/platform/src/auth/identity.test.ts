import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  can,
  clientCustomerFilter,
  clientReaches,
  deriveSubgraphKey,
  identityFromClaims,
  permissionsOf,
  type RequestIdentity,
  signGatewayToken,
  signIdentityToken,
  subgraphKey,
  subgraphKeyVariable,
  type UserIdentity,
  verifyGatewayToken,
  verifyIdentityToken,
} from './identity.ts';

const secret = 'a'.repeat(40);
const user: UserIdentity = {
  userId: 'u1',
  organizationId: 'o1',
  organizationKind: 'CUSTOMER',
  workAccount: 'ann@contoso.example',
  roles: ['ACCOUNT_VIEWER'],
  globalAdmin: false,
  sessionId: 's1',
  securityStamp: 0,
};
const identity: RequestIdentity = { user, requestId: 'r1' };

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { extensions?: { code?: string } }) => e.extensions?.code,
  );

describe('GW-2 gateway identity token', () => {
  it('GW-2 round-trips the identity for the addressed subgraph', async () => {
    const token = await signGatewayToken(secret, 'accounts', identity);
    await expect(verifyGatewayToken(secret, 'accounts', token)).resolves.toEqual(identity);
    const withAddress = { ...identity, clientAddress: '2001:db8::7' };
    const signed = await signGatewayToken(secret, 'accounts', withAddress);
    await expect(verifyGatewayToken(secret, 'accounts', signed)).resolves.toEqual(withAddress);
  });

  it('GW-2 refuses a missing token, another subgraph, another secret and a forged one', async () => {
    const token = await signGatewayToken(secret, 'accounts', identity);
    expect(await codeOf(verifyGatewayToken(secret, 'accounts', undefined))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyGatewayToken(secret, 'notifications', token))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyGatewayToken('b'.repeat(40), 'accounts', token))).toBe('UNAUTHENTICATED');
    const forged = await new SignJWT({ user: { ...user, roles: ['ACCOUNT_ADMINISTRATOR'] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('bc-gateway')
      .setAudience('accounts')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode('not-the-secret-but-long-enough-000000'));
    expect(await codeOf(verifyGatewayToken(secret, 'accounts', forged))).toBe('UNAUTHENTICATED');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ user, aud: 'accounts', iss: 'bc-gateway' })).toString('base64url')}.`;
    expect(await codeOf(verifyGatewayToken(secret, 'accounts', unsigned))).toBe('UNAUTHENTICATED');
  });

  it('GW-2 the token is a standard HS256 JWT: jose reads ours and ours reads jose', async () => {
    const key = deriveSubgraphKey(secret, 'accounts');
    const keyBytes = new TextEncoder().encode(key);
    const token = await signIdentityToken(key, 'accounts', identity);
    const { payload, protectedHeader } = await jwtVerify(token, keyBytes, {
      issuer: 'bc-gateway',
      audience: 'accounts',
      algorithms: ['HS256'],
    });
    expect(protectedHeader).toEqual({ alg: 'HS256' });
    expect(payload.exp! - payload.iat!).toBe(60);
    expect(payload).toMatchObject({ user, rid: 'r1' });
    const fromJose = await new SignJWT({ user, rid: 'r1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('bc-gateway')
      .setAudience('accounts')
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(keyBytes);
    await expect(verifyIdentityToken(key, 'accounts', fromJose)).resolves.toEqual(identity);
  });

  it('GW-2 refuses an expired, not yet valid, foreign-issuer, other-algorithm, crit or tampered token', async () => {
    const key = deriveSubgraphKey(secret, 'accounts');
    const keyBytes = new TextEncoder().encode(key);
    const now = Math.floor(Date.now() / 1000);
    const jwt = (header: Record<string, unknown>, claims: Record<string, unknown>) =>
      new SignJWT({ user, rid: 'r1', ...claims })
        .setProtectedHeader(header as { alg: string })
        .sign(keyBytes);
    const good = { iss: 'bc-gateway', aud: 'accounts', iat: now, exp: now + 60 };
    await expect(verifyIdentityToken(key, 'accounts', await jwt({ alg: 'HS256' }, good))).resolves.toEqual(
      identity,
    );
    for (const [header, claims] of [
      [{ alg: 'HS256' }, { ...good, exp: now - 1 }],
      [{ alg: 'HS256' }, { ...good, exp: undefined }],
      [{ alg: 'HS256' }, { ...good, nbf: now + 30 }],
      [{ alg: 'HS256' }, { ...good, iss: 'someone-else' }],
      [{ alg: 'HS256' }, { ...good, aud: ['accounts', 'inventory'] }],
      [{ alg: 'HS512' }, good],
      [{ alg: 'HS256', crit: ['b64'], b64: true }, good],
    ] as const) {
      const token = await jwt(header, claims);
      expect(await codeOf(verifyIdentityToken(key, 'accounts', token))).toBe('UNAUTHENTICATED');
    }
    const token = await signIdentityToken(key, 'accounts', identity);
    const [h, p, sig] = token.split('.');
    const elevated = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(p!, 'base64url').toString()),
        user: { ...user, globalAdmin: true },
      }),
    ).toString('base64url');
    for (const tampered of [`${h}.${elevated}.${sig}`, `${token}A`, `${h}.${p}`, `${token}.x`, 'a.b.c'])
      expect(await codeOf(verifyIdentityToken(key, 'accounts', tampered))).toBe('UNAUTHENTICATED');
  });

  it('GW-2 each subgraph has its own key derived from the deployment secret', () => {
    const accounts = deriveSubgraphKey(secret, 'accounts');
    expect(accounts).toBe(deriveSubgraphKey(secret, 'accounts'));
    expect(accounts).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(accounts).not.toBe(deriveSubgraphKey(secret, 'inventory'));
    expect(accounts).not.toBe(deriveSubgraphKey('b'.repeat(40), 'accounts'));
    expect(accounts).not.toContain(secret);
    // The documented derivation, so an operator can compute a subgraph's key without this code.
    expect(accounts).toBe(createHmac('sha256', secret).update('subgraph:accounts').digest('base64url'));
  });

  it('GW-2 a token minted for one subgraph never verifies at another, even with the audience of the other', async () => {
    const forAccounts = deriveSubgraphKey(secret, 'accounts');
    const misaddressed = await signIdentityToken(forAccounts, 'inventory', identity);
    expect(await codeOf(verifyGatewayToken(secret, 'inventory', misaddressed))).toBe('UNAUTHENTICATED');
    const proper = await signGatewayToken(secret, 'inventory', identity);
    await expect(verifyGatewayToken(secret, 'inventory', proper)).resolves.toEqual(identity);
    // The deployment secret itself is no subgraph's key.
    const withSecret = await signIdentityToken(secret, 'inventory', identity);
    expect(await codeOf(verifyGatewayToken(secret, 'inventory', withSecret))).toBe('UNAUTHENTICATED');
  });

  it('GW-2 BC_SUBGRAPH_SECRET_<NAME> overrides one subgraph key and leaves the others derived', async () => {
    const own = 'k'.repeat(40);
    const overrides = { [subgraphKeyVariable('accounts')]: own, PORT: 4001 };
    expect(subgraphKeyVariable('accounts')).toBe('BC_SUBGRAPH_SECRET_ACCOUNTS');
    expect(subgraphKey(secret, 'accounts', overrides)).toBe(own);
    expect(subgraphKey(secret, 'inventory', overrides)).toBe(deriveSubgraphKey(secret, 'inventory'));
    expect(subgraphKey(secret, 'accounts', { BC_SUBGRAPH_SECRET_ACCOUNTS: '' })).toBe(
      deriveSubgraphKey(secret, 'accounts'),
    );
    const token = await signIdentityToken(own, 'accounts', identity);
    await expect(verifyIdentityToken(own, 'accounts', token)).resolves.toEqual(identity);
    expect(await codeOf(verifyGatewayToken(secret, 'accounts', token))).toBe('UNAUTHENTICATED');
  });

  it('ACC-5 operators hold no customer permissions', () => {
    expect(
      can({ ...user, organizationKind: 'OPERATOR', roles: ['ACCOUNT_ADMINISTRATOR'] }, 'VIEW_AGREEMENTS'),
    ).toBe(false);
    expect(can(user, 'VIEW_AGREEMENTS')).toBe(true);
    expect(can(null, 'VIEW_AGREEMENTS')).toBe(false);
  });
});

describe('API-1 an API client under the permission matrix', () => {
  const client = (permissions: string[], customerIds: string[] | null = null) =>
    identityFromClaims({
      sub: 'c1',
      organizationId: 'o1',
      organizationKind: 'PARTNER',
      workAccount: 'API client Tool',
      roles: ['ACCOUNT_ADMINISTRATOR'],
      sessionId: 'c1',
      stamp: 0,
      client: { permissions, customerIds },
    });

  it('API-1 the scope replaces the roles: never more than its permissions, unknown names grant nothing', () => {
    const user = client(['VIEW_ORDERS', 'NOT_A_PERMISSION']);
    expect(permissionsOf(user)).toEqual(['VIEW_ORDERS']);
    expect(can(user, 'VIEW_ORDERS')).toBe(true);
    expect(can(user, 'MANAGE_USERS')).toBe(false);
  });

  it('API-1 a partner client reaches only its chosen customers; without a list, every one', () => {
    expect(clientReaches(client(['VIEW_ORDERS'], ['k1']), 'k1')).toBe(true);
    expect(clientReaches(client(['VIEW_ORDERS'], ['k1']), 'k2')).toBe(false);
    expect(clientReaches(client(['VIEW_ORDERS']), 'k2')).toBe(true);
    expect(clientCustomerFilter(client(['VIEW_ORDERS'], ['k1']), 'organizationId')).toEqual({
      organizationId: { $in: ['k1'] },
    });
    expect(clientCustomerFilter(client(['VIEW_ORDERS']), 'organizationId')).toEqual({});
  });
});
