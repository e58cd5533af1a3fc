import { PERMISSIONS, ROLE_PERMISSIONS } from '@bc/platform';
import {
  addUserAndSignIn,
  CREATE_API_CLIENT,
  type CreatedClient,
  clientToken,
  codeOf,
  createApiClient,
  customerWithAgreement,
  gql,
  ok,
  PLACE_ORDER,
  partnerWithCustomer,
  registerCustomer,
  requestToken,
  type Session,
  type signedAgreement,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, ROLES } from './support/authorization-table.ts';
import { rootQueries } from './support/root-operations.ts';
import { useSystem } from './support/tier.ts';

/**
 * API-1 end to end through the gateway: administrators create API clients with a subset of their own
 * permissions, tools get client-credentials tokens at /oauth/token (RFC 6749 §4.4, errors as §5.2),
 * the token is enforced by the one permission matrix in every subgraph, a partner's client reaches
 * only its chosen customers, revoke and expiry end it at once, and every issue and use is audited.
 */
const ctx = useSystem();
const url = () => ctx.system.gatewayUrl;
/** The scenario clock starts 2026-03-02; clients expire later than any step below moves it. */
const LATER = '2026-09-01T00:00:00.000Z';

let setUp: Awaited<ReturnType<typeof partnerWithCustomer>>;
let secondCustomer: Awaited<ReturnType<typeof registerCustomer>>;
let secondAgreement: Awaited<ReturnType<typeof signedAgreement>>;
let fixture: Fixture;
const sessions = new Map<string, Session>();

const customerAdmin = () => setUp.customer.admin.accessToken;
const partnerAdmin = () => setUp.partner.admin.accessToken;

beforeAll(async () => {
  const { system } = ctx;
  setUp = await partnerWithCustomer(system);
  const { customer, partner, agreement } = setUp;
  ({ customer: secondCustomer, agreement: secondAgreement } = await customerWithAgreement(system, partner));
  const order = await ok<{ placeOrder: { id: string } }>(
    system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: agreement.purchasingAccount.id,
        agreementId: agreement.id,
        type: 'NEW',
        purchaseOrderNumber: 'PO-API-1',
        lines: [
          {
            kind: 'PRODUCT',
            sku: 'SQL-ENT',
            name: 'SQL Server Enterprise',
            quantity: 5,
            listUnitPrice: { amountMinor: 100, currency: 'USD' },
          },
        ],
      },
    },
    partner.admin.accessToken,
  );
  for (const role of ['USER_ADMINISTRATOR', 'AGREEMENT_ADMINISTRATOR', 'ACCOUNT_VIEWER'])
    sessions.set(role, await addUserAndSignIn(system, customerAdmin(), customer.domain, [role]));
  fixture = {
    customerId: customer.organizationId,
    purchasingAccountId: agreement.purchasingAccount.id,
    agreementId: agreement.id,
    orderId: order.placeOrder.id,
    userId: sessions.get('ACCOUNT_VIEWER')!.user.id,
  };
});

const LIST = `query { apiClients { id name permissions status lastUsedAt revokedAt customers { id } } }`;

describe('API-1 creating API clients', () => {
  it('API-1 an administrator creates a client with a subset of its permissions; the secret is shown once, never listed', async () => {
    const created = await createApiClient(url(), customerAdmin(), {
      name: 'Licensing sync',
      permissions: ['VIEW_LICENSES', 'VIEW_ORDERS', 'VIEW_LICENSES'],
      expiresAt: LATER,
    });
    expect(created.clientSecret).toMatch(/^bcs_[A-Za-z0-9_-]{43}$/);
    expect(created.client).toMatchObject({
      name: 'Licensing sync',
      status: 'ACTIVE',
      lastUsedAt: null,
      customers: null,
    });
    expect(created.client.permissions).toEqual(['VIEW_ORDERS', 'VIEW_LICENSES']); // the matrix's order
    const listed = await ok<{ apiClients: { id: string }[] }>(url(), LIST, {}, customerAdmin());
    expect(listed.apiClients.map((c) => c.id)).toContain(created.client.id);
    expect(JSON.stringify(listed)).not.toContain(created.clientSecret);
  });

  it('API-1 ACC-6 asking for any permission the creator lacks is refused FORBIDDEN, for every administrator role and permission', async () => {
    const refusedWrongly: string[] = [];
    for (const role of ['USER_ADMINISTRATOR', 'AGREEMENT_ADMINISTRATOR'] as const) {
      const own = ROLE_PERMISSIONS[role];
      const token = sessions.get(role)!.accessToken;
      // Its own permissions, all at once: allowed.
      await createApiClient(url(), token, { name: `${role} own`, permissions: [...own], expiresAt: LATER });
      for (const permission of PERMISSIONS.filter((p) => !own.includes(p))) {
        const answer = await gql(
          url(),
          CREATE_API_CLIENT,
          { input: { name: 'more', permissions: [own[0], permission], expiresAt: LATER } },
          token,
        );
        if (codeOf(answer) !== 'FORBIDDEN' || !answer.errors![0]!.message.includes(permission))
          refusedWrongly.push(`${role} + ${permission}: ${codeOf(answer)}`);
      }
    }
    expect(refusedWrongly).toEqual([]);
    // Whoever may not manage users may not create clients at all.
    const viewer = await gql(
      url(),
      CREATE_API_CLIENT,
      { input: { name: 'x', permissions: ['VIEW_ORDERS'], expiresAt: LATER } },
      sessions.get('ACCOUNT_VIEWER')!.accessToken,
    );
    expect(codeOf(viewer)).toBe('FORBIDDEN');
  });

  it('API-1 bad input names its field and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: ' ', permissions: ['VIEW_ORDERS'], expiresAt: LATER }, 'name'],
      [{ name: 'x', permissions: [], expiresAt: LATER }, 'permissions'],
      [{ name: 'x', permissions: ['VIEW_ORDERS'], expiresAt: '2026-03-01T00:00:00.000Z' }, 'expiresAt'],
      [
        { name: 'x', permissions: ['VIEW_ORDERS'], expiresAt: LATER, customerIds: [fixture.customerId] },
        'customerIds',
      ],
    ];
    const before = (await ok<{ apiClients: unknown[] }>(url(), LIST, {}, customerAdmin())).apiClients.length;
    for (const [input, field] of cases) {
      const answer = await gql(url(), CREATE_API_CLIENT, { input }, customerAdmin());
      expect([codeOf(answer), answer.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    // A partner names only customers it serves.
    const foreign = await gql(
      url(),
      CREATE_API_CLIENT,
      {
        input: {
          name: 'x',
          permissions: ['VIEW_ORDERS'],
          expiresAt: LATER,
          customerIds: [(await registerCustomer(ctx.system)).organizationId],
        },
      },
      partnerAdmin(),
    );
    expect([codeOf(foreign), foreign.errors?.[0]?.extensions?.field]).toEqual([
      'BAD_USER_INPUT',
      'customerIds',
    ]);
    expect((await ok<{ apiClients: unknown[] }>(url(), LIST, {}, customerAdmin())).apiClients).toHaveLength(
      before,
    );
  });
});

describe('API-1 the token endpoint (RFC 6749 §4.4, §5)', () => {
  let created: CreatedClient;
  beforeAll(async () => {
    created = await createApiClient(url(), customerAdmin(), {
      name: 'Token tests',
      permissions: ['VIEW_AGREEMENTS', 'VIEW_ORDERS'],
      expiresAt: LATER,
    });
  });
  const credentials = () => ({ clientId: created.client.id, clientSecret: created.clientSecret });

  it('API-1 client_secret_basic and client_secret_post each give a Bearer token, never cached, that reads what it may', async () => {
    for (const method of ['basic', 'post'] as const) {
      const answer = await requestToken(url(), credentials(), { method });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.body).toMatchObject({
        token_type: 'Bearer',
        expires_in: 600,
        scope: 'VIEW_AGREEMENTS VIEW_ORDERS',
      });
      const read = await gql(url(), `{ orders { totalCount } }`, {}, answer.body.access_token as string);
      expect(read.errors).toBeUndefined();
    }
  });

  it('API-1 a scope narrows the token to fewer permissions; a scope beyond the client is invalid_scope', async () => {
    const narrow = await requestToken(url(), credentials(), { scope: 'VIEW_ORDERS' });
    expect(narrow.body.scope).toBe('VIEW_ORDERS');
    const token = narrow.body.access_token as string;
    expect(codeOf(await gql(url(), `{ orders { totalCount } }`, {}, token))).toBeNull();
    expect(codeOf(await gql(url(), `{ agreements { totalCount } }`, {}, token))).toBe('FORBIDDEN');
    const wider = await requestToken(url(), credentials(), { scope: 'VIEW_ORDERS VIEW_LICENSES' });
    expect([wider.status, wider.body.error]).toEqual([400, 'invalid_scope']);
  });

  it('API-1 RFC 6749 §5.2 errors: invalid_client (401 + WWW-Authenticate), invalid_request, unsupported_grant_type', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(new URL('/oauth/token', url()), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      }).then(async (r) => ({
        status: r.status,
        headers: r.headers,
        body: (await r.json()) as Record<string, unknown>,
      }));
    for (const wrong of [
      { ...credentials(), clientSecret: `${created.clientSecret}x` },
      { ...credentials(), clientId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      for (const method of ['basic', 'post'] as const) {
        const answer = await requestToken(url(), wrong, { method });
        expect([answer.status, answer.body.error]).toEqual([401, 'invalid_client']);
        expect(answer.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
        expect(answer.headers.get('cache-control')).toBe('no-store');
      }
    }
    expect((await post('grant_type=client_credentials')).body.error).toBe('invalid_client');
    const cases: [string, Record<string, string>, number, string][] = [
      [`client_id=${created.client.id}&client_secret=${created.clientSecret}`, {}, 400, 'invalid_request'],
      [
        `grant_type=password&client_id=${created.client.id}&client_secret=${created.clientSecret}`,
        {},
        400,
        'unsupported_grant_type',
      ],
      [
        `grant_type=client_credentials&grant_type=client_credentials&client_id=${created.client.id}&client_secret=${created.clientSecret}`,
        {},
        400,
        'invalid_request',
      ],
      [
        `grant_type=client_credentials&client_id=${created.client.id}&client_secret=${created.clientSecret}`,
        {
          authorization: `Basic ${Buffer.from(`${created.client.id}:${created.clientSecret}`).toString('base64')}`,
        },
        400,
        'invalid_request',
      ],
      [
        JSON.stringify({ grant_type: 'client_credentials' }),
        { 'content-type': 'application/json' },
        400,
        'invalid_request',
      ],
    ];
    for (const [body, headers, status, error] of cases) {
      const answer = await post(body, headers);
      expect([body, answer.status, answer.body.error]).toEqual([body, status, error]);
    }
    expect((await fetch(new URL('/oauth/token', url()))).status).toBe(405);
  });
});

describe('API-1 ACC-5 a client token under the one permission matrix', () => {
  it.each(ROLES)(
    'API-1 a client given the permissions of %s reads exactly what that role reads',
    async (role) => {
      const created = await createApiClient(url(), customerAdmin(), {
        name: `Matrix ${role}`,
        permissions: [...ROLE_PERMISSIONS[role]],
        expiresAt: LATER,
      });
      const token = await clientToken(url(), created);
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const op of rootQueries()) {
        const answer = await gql(url(), op.document, op.expectation.variables?.(fixture) ?? {}, token);
        const code = codeOf(answer);
        outcomes[op.key] =
          code === 'FORBIDDEN' || code === 'UNAUTHENTICATED'
            ? code
            : code?.startsWith('INTERNAL')
              ? `broken ${code}`
              : 'allowed';
        // `me` is a person: a tool's token has none to show.
        expected[op.key] =
          op.key === 'Query.me'
            ? 'FORBIDDEN'
            : op.expectation.allowed.includes(role)
              ? 'allowed'
              : 'FORBIDDEN';
      }
      expect(outcomes).toEqual(expected);
    },
  );
});

describe('API-1 a partner client reaches only the customers chosen for it', () => {
  const READS = `query {
    myCustomers { edges { node { id } } }
    agreements { edges { node { id organizationId } } }
    purchasingAccounts { edges { node { organizationId } } }
  }`;
  type Reads = {
    myCustomers: { edges: { node: { id: string } }[] };
    agreements: { edges: { node: { id: string; organizationId: string } }[] };
    purchasingAccounts: { edges: { node: { organizationId: string } }[] };
  };
  const organizationsIn = (r: Reads) => ({
    customers: r.myCustomers.edges.map((e) => e.node.id).sort(),
    agreements: [...new Set(r.agreements.edges.map((e) => e.node.organizationId))].sort(),
    accounts: [...new Set(r.purchasingAccounts.edges.map((e) => e.node.organizationId))].sort(),
  });

  it('API-1 ACC-9 limited to one customer: lists, reads by id and writes for the other are refused or empty', async () => {
    const first = fixture.customerId;
    const second = secondCustomer.organizationId;
    const limited = await createApiClient(url(), partnerAdmin(), {
      name: 'One customer',
      permissions: ['VIEW_AGREEMENTS', 'VIEW_ORDERS', 'EDIT_ACTIVE_AGREEMENTS'],
      expiresAt: LATER,
      customerIds: [first],
    });
    expect(limited.client.customers).toEqual([{ id: first }]);
    const everyone = await createApiClient(url(), partnerAdmin(), {
      name: 'All customers',
      permissions: ['VIEW_AGREEMENTS'],
      expiresAt: LATER,
    });
    const limitedToken = await clientToken(url(), limited);
    expect(organizationsIn(await ok<Reads>(url(), READS, {}, limitedToken))).toEqual({
      customers: [first],
      agreements: [first],
      accounts: [first],
    });
    expect(organizationsIn(await ok<Reads>(url(), READS, {}, await clientToken(url(), everyone)))).toEqual({
      customers: [first, second].sort(),
      agreements: [first, second].sort(),
      accounts: [first, second].sort(),
    });
    const other = await ok<{ agreement: unknown; purchasingAccounts: { totalCount: number } }>(
      url(),
      `query($id: ID!, $c: ID) { agreement(id: $id) { id } purchasingAccounts(customerId: $c) { totalCount } }`,
      { id: secondAgreement.id, c: second },
      limitedToken,
    );
    expect(other).toEqual({ agreement: null, purchasingAccounts: { totalCount: 0 } });
    const order = (purchasingAccountId: string, agreementId: string) =>
      gql(
        url(),
        PLACE_ORDER,
        {
          input: {
            purchasingAccountId,
            agreementId,
            type: 'NEW',
            purchaseOrderNumber: 'PO-CLIENT',
            lines: [
              {
                kind: 'PRODUCT',
                sku: 'SQL-ENT',
                name: 'SQL Server Enterprise',
                quantity: 1,
                listUnitPrice: { amountMinor: 100, currency: 'USD' },
              },
            ],
          },
        },
        limitedToken,
      );
    expect(codeOf(await order(secondAgreement.purchasingAccount.id, secondAgreement.id))).toBe('NOT_FOUND');
    expect(codeOf(await order(setUp.agreement.purchasingAccount.id, setUp.agreement.id))).toBeNull();
  });
});

describe('API-1 revoke, rotate, expiry, last use and audit', () => {
  it('API-1 a revoked client: its token is UNAUTHENTICATED on the next request and it gets no new one', async () => {
    const created = await createApiClient(url(), customerAdmin(), {
      name: 'To revoke',
      permissions: ['VIEW_ORDERS'],
      expiresAt: LATER,
    });
    const token = await clientToken(url(), created);
    expect(codeOf(await gql(url(), `{ orders { totalCount } }`, {}, token))).toBeNull();
    const revoked = await ok<{ revokeApiClient: { status: string } }>(
      url(),
      `mutation($id: ID!) { revokeApiClient(id: $id) { status } }`,
      { id: created.client.id },
      customerAdmin(),
    );
    expect(revoked.revokeApiClient.status).toBe('REVOKED');
    expect(codeOf(await gql(url(), `{ orders { totalCount } }`, {}, token))).toBe('UNAUTHENTICATED');
    const again = await requestToken(url(), {
      clientId: created.client.id,
      clientSecret: created.clientSecret,
    });
    expect([again.status, again.body.error]).toEqual([401, 'invalid_client']);
  });

  it('API-1 rotating the secret ends the old secret and its tokens; the new one works', async () => {
    const created = await createApiClient(url(), customerAdmin(), {
      name: 'To rotate',
      permissions: ['VIEW_ORDERS'],
      expiresAt: LATER,
    });
    const oldToken = await clientToken(url(), created);
    const rotated = await ok<{ rotateApiClientSecret: CreatedClient }>(
      url(),
      `mutation($id: ID!) { rotateApiClientSecret(id: $id) { clientSecret client { id } } }`,
      { id: created.client.id },
      customerAdmin(),
    );
    expect(codeOf(await gql(url(), `{ orders { totalCount } }`, {}, oldToken))).toBe('UNAUTHENTICATED');
    expect(
      (await requestToken(url(), { clientId: created.client.id, clientSecret: created.clientSecret })).status,
    ).toBe(401);
    const fresh = await clientToken(url(), {
      ...created,
      clientSecret: rotated.rotateApiClientSecret.clientSecret,
    });
    expect(codeOf(await gql(url(), `{ orders { totalCount } }`, {}, fresh))).toBeNull();
  });

  it('API-1 a client past its expiry: tokens end with it (never outlive it) and no new one is issued', async () => {
    const expiresAt = new Date(ctx.clock.now().getTime() + 5 * 60_000).toISOString();
    const created = await createApiClient(url(), customerAdmin(), {
      name: 'Short-lived',
      permissions: ['VIEW_ORDERS'],
      expiresAt,
    });
    const answer = await requestToken(url(), {
      clientId: created.client.id,
      clientSecret: created.clientSecret,
    });
    expect(answer.body.expires_in).toBe(300);
    ctx.clock.advance(6 * 60_000);
    expect(
      codeOf(await gql(url(), `{ orders { totalCount } }`, {}, answer.body.access_token as string)),
    ).toBe('UNAUTHENTICATED');
    expect(
      (await requestToken(url(), { clientId: created.client.id, clientSecret: created.clientSecret })).status,
    ).toBe(401);
    const listed = await ok<{ apiClients: { id: string; status: string }[] }>(
      url(),
      LIST,
      {},
      customerAdmin(),
    );
    expect(listed.apiClients.find((c) => c.id === created.client.id)?.status).toBe('EXPIRED');
  });

  it('API-1 ACC-10 every token issued and every use is in the audit log naming the client; lastUsedAt moves', async () => {
    const created = await createApiClient(url(), customerAdmin(), {
      name: 'Audited tool',
      permissions: ['VIEW_ORDERS'],
      expiresAt: LATER,
    });
    const token = await clientToken(url(), created);
    await ok(url(), `query ListOrders { orders { totalCount } }`, {}, token);
    const AUDIT = `query($id: ID!) { auditLog(filter: { targetId: $id }) { edges { node { actorWorkAccount action after } } } }`;
    type Audit = {
      auditLog: { edges: { node: { actorWorkAccount: string; action: string; after: string } }[] };
    };
    await expect
      .poll(async () => {
        const log = await ok<Audit>(url(), AUDIT, { id: created.client.id }, customerAdmin());
        return log.auditLog.edges.map((e) => `${e.node.action} by ${e.node.actorWorkAccount}`).sort();
      })
      .toEqual([
        'API_CLIENT_TOKEN by API client Audited tool',
        'API_CLIENT_USE by API client Audited tool',
        `CREATE_API_CLIENT by ${setUp.customer.admin.user.workAccount}`,
      ]);
    const use = (
      await ok<Audit>(url(), AUDIT, { id: created.client.id }, customerAdmin())
    ).auditLog.edges.find((e) => e.node.action === 'API_CLIENT_USE')!;
    // Counted into the client's entry for the hour (API-1 follow-up: one entry per client and hour).
    expect(JSON.parse(use.node.after)).toMatchObject({ counts: { ListOrders: 1 } });
    const listed = await ok<{ apiClients: { id: string; lastUsedAt: string | null }[] }>(
      url(),
      LIST,
      {},
      customerAdmin(),
    );
    expect(listed.apiClients.find((c) => c.id === created.client.id)?.lastUsedAt).toBe(
      ctx.clock.now().toISOString(),
    );
  });
});
