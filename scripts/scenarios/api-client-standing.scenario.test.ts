import {
  addUserAndSignIn,
  type CreatedClient,
  clientToken,
  codeOf,
  createApiClient,
  gql,
  ok,
  PASSWORD,
  partnerWithCustomer,
  requestToken,
  type Session,
  signIn,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

/**
 * API-1 follow-ups (issue 17, trust): a client never acts with more than its creator may do now, and
 * its uses are in the audit log without flooding it.
 */
const ctx = useSystem();
const url = () => ctx.system.gatewayUrl;
/** Far enough for the clock moves below (90+ days); within the 730-day limit. */
const LATER = '2027-12-01T00:00:00.000Z';

let setUp: Awaited<ReturnType<typeof partnerWithCustomer>>;
/** The customer's first administrator (account + user administrator, global admin): changes the creators. */
let admin: Session;

beforeAll(async () => {
  setUp = await partnerWithCustomer(ctx.system);
  admin = setUp.customer.admin;
});

/** Access tokens live 10 minutes: after a clock move the administrator signs in again. */
const freshAdmin = async () => {
  admin = await signIn(ctx.system, admin.user.workAccount, PASSWORD);
  return admin.accessToken;
};

const ROLES_CHANGE = `mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }`;
const REVOKE = `mutation($id: ID!) { revokeUser(id: $id) { status } }`;
const RESTORE = `mutation($id: ID!) { restoreUser(id: $id) { status } }`;
const LIST = `query { apiClients { id permissions effectivePermissions } }`;

/** What a call answered: allowed, or its code. */
const outcome = async (document: string, token: string, variables: Record<string, unknown> = {}) =>
  codeOf(await gql(url(), document, variables, token)) ?? 'allowed';

interface StandingCase {
  name: string;
  /** The creator's roles when it creates the client. */
  roles: string[];
  client: string[];
  /** The call the lost permission guarded, and one the client keeps. */
  lost: { permission: string; call: string };
  kept: { permission: string; call: string } | null;
  /** The administrator's change to the creator. */
  drop: (creator: Session) => Promise<unknown>;
}

const CASES: StandingCase[] = [
  {
    name: 'role changed to a lesser one (Account administrator → User administrator)',
    roles: ['ACCOUNT_ADMINISTRATOR'],
    client: ['VIEW_ORDERS', 'MANAGE_USERS'],
    lost: { permission: 'VIEW_ORDERS', call: `{ orders { totalCount } }` },
    kept: { permission: 'MANAGE_USERS', call: `{ users { totalCount } }` },
    drop: (creator) =>
      ok(
        url(),
        ROLES_CHANGE,
        { input: { id: creator.user.id, roles: ['USER_ADMINISTRATOR'] } },
        admin.accessToken,
      ),
  },
  {
    name: 'a permission removed (Account viewer taken away: VIEW_LICENSES)',
    roles: ['AGREEMENT_ADMINISTRATOR', 'ACCOUNT_VIEWER'],
    client: ['VIEW_AGREEMENTS', 'VIEW_LICENSES'],
    lost: { permission: 'VIEW_LICENSES', call: `{ inventory { totalCount } }` },
    kept: { permission: 'VIEW_AGREEMENTS', call: `{ agreements { totalCount } }` },
    drop: (creator) =>
      ok(
        url(),
        ROLES_CHANGE,
        { input: { id: creator.user.id, roles: ['AGREEMENT_ADMINISTRATOR'] } },
        admin.accessToken,
      ),
  },
  {
    name: 'user revoked (disabled)',
    roles: ['ACCOUNT_ADMINISTRATOR'],
    client: ['VIEW_ORDERS', 'VIEW_AUDIT_LOG'],
    lost: { permission: 'VIEW_ORDERS', call: `{ orders { totalCount } }` },
    kept: null,
    drop: (creator) => ok(url(), REVOKE, { id: creator.user.id }, admin.accessToken),
  },
];

describe('API-1 ACC-6 a client never acts beyond what its creator may do now', () => {
  it.each(CASES)(
    'API-1 ACC-6 the creator’s standing drops — $name: old and new tokens lose what it lost',
    async (c) => {
      const creator = await addUserAndSignIn(ctx.system, admin.accessToken, setUp.customer.domain, c.roles);
      const created = await createApiClient(url(), creator.accessToken, {
        name: `Standing ${c.name.slice(0, 40)}`,
        permissions: c.client,
        expiresAt: LATER,
      });
      const before = await clientToken(url(), created);
      expect(await outcome(c.lost.call, before)).toBe('allowed');
      if (c.kept) expect(await outcome(c.kept.call, before)).toBe('allowed');

      await c.drop(creator);

      // The token issued before the change: refused on the next request, like the creator's own tokens.
      expect(await outcome(c.lost.call, before)).toBe('UNAUTHENTICATED');
      const credentials = { clientId: created.client.id, clientSecret: created.clientSecret };
      // A scope naming what the creator lost is beyond what may be granted now.
      const asked = await requestToken(url(), credentials, { scope: c.lost.permission });
      if (c.kept) {
        expect([asked.status, asked.body.error]).toEqual([400, 'invalid_scope']);
        // A new token carries the client's permissions within the creator's current ones.
        const fresh = await requestToken(url(), credentials);
        expect([fresh.status, fresh.body.scope]).toEqual([200, c.kept.permission]);
        const token = fresh.body.access_token as string;
        expect(await outcome(c.lost.call, token)).toBe('FORBIDDEN');
        expect(await outcome(c.kept.call, token)).toBe('allowed');
        const listed = await ok<{
          apiClients: { id: string; permissions: string[]; effectivePermissions: string[] }[];
        }>(url(), LIST, {}, admin.accessToken);
        expect(listed.apiClients.find((x) => x.id === created.client.id)).toMatchObject({
          permissions: c.client,
          effectivePermissions: [c.kept.permission],
        });
      } else {
        // A creator who may do nothing: no token at all.
        expect([asked.status, asked.body.error]).toEqual([401, 'invalid_client']);
        const fresh = await requestToken(url(), credentials);
        expect([fresh.status, fresh.body.error]).toEqual([401, 'invalid_client']);
        expect(String(fresh.body.error_description)).toMatch(/creat/i);
      }
    },
  );

  it('API-1 a restored creator: the client acts again, within the creator’s standing (the rule is “now”, not “ever”)', async () => {
    const creator = await addUserAndSignIn(ctx.system, admin.accessToken, setUp.customer.domain, [
      'ACCOUNT_ADMINISTRATOR',
    ]);
    const created = await createApiClient(url(), creator.accessToken, {
      name: 'Restored creator',
      permissions: ['VIEW_ORDERS'],
      expiresAt: LATER,
    });
    await ok(url(), REVOKE, { id: creator.user.id }, admin.accessToken);
    const credentials = { clientId: created.client.id, clientSecret: created.clientSecret };
    expect((await requestToken(url(), credentials)).status).toBe(401);
    await ok(url(), RESTORE, { id: creator.user.id }, admin.accessToken);
    expect(await outcome(`{ orders { totalCount } }`, await clientToken(url(), created))).toBe('allowed');
  });

  it('API-1 ACC-9 BEN-7 a partner client limited to a customer loses that customer’s benefits when the customer removes the partner', async () => {
    const { partner, customer } = setUp;
    const created: CreatedClient = await createApiClient(url(), partner.admin.accessToken, {
      name: 'Benefits tool',
      permissions: ['MANAGE_BENEFITS', 'VIEW_LICENSES'],
      expiresAt: LATER,
      customerIds: [customer.organizationId],
    });
    const token = await clientToken(url(), created);
    const BENEFITS = `query($c: ID) { benefitGroups(customerId: $c) { __typename } }`;
    const vars = { c: customer.organizationId };
    expect(await outcome(BENEFITS, token, vars)).toBe('FORBIDDEN'); // not approved yet
    const requested = await ok<{ requestBenefitPermission: { id: string } }>(
      url(),
      'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id } }',
      vars,
      token,
    );
    const decide = (decision: string) =>
      ok(
        url(),
        `mutation($id: ID!, $d: BenefitPermissionDecision!) { decideBenefitPermission(id: $id, decision: $d) { status } }`,
        { id: requested.requestBenefitPermission.id, d: decision },
        customer.admin.accessToken,
      );
    await decide('APPROVED');
    expect(await outcome(BENEFITS, token, vars)).toBe('allowed');
    await decide('REMOVED');
    expect(await outcome(BENEFITS, token, vars)).toBe('FORBIDDEN');
    // Nor does a new token bring it back.
    expect(await outcome(BENEFITS, await clientToken(url(), created), vars)).toBe('FORBIDDEN');
  });
});

describe('API-1 ACC-10 OPS-3 every use is in the audit log, rolled up per client and hour, and pruned', () => {
  const AUDIT = `query($id: ID!) { auditLog(filter: { targetId: $id }, first: 100) {
    totalCount edges { node { action count at lastAt after actorWorkAccount } } } }`;
  type Entry = {
    action: string;
    count: number;
    at: string;
    lastAt: string;
    after: string | null;
    actorWorkAccount: string;
  };
  const auditOf = async (id: string) =>
    (
      await ok<{ auditLog: { totalCount: number; edges: { node: Entry }[] } }>(
        url(),
        AUDIT,
        { id },
        admin.accessToken,
      )
    ).auditLog;
  const usesIn = (entries: Entry[]) =>
    entries.filter((e) => e.action === 'API_CLIENT_USE').reduce((n, e) => n + e.count, 0);

  it('API-1 ACC-10 OPS-3 50 uses in an hour (20 at once) are one use entry with count 50 (by operation); the next hour another; 90 days on they are pruned, the administrator’s entries stay', async () => {
    const { system, clock } = ctx;
    await freshAdmin();
    const created = await createApiClient(url(), admin.accessToken, {
      name: 'Busy tool',
      permissions: ['VIEW_ORDERS'],
      expiresAt: LATER,
    });
    const id = created.client.id;
    const token = await clientToken(url(), created);
    for (let i = 0; i < 30; i++) await ok(url(), `query ListOrders { orders { totalCount } }`, {}, token);
    // Concurrent uses count into the same entry (insert-or-ignore, then the row locked).
    await Promise.all(
      Array.from({ length: 20 }, () => ok(url(), `query CountOrders { orders { totalCount } }`, {}, token)),
    );
    await expect.poll(async () => usesIn((await auditOf(id)).edges.map((e) => e.node))).toBe(50);
    const log = await auditOf(id);
    expect(log.edges.map((e) => `${e.node.action} ×${e.node.count}`).sort()).toEqual([
      'API_CLIENT_TOKEN ×1',
      'API_CLIENT_USE ×50',
      'CREATE_API_CLIENT ×1',
    ]);
    const use = log.edges.find((e) => e.node.action === 'API_CLIENT_USE')!.node;
    expect(use.actorWorkAccount).toBe('API client Busy tool');
    expect(JSON.parse(use.after!)).toMatchObject({ counts: { ListOrders: 30, CountOrders: 20 } });

    // The next hour starts a new entry.
    clock.advance(60 * 60_000);
    const later = await clientToken(url(), created);
    await ok(url(), `query ListOrders { orders { totalCount } }`, {}, later);
    await freshAdmin();
    await expect.poll(async () => usesIn((await auditOf(id)).edges.map((e) => e.node))).toBe(51);
    expect((await auditOf(id)).totalCount).toBe(5);

    // OPS-3: the client's token and use entries go after 90 days; administrative changes stay.
    clock.advance(89 * 24 * 60 * 60_000);
    await system.accounts.prune();
    await freshAdmin();
    expect((await auditOf(id)).totalCount).toBe(5);
    clock.advance(2 * 24 * 60 * 60_000);
    const deleted = await system.accounts.prune();
    expect(deleted['API client token and use audit entries']).toBeGreaterThanOrEqual(4);
    await freshAdmin();
    expect((await auditOf(id)).edges.map((e) => e.node.action)).toEqual(['CREATE_API_CLIENT']);
  });
});
