import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  can,
  type RequestIdentity,
  signGatewayToken,
  type UserIdentity,
  verifyGatewayToken,
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

  it('ACC-5 operators hold no customer permissions', () => {
    expect(
      can({ ...user, organizationKind: 'OPERATOR', roles: ['ACCOUNT_ADMINISTRATOR'] }, 'VIEW_AGREEMENTS'),
    ).toBe(false);
    expect(can(user, 'VIEW_AGREEMENTS')).toBe(true);
    expect(can(null, 'VIEW_AGREEMENTS')).toBe(false);
  });
});
