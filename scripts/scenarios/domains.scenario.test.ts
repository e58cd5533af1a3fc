import {
  ADD_USER,
  CREATE_PARTNER,
  codeOf,
  gql,
  ok,
  operatorSession,
  registerCustomer,
  unique,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;

beforeAll(async () => {
  customer = await registerCustomer(ctx.system);
});

const ADD_DOMAIN =
  'mutation($n: String!) { addDomain(name: $n) { id name kind verified verificationRecord } }';
const VERIFY = 'mutation($id: ID!) { verifyDomain(id: $id) { id verified verifiedAt verificationRecord } }';
// Claims ask only what existed before ACC-3's squatting fix, so a scenario fails there for its own reason.
const CLAIM = ADD_DOMAIN;
const DOMAINS = '{ domains { id name kind status verified verificationRecord } }';

type Claim = { id: string; name: string; kind: string; verified: boolean; verificationRecord: string | null };
type Listed = Claim & { status: string };
type Customer = Awaited<ReturnType<typeof registerCustomer>>;

async function claim(who: Customer, name: string): Promise<Claim> {
  const data = await ok<{ addDomain: Claim }>(
    ctx.system.gatewayUrl,
    CLAIM,
    { n: name },
    who.admin.accessToken,
  );
  return data.addDomain;
}

async function domainsOf(who: Customer, name: string): Promise<Listed[]> {
  const data = await ok<{ domains: Listed[] }>(ctx.system.gatewayUrl, DOMAINS, {}, who.admin.accessToken);
  return data.domains.filter((d) => d.name === name);
}

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

describe('ACC-3 public domains cannot be squatted', () => {
  let contoso: Customer;
  let squatter: Customer;
  let third: Customer;
  beforeAll(async () => {
    [contoso, squatter, third] = [
      await registerCustomer(ctx.system),
      await registerCustomer(ctx.system),
      await registerCustomer(ctx.system),
    ];
  });

  it('ACC-3 pending claims do not block each other, and nobody learns of another pending claim', async () => {
    const { system } = ctx;
    const name = `${unique('contoso')}.example`;
    const untouched = `${unique('free')}.example`;
    // Another organization claims the name first and cannot prove it.
    const squatted = await claim(squatter, name);
    expect(squatted).toMatchObject({ verified: false });

    // The owner's claim on the same name is accepted, with its own record, exactly like a free name.
    const owned = await claim(contoso, name);
    const free = await claim(contoso, untouched);
    expect(owned).toMatchObject({ name, kind: 'PUBLIC', verified: false });
    expect(Object.keys(owned).sort()).toEqual(Object.keys(free).sort());
    expect({ ...owned, id: '', name: '', verificationRecord: '' }).toEqual({
      ...free,
      id: '',
      name: '',
      verificationRecord: '',
    });
    expect(owned.verificationRecord).not.toBe(squatted.verificationRecord);
    expect(await domainsOf(contoso, name)).toEqual([{ ...owned, status: 'PENDING' }]);
    expect(await domainsOf(squatter, name)).toEqual([{ ...squatted, status: 'PENDING' }]);

    // Verifying without the record says the same thing whether or not someone else claims the name.
    const verifyOwned = await gql(system.gatewayUrl, VERIFY, { id: owned.id }, contoso.admin.accessToken);
    const verifyFree = await gql(system.gatewayUrl, VERIFY, { id: free.id }, contoso.admin.accessToken);
    expect(verifyOwned.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TXT_RECORD_NOT_FOUND',
    });
    expect(verifyOwned.errors?.[0]?.extensions).toEqual(verifyFree.errors?.[0]?.extensions);

    // A second claim by the same organization is still its own conflict.
    expect(
      (await gql(system.gatewayUrl, CLAIM, { n: name }, contoso.admin.accessToken)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('ACC-3 the first organization to prove the TXT record wins; the other pending claims show CLAIMED_ELSEWHERE', async () => {
    const { system } = ctx;
    const name = `${unique('fabrikam')}.example`;
    const squatted = await claim(squatter, name);
    const owned = await claim(contoso, name);

    system.dns.setTxt(name, [owned.verificationRecord!]);
    const won = await ok<{ verifyDomain: { verified: boolean } }>(
      system.gatewayUrl,
      VERIFY,
      { id: owned.id },
      contoso.admin.accessToken,
    );
    expect(won.verifyDomain.verified).toBe(true);
    expect(await domainsOf(contoso, name)).toEqual([
      { ...owned, status: 'VERIFIED', verified: true, verificationRecord: null },
    ]);

    // The loser's claim says so, without naming the winner, and can no longer be verified,
    // even once its own record is published too.
    expect(await domainsOf(squatter, name)).toEqual([
      { ...squatted, status: 'CLAIMED_ELSEWHERE', verified: false, verificationRecord: null },
    ]);
    system.dns.setTxt(name, [owned.verificationRecord!, squatted.verificationRecord!]);
    const lost = await gql(system.gatewayUrl, VERIFY, { id: squatted.id }, squatter.admin.accessToken);
    expect(lost.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLAIMED_ELSEWHERE' });
    expect(lost.errors?.[0]?.message).not.toContain(contoso.organizationId);
    expect(await domainsOf(squatter, name)).toEqual([
      { ...squatted, status: 'CLAIMED_ELSEWHERE', verified: false, verificationRecord: null },
    ]);

    // A new claim on a verified name is refused with the same reason.
    const late = await gql(system.gatewayUrl, CLAIM, { n: name }, third.admin.accessToken);
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
      reason: 'CLAIMED_ELSEWHERE',
    });
    expect(late.errors?.[0]?.message).not.toContain(contoso.organizationId);
    expect(await domainsOf(third, name)).toEqual([]);

    // Work accounts go only on the winner's domain.
    const input = {
      userId: 'kim',
      domain: name,
      email: 'kim@mail.example',
      firstName: 'Kim',
      lastName: 'Akers',
      roles: ['ACCOUNT_VIEWER'],
    };
    expect(
      (await gql(system.gatewayUrl, ADD_USER, { input }, squatter.admin.accessToken)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });
    await ok(system.gatewayUrl, ADD_USER, { input }, contoso.admin.accessToken);
  });

  it('ACC-3 verification is race-safe: organizations proving the same name at the same moment, exactly one wins', async () => {
    const { system } = ctx;
    const contenders = [contoso, squatter, third];
    for (let round = 0; round < 3; round++) {
      const name = `${unique('race')}.example`;
      const claims = await Promise.all(contenders.map((who) => claim(who, name)));
      // All records published: only the database can pick one winner.
      system.dns.setTxt(
        name,
        claims.map((c) => c.verificationRecord!),
      );
      const results = await Promise.all(
        claims.map((c, i) => gql(system.gatewayUrl, VERIFY, { id: c.id }, contenders[i]!.admin.accessToken)),
      );
      const winners = results.filter((r) => !r.errors && r.data);
      expect(winners).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) {
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLAIMED_ELSEWHERE' });
      }
      const statuses = (await Promise.all(contenders.map((who) => domainsOf(who, name)))).map(
        ([d]) => d?.status,
      );
      expect(statuses.sort()).toEqual(['CLAIMED_ELSEWHERE', 'CLAIMED_ELSEWHERE', 'VERIFIED']);
    }
  });

  it('ACC-3 the database holds at most one verified domain per name, whatever the code does', async () => {
    const { system } = ctx;
    const name = `${unique('db')}.example`;
    const owned = await claim(contoso, name);
    const squatted = await claim(squatter, name);
    system.dns.setTxt(name, [owned.verificationRecord!]);
    await ok(system.gatewayUrl, VERIFY, { id: owned.id }, contoso.admin.accessToken);
    const em = system.accounts.runtime.orm.em.fork();
    await expect(
      em
        .getConnection()
        .execute('update "domain" set "verified_at" = "created_at" where "id" = ?', [squatted.id]),
    ).rejects.toThrow(/unique/i);
    expect(await domainsOf(squatter, name)).toMatchObject([{ status: 'CLAIMED_ELSEWHERE', verified: false }]);
  });

  it('ACC-3 a pending claim does not block the operator from creating the partner that owns the name', async () => {
    const { system } = ctx;
    const prefix = unique('ptn');
    const name = `${prefix}.partners.example`;
    const squatted = await claim(squatter, name);
    const operator = await operatorSession(system);
    await ok(
      system.gatewayUrl,
      CREATE_PARTNER,
      {
        input: {
          name: `${prefix} Partners`,
          domain: name,
          administratorUserId: 'admin',
          administratorEmail: `${prefix}-admin@mail.example`,
          administratorFirstName: 'Pat',
          administratorLastName: 'Partner',
        },
      },
      operator.accessToken,
    );
    expect(await domainsOf(squatter, name)).toEqual([
      { ...squatted, status: 'CLAIMED_ELSEWHERE', verified: false, verificationRecord: null },
    ]);
  });
});
