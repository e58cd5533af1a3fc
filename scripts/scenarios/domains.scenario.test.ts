import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, ok } from './support/client.ts';
import { ADD_USER, registerCustomer, unique } from './support/flows.ts';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;

beforeAll(async () => {
  customer = await registerCustomer(ctx.system);
});

const ADD_DOMAIN =
  'mutation($n: String!) { addDomain(name: $n) { id name kind verified verificationRecord } }';
const VERIFY = 'mutation($id: ID!) { verifyDomain(id: $id) { id verified verifiedAt verificationRecord } }';

describe('ACC-3 public domain', () => {
  it('ACC-3 register, prove with a TXT record through a real DNS server, then make work accounts on it', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const name = `${unique('pub')}.example`;
    const added = await ok<{
      addDomain: { id: string; verified: boolean; verificationRecord: string; kind: string };
    }>(system.gatewayUrl, ADD_DOMAIN, { n: name.toUpperCase() }, token);
    expect(added.addDomain).toMatchObject({ kind: 'PUBLIC', verified: false });
    expect(added.addDomain.verificationRecord).toMatch(/^bc-domain-verification=/);

    const userOnUnverified = await gql(
      system.gatewayUrl,
      ADD_USER,
      {
        input: {
          userId: 'taitoy',
          domain: name,
          email: 'taitoy@mail.example',
          firstName: 'Tai',
          lastName: 'Toy',
          roles: ['ACCOUNT_VIEWER'],
        },
      },
      token,
    );
    expect(userOnUnverified.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'domain',
    });

    system.dns.setTxt(name, ['v=spf1 -all', 'bc-domain-verification=wrong']);
    const notYet = await gql(system.gatewayUrl, VERIFY, { id: added.addDomain.id }, token);
    expect(notYet.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TXT_RECORD_NOT_FOUND',
    });

    system.dns.setTxt(name, ['v=spf1 -all', added.addDomain.verificationRecord]);
    const verified = await ok<{ verifyDomain: { verified: boolean; verificationRecord: string | null } }>(
      system.gatewayUrl,
      VERIFY,
      { id: added.addDomain.id },
      token,
    );
    expect(verified.verifyDomain).toMatchObject({ verified: true, verificationRecord: null });

    const user = await ok<{ addUser: { workAccount: string } }>(
      system.gatewayUrl,
      ADD_USER,
      {
        input: {
          userId: 'taitoy',
          domain: name,
          email: 'taitoy@mail.example',
          firstName: 'Tai',
          lastName: 'Toy',
          roles: ['ACCOUNT_VIEWER'],
        },
      },
      token,
    );
    expect(user.addUser.workAccount).toBe(`taitoy@${name}`);
  });

  it('ACC-3 bad input: malformed, already registered, under the platform domain', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    expect(
      (await gql(system.gatewayUrl, ADD_DOMAIN, { n: 'not a domain' }, token)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    const name = `${unique('dup')}.example`;
    await ok(system.gatewayUrl, ADD_DOMAIN, { n: name }, token);
    expect(
      (await gql(system.gatewayUrl, ADD_DOMAIN, { n: name }, token)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
    expect(codeOf(await gql(system.gatewayUrl, ADD_DOMAIN, { n: `x.${system.platformDomain}` }, token))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
