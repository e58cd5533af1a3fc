import { codeOf, createPartner, gql, ok, registerCustomer } from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let a: Awaited<ReturnType<typeof registerCustomer>>;
let b: Awaited<ReturnType<typeof registerCustomer>>;
let partner: Awaited<ReturnType<typeof createPartner>>;

beforeAll(async () => {
  partner = await createPartner(ctx.system);
  a = await registerCustomer(ctx.system, { partnerOrganizationId: partner.organizationId });
  b = await registerCustomer(ctx.system);
});

describe('tenant isolation (ACC-1, ACC-9)', () => {
  it("ACC-1 one organization can never read another organization's users", async () => {
    const { system } = ctx;
    const list = await ok<{ users: { edges: { node: { id: string } }[] } }>(
      system.gatewayUrl,
      '{ users { edges { node { id } } } }',
      {},
      a.admin.accessToken,
    );
    expect(list.users.edges.map((e) => e.node.id)).toEqual([a.admin.user.id]);
    const other = await ok<{ user: unknown }>(
      system.gatewayUrl,
      'query($id: ID!) { user(id: $id) { id } }',
      { id: b.admin.user.id },
      a.admin.accessToken,
    );
    expect(other.user).toBeNull();
    const audit = await ok<{ auditLog: { edges: { node: { targetId: string } }[] } }>(
      system.gatewayUrl,
      '{ auditLog { edges { node { targetId } } } }',
      {},
      a.admin.accessToken,
    );
    expect(audit.auditLog.edges.map((e) => e.node.targetId)).not.toContain(b.admin.user.id);
    const deliveries = await ok<{ deliveryLog: { edges: { node: { recipient: string } }[] } }>(
      system.gatewayUrl,
      '{ deliveryLog { edges { node { recipient } } } }',
      {},
      a.admin.accessToken,
    );
    expect(deliveries.deliveryLog.edges.map((e) => e.node.recipient)).not.toContain(b.adminEmail);
  });

  it("ACC-1 one organization can never change another organization's users", async () => {
    const { system } = ctx;
    const attempts = [
      [
        'updateUserRoles',
        'mutation($id: ID!) { updateUserRoles(input: { id: $id, roles: [ACCOUNT_VIEWER] }) { id } }',
      ],
      [
        'updateUserDetails',
        'mutation($id: ID!) { updateUserDetails(input: { id: $id, firstName: "Mallory" }) { id } }',
      ],
      ['revokeUser', 'mutation($id: ID!) { revokeUser(id: $id) { id } }'],
      ['resetUserPassword', 'mutation($id: ID!) { resetUserPassword(id: $id) { id } }'],
    ] as const;
    for (const [name, query] of attempts) {
      expect(
        codeOf(await gql(system.gatewayUrl, query, { id: b.admin.user.id }, a.admin.accessToken)),
        name,
      ).toBe('NOT_FOUND');
    }
    const stillB = await ok<{ me: { roles: string[]; firstName: string; status: string } }>(
      system.gatewayUrl,
      '{ me { roles firstName status } }',
      {},
      b.admin.accessToken,
    );
    expect(stillB.me).toEqual({
      roles: ['ACCOUNT_ADMINISTRATOR', 'USER_ADMINISTRATOR'],
      firstName: 'Ada',
      status: 'ACTIVE',
    });
    const addOnB = await gql(
      system.gatewayUrl,
      'mutation($d: String!) { addUser(input: { userId: "mallory", domain: $d, email: "m@mail.example", firstName: "M", lastName: "M", roles: [ACCOUNT_ADMINISTRATOR] }) { id } }',
      { d: b.domain },
      a.admin.accessToken,
    );
    expect(addOnB.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });
  });

  it('ACC-9 a partner sees only its own customers, and not their users', async () => {
    const { system } = ctx;
    const customers = await ok<{
      myCustomers: { totalCount: number; edges: { node: { id: string; partnerOfRecord: { id: string } } }[] };
    }>(
      system.gatewayUrl,
      '{ myCustomers { totalCount edges { node { id partnerOfRecord { id } } } } }',
      {},
      partner.admin.accessToken,
    );
    expect(customers.myCustomers.edges.map((e) => e.node.id)).toEqual([a.organizationId]);
    expect(customers.myCustomers.edges[0]!.node.partnerOfRecord.id).toBe(partner.organizationId);
    const users = await ok<{ users: { edges: { node: { id: string } }[] } }>(
      system.gatewayUrl,
      '{ users { edges { node { id } } } }',
      {},
      partner.admin.accessToken,
    );
    expect(users.users.edges.map((e) => e.node.id)).toEqual([partner.admin.user.id]);
    const me = await ok<{ me: { organization: { kind: string } } }>(
      system.gatewayUrl,
      '{ me { organization { kind } } }',
      {},
      partner.admin.accessToken,
    );
    expect(me.me.organization.kind).toBe('PARTNER');
  });
});
