import { agreements as events } from '@bc/contracts';
import { identityFromClaims, OutboxMessage, signGatewayToken } from '@bc/platform';
import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../harness/statements.ts';
import {
  type AgreementView,
  PLACE_ORDER,
  signedAgreement,
  waitForCustomerLink,
} from './support/agreements.ts';
import { codeOf, gql, ok } from './support/client.ts';
import {
  addUserAndSignIn,
  createPartner,
  PASSWORD,
  registerCustomer,
  type Session,
  signIn,
} from './support/flows.ts';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let partner: Awaited<ReturnType<typeof createPartner>>;
let otherPartner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let stranger: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
let viewer: Session;

beforeAll(async () => {
  const { system } = ctx;
  partner = await createPartner(system);
  otherPartner = await createPartner(system);
  customer = await registerCustomer(system, { partnerOrganizationId: partner.organizationId });
  stranger = await registerCustomer(system, { partnerOrganizationId: otherPartner.organizationId });
  await waitForCustomerLink(system, partner.organizationId, customer.organizationId);
  agreement = await signedAgreement(
    system,
    partner.admin.accessToken,
    customer.organizationId,
    customer.admin.accessToken,
  );
  viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']);
});

interface OrderView {
  id: string;
  number: string;
  lines: { kind: string; sku: string; unitPrice: { amountMinor: number }; priceProtected: boolean }[];
  total: { amountMinor: number; amount: string; currency: string };
}

const line = (
  kind: 'PRODUCT' | 'ONLINE_SERVICE',
  sku: string,
  quantity: number,
  amountMinor: number,
  currency = 'USD',
) => ({
  kind,
  sku,
  name: sku,
  quantity,
  listUnitPrice: { amountMinor, currency },
});

async function order(token: string, overrides: Record<string, unknown> = {}) {
  return gql<{ placeOrder: OrderView }>(
    ctx.system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: agreement.purchasingAccount.id,
        agreementId: agreement.id,
        type: 'NEW',
        purchaseOrderNumber: 'PO-1',
        lines: [line('PRODUCT', 'WIN-SRV-STD', 2, 90_000), line('ONLINE_SERVICE', 'O365-E3', 10, 2_000)],
        ...overrides,
      },
    },
    token,
  );
}

describe('AGR-5 orders', () => {
  it('AGR-5 EVT-1 the partner orders; the order and agreements.order.placed.v1 carry every line', async () => {
    const { system } = ctx;
    const placed = await order(partner.admin.accessToken);
    expect(placed.errors).toBeUndefined();
    const o = placed.data!.placeOrder;
    expect(o.lines.map((l) => l.sku)).toEqual(['WIN-SRV-STD', 'O365-E3']);
    expect(o.total).toEqual({ amountMinor: 2 * 90_000 + 10 * 2_000, amount: '2000.00', currency: 'USD' });
    const em = system.agreements.runtime.orm.em.fork();
    const rows = await em.find(OutboxMessage, { topic: events.orderPlaced.topic });
    const envelope = JSON.parse(rows.find((r) => r.envelope.includes(o.id))!.envelope);
    expect(envelope.payload.lines).toHaveLength(2);
    expect(envelope.payload).toMatchObject({
      orderNumber: o.number,
      agreementNumber: agreement.number,
      type: 'NEW',
    });
  });

  it('AGR-5 ACC-5 only the partner of record orders; customers read; bad input is refused with the field', async () => {
    const { system } = ctx;
    expect(codeOf(await order(customer.admin.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await order(otherPartner.admin.accessToken))).toBe('NOT_FOUND');
    const cases: [Record<string, unknown>, string][] = [
      [{ lines: [] }, 'lines'],
      [{ lines: [line('PRODUCT', 'X', 0, 100)] }, 'lines[0].quantity'],
      [{ lines: [line('PRODUCT', 'X', 1, -5)] }, 'lines[0].listUnitPrice.amountMinor'],
      [
        { lines: [line('PRODUCT', 'X', 1, 100), line('PRODUCT', 'Y', 1, 100, 'EUR')] },
        'lines[1].listUnitPrice.currency',
      ],
      [{ purchaseOrderNumber: ' ' }, 'purchaseOrderNumber'],
    ];
    for (const [overrides, field] of cases) {
      const result = await order(partner.admin.accessToken, overrides);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const viewed = await ok<{ orders: { totalCount: number } }>(
      system.gatewayUrl,
      '{ orders { totalCount } }',
      {},
      viewer.accessToken,
    );
    expect(viewed.orders.totalCount).toBeGreaterThan(0);
    const theirs = await ok<{ orders: { totalCount: number } }>(
      system.gatewayUrl,
      '{ orders { totalCount } }',
      {},
      stranger.admin.accessToken,
    );
    expect(theirs.orders.totalCount).toBe(0);
    // Not by id, and not through an entity reference either.
    const one = (await order(partner.admin.accessToken)).data!.placeOrder;
    const byId = await ok<{ order: unknown }>(
      system.gatewayUrl,
      'query($id: ID!) { order(id: $id) { id } }',
      { id: one.id },
      stranger.admin.accessToken,
    );
    expect(byId.order).toBeNull();
    const claims = JSON.parse(Buffer.from(stranger.admin.accessToken.split('.')[1]!, 'base64url').toString());
    const gatewayToken = await signGatewayToken(system.subgraphSecret, 'agreements', {
      user: identityFromClaims(claims),
      requestId: 't',
    });
    const entities = await gql<{ _entities: unknown[] }>(
      `${system.agreementsUrl}/graphql`,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id } } }',
      { r: [{ __typename: 'Order', id: one.id }] },
      undefined,
      { 'x-bc-gateway-token': gatewayToken },
    );
    expect(entities.data?._entities).toEqual([null]);
    const own = await ok<{ order: { id: string } }>(
      system.gatewayUrl,
      'query($id: ID!) { order(id: $id) { id } }',
      { id: one.id },
      viewer.accessToken,
    );
    expect(own.order.id).toBe(one.id);
  });
});

describe('AGR-6 order history', () => {
  it('AGR-6 all seven filters alone and combined, paged', async () => {
    const { system, clock } = ctx;
    const second = await signedAgreement(
      system,
      partner.admin.accessToken,
      customer.organizationId,
      customer.admin.accessToken,
    );
    const placed: { number: string; type: string; day: string; agreement: AgreementView }[] = [];
    const start = clock.now();
    const plan = [
      ['NEW', 0, agreement],
      ['ADD_ON', 2, agreement],
      ['RENEWAL', 4, second],
      ['TRUE_UP', 6, second],
      ['ADD_ON', 8, second],
    ] as const;
    for (const [type, days, ag] of plan) {
      clock.set(new Date(start.getTime() + days * 86_400_000));
      const token = (await signIn(system, partner.admin.user.workAccount, PASSWORD)).accessToken;
      const result = await gql<{ placeOrder: OrderView }>(
        system.gatewayUrl,
        PLACE_ORDER,
        {
          input: {
            purchasingAccountId: ag.purchasingAccount.id,
            agreementId: ag.id,
            type,
            purchaseOrderNumber: `PO-${type}`,
            lines: [line('PRODUCT', 'SQL-ENT', 1, 500_000)],
          },
        },
        token,
      );
      expect(result.errors).toBeUndefined();
      placed.push({
        number: result.data!.placeOrder.number,
        type,
        day: new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10),
        agreement: ag,
      });
    }
    const token = (await signIn(system, customer.admin.user.workAccount, PASSWORD)).accessToken;
    const LIST =
      'query($f: OrderFilter, $first: Int, $after: String) { orders(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { number } } } }';
    const numbers = async (f: Record<string, unknown>) =>
      (
        await ok<{ orders: { edges: { node: { number: string } }[] } }>(
          system.gatewayUrl,
          LIST,
          { f, first: 100 },
          token,
        )
      ).orders.edges
        .map((e) => e.node.number)
        .sort();
    const ours = (pred: (p: (typeof placed)[number]) => boolean) =>
      placed
        .filter(pred)
        .map((p) => p.number)
        .sort();
    const range = { orderDateFrom: placed[1]!.day, orderDateTo: placed[3]!.day };

    expect(await numbers(range)).toEqual(
      ours((p) => p.day >= range.orderDateFrom && p.day <= range.orderDateTo),
    );
    expect(await numbers({ type: 'ADD_ON', orderDateFrom: placed[0]!.day })).toEqual(
      ours((p) => p.type === 'ADD_ON'),
    );
    expect((await numbers({ orderingPartyId: partner.organizationId })).length).toBeGreaterThanOrEqual(
      placed.length,
    );
    expect(await numbers({ orderingPartyId: otherPartner.organizationId })).toEqual([]);
    expect(await numbers({ orderNumber: placed[2]!.number.toLowerCase() })).toEqual([placed[2]!.number]);
    expect(await numbers({ agreementNumber: second.number })).toEqual(
      ours((p) => p.agreement.id === second.id),
    );
    expect(await numbers({ purchasingAccountNumber: second.purchasingAccount.number })).toEqual(
      ours((p) => p.agreement.id === second.id),
    );
    expect(await numbers({ status: 'CANCELLED' })).toEqual([]);
    expect(
      await numbers({ status: 'PLACED', agreementNumber: second.number, type: 'ADD_ON', ...range }),
    ).toEqual([]);
    expect(
      await numbers({ status: 'PLACED', agreementNumber: second.number, type: 'RENEWAL', ...range }),
    ).toEqual([placed[2]!.number]);

    const page1 = await ok<{
      orders: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
    }>(system.gatewayUrl, LIST, { f: { agreementNumber: second.number }, first: 2 }, token);
    expect(page1.orders.edges).toHaveLength(2);
    expect(page1.orders.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok<{ orders: { pageInfo: { hasNextPage: boolean }; edges: unknown[] } }>(
      system.gatewayUrl,
      LIST,
      { f: { agreementNumber: second.number }, first: 2, after: page1.orders.pageInfo.endCursor },
      token,
    );
    expect(page2.orders.edges).toHaveLength(1);
    expect(page2.orders.pageInfo.hasNextPage).toBe(false);
    clock.set(start);
  });
});

describe('AGR-1 statements per request', () => {
  it('AGR-1 a purchasing account with its agreements and orders costs the same statements for 10 and 1,000 orders', async () => {
    const { system } = ctx;
    const fresh = await signedAgreement(
      system,
      partner.admin.accessToken,
      customer.organizationId,
      customer.admin.accessToken,
    );
    const insertOrders = async (n: number) => {
      const em = system.agreements.runtime.orm.em.fork();
      const rows = Array.from({ length: n }, (_, i) => ({
        id: crypto.randomUUID(),
        number: `B${n}-${Math.random().toString(36).slice(2, 10)}-${i}`,
        organization_id: customer.organizationId,
        partner_organization_id: partner.organizationId,
        purchasing_account_id: fresh.purchasingAccount.id,
        purchasing_account_number: fresh.purchasingAccount.number,
        agreement_id: fresh.id,
        agreement_number: fresh.number,
        type: 'ADD_ON',
        status: 'PLACED',
        purchase_order_number: `PO-${i}`,
        ordered_at: new Date(ctx.clock.now().getTime() - i * 1000),
        lines: JSON.stringify([
          {
            lineNumber: 1,
            kind: 'PRODUCT',
            sku: 'X',
            name: 'X',
            quantity: 1,
            unitPrice: { amountMinor: 100, currency: 'USD' },
            listUnitPrice: { amountMinor: 100, currency: 'USD' },
            priceProtected: false,
          },
        ]),
        total_minor: 100,
        currency: 'USD',
      }));
      const knex = (
        em.getConnection() as unknown as {
          getKnex(): (t: string) => { insert(r: unknown[]): Promise<unknown> };
        }
      ).getKnex();
      for (let i = 0; i < rows.length; i += 200) await knex('customer_order').insert(rows.slice(i, i + 200));
    };
    const ONE = `query($id: ID!) { purchasingAccount(id: $id) { number agreements { number status } orders { number total { amount } lines { sku } } } }`;
    const ALL =
      '{ purchasingAccounts(first: 50) { edges { node { number agreements { number } orders { number } } } } }';
    const measure = async () => {
      let orders = 0;
      const one = await countStatements(system.agreements.runtime.orm, async () => {
        const r = await ok<{ purchasingAccount: { orders: unknown[] } }>(
          system.gatewayUrl,
          ONE,
          { id: fresh.purchasingAccount.id },
          customer.admin.accessToken,
        );
        orders = r.purchasingAccount.orders.length;
      });
      const all = await countStatements(system.agreements.runtime.orm, () =>
        ok(system.gatewayUrl, ALL, {}, customer.admin.accessToken),
      );
      return { orders, one, all };
    };
    await insertOrders(10);
    const small = await measure();
    await insertOrders(990);
    const large = await measure();
    expect([small.orders, large.orders]).toEqual([10, 1000]);
    console.log(
      `[AGR-1] statements: one purchasing account with agreements and orders ${small.one} (10 orders) / ${large.one} (1,000 orders); all purchasing accounts with theirs ${small.all} / ${large.all}`,
    );
    expect(large.one).toBe(small.one);
    expect(large.all).toBe(small.all);
    expect(small.one).toBe(3);
    expect(small.all).toBe(4);
  });
});

describe('AGR-7 price protection on online-service lines', () => {
  it("AGR-7 the first purchase of the service year sets a lower price; after the anniversary today's price applies", async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    try {
      const ag = await signedAgreement(
        system,
        partner.admin.accessToken,
        customer.organizationId,
        customer.admin.accessToken,
        { anniversaryMonth: 12 },
      );
      const buy = async (list: number) => {
        const token = (await signIn(system, partner.admin.user.workAccount, PASSWORD)).accessToken;
        const result = await gql<{ placeOrder: OrderView }>(
          system.gatewayUrl,
          PLACE_ORDER,
          {
            input: {
              purchasingAccountId: ag.purchasingAccount.id,
              agreementId: ag.id,
              type: 'ADD_ON',
              purchaseOrderNumber: 'PO-S',
              lines: [line('ONLINE_SERVICE', 'EXCHANGE-P1', 5, list)],
            },
          },
          token,
        );
        expect(result.errors).toBeUndefined();
        return result.data!.placeOrder.lines[0]!;
      };
      expect(await buy(800)).toMatchObject({ unitPrice: { amountMinor: 800 }, priceProtected: false });
      clock.advanceDays(60);
      expect(await buy(1_000)).toMatchObject({ unitPrice: { amountMinor: 800 }, priceProtected: true });
      clock.advanceDays(30);
      expect(await buy(700)).toMatchObject({ unitPrice: { amountMinor: 700 }, priceProtected: false });
      // Past the December anniversary: a new service year, today's (higher) price.
      clock.set(new Date(Date.UTC(start.getUTCFullYear(), 11, 15)));
      expect(await buy(1_200)).toMatchObject({ unitPrice: { amountMinor: 1_200 }, priceProtected: false });
    } finally {
      clock.set(start);
    }
  });
});
