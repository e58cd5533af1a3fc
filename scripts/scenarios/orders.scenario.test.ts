import { agreements as events } from '@bc/contracts';
import { identityFromClaims, signGatewayToken } from '@bc/platform';
import {
  type AgreementView,
  addUserAndSignIn,
  codeOf,
  createPartner,
  customerWithAgreement,
  DRAFT,
  draftInput,
  gql,
  ok,
  PASSWORD,
  PLACE_ORDER,
  registerCustomer,
  type Session,
  signedAgreement,
  signIn,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements, insertRows } from '../harness/statements.ts';
import { published } from './support/published.ts';
import { useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

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
  stranger = await registerCustomer(system, { partnerOrganizationId: otherPartner.organizationId });
  ({ customer, agreement } = await customerWithAgreement(system, partner));
  viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']);
});

interface OrderView {
  id: string;
  number: string;
  lines: { kind: string; sku: string; unitPrice: { amountMinor: string }; priceProtected: boolean }[];
  total: { amountMinor: string; amount: string; currency: string };
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
    // API-5: minor units are a decimal string on the wire.
    expect(o.total).toEqual({
      amountMinor: String(2 * 90_000 + 10 * 2_000),
      amount: '2000.00',
      currency: 'USD',
    });
    // The event as published, read from the topic (OPS-3).
    const { envelope } = (await published(system, events.orderPlaced)).find(
      (m) => m.envelope.payload.orderId === o.id,
    )!;
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
      `${system.urlOf('agreements')}/graphql`,
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
      await insertRows(system.agreements.runtime.orm, 'customer_order', rows);
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
      expect(await buy(800)).toMatchObject({ unitPrice: { amountMinor: '800' }, priceProtected: false });
      clock.advanceDays(60);
      expect(await buy(1_000)).toMatchObject({ unitPrice: { amountMinor: '800' }, priceProtected: true });
      clock.advanceDays(30);
      expect(await buy(700)).toMatchObject({ unitPrice: { amountMinor: '700' }, priceProtected: false });
      // Past the December anniversary: a new service year, today's (higher) price.
      clock.set(new Date(Date.UTC(start.getUTCFullYear(), 11, 15)));
      expect(await buy(1_200)).toMatchObject({ unitPrice: { amountMinor: '1200' }, priceProtected: false });
    } finally {
      clock.set(start);
    }
  });
});

describe('AGR-5 API-5 exact money and safe retries', () => {
  const KEYED = PLACE_ORDER.replace(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input)',
    'mutation($input: PlaceOrderInput!, $key: String) { placeOrder(input: $input, idempotencyKey: $key)',
  );
  const input = (purchaseOrderNumber: string, lines: unknown[]) => ({
    purchasingAccountId: agreement.purchasingAccount.id,
    agreementId: agreement.id,
    type: 'ADD_ON',
    purchaseOrderNumber,
    lines,
  });
  const keyed = (key: string | undefined, purchaseOrderNumber: string, lines: unknown[], token?: string) =>
    gql<{ placeOrder: OrderView }>(
      ctx.system.gatewayUrl,
      KEYED,
      { input: input(purchaseOrderNumber, lines), ...(key ? { key } : {}) },
      token ?? partner.admin.accessToken,
    );
  /** Orders with this PO number, straight from the agreements database, and their events on the topic. */
  const written = async (purchaseOrderNumber: string) => {
    const em = ctx.system.agreements.runtime.orm.em.fork();
    const [orders] = await em
      .getConnection()
      .execute<{ n: number | string }[]>(
        'select count(*) as n from customer_order where purchase_order_number = ?',
        [purchaseOrderNumber],
      );
    const sent = (await published(ctx.system, events.orderPlaced)).filter(
      (m) => m.envelope.payload.purchaseOrderNumber === purchaseOrderNumber,
    );
    return { orders: Number(orders!.n), events: sent.length };
  };

  it('AGR-5 API-5 an order of 3,000,000,000 minor units round-trips exactly: order, history, event, report and CSV export', async () => {
    const { system } = ctx;
    const big = line('PRODUCT', 'AZURE-COMMIT', 3, 0);
    big.listUnitPrice.amountMinor = '3000000000' as unknown as number;
    const top = line('PRODUCT', 'AZURE-TOP', 1, 0);
    // The largest exact amount: 2^53 - 1 minor units is itself accepted as a JSON number.
    top.listUnitPrice.amountMinor = 9_000_000_000_000_000 - 9_000_000_000;
    const placed = await keyed(undefined, 'PO-BIG', [big, top]);
    expect(placed.errors).toBeUndefined();
    const o = placed.data!.placeOrder;
    expect(o.lines[0]).toMatchObject({
      unitPrice: { amountMinor: '3000000000', amount: '30000000.00', currency: 'USD' },
      total: { amountMinor: '9000000000' },
    });
    expect(o.lines[1]).toMatchObject({ unitPrice: { amountMinor: '8999991000000000' } });
    expect(o.total).toEqual({
      amountMinor: '9000000000000000',
      amount: '90000000000000.00',
      currency: 'USD',
    });
    const read = await ok<{
      order: { total: { amountMinor: string }; lines: { total: { amountMinor: string } }[] };
    }>(
      system.gatewayUrl,
      'query($id: ID!) { order(id: $id) { total { amountMinor } lines { total { amountMinor } } } }',
      { id: o.id },
      viewer.accessToken,
    );
    expect(read.order.total.amountMinor).toBe('9000000000000000');
    expect(read.order.lines.map((l) => l.total.amountMinor)).toEqual(['9000000000', '8999991000000000']);
    // On the topic (OPS-3), as every consumer reads it.
    const row = (await published(system, events.orderPlaced)).find(
      (m) => m.envelope.payload.orderId === o.id,
    )!;
    expect(JSON.parse(row.value).payload.lines[0].unitPrice.amountMinor).toBe(3_000_000_000);
    // Reporting reads the amounts from the event: the report and its CSV export say them exactly.
    const RUN = `query($input: RunReportInput!) { runReport(input: $input) { rows { values } rowCount } }`;
    const report = {
      reportId: 'PACKAGES_AND_PRODUCTS',
      filters: [{ key: 'orderNumber', value: o.number }],
      columns: [
        'purchasingAccountNumber',
        'orderNumber',
        'product',
        'quantity',
        'unitPrice',
        'amount',
        'currency',
      ],
    };
    const rows = await eventually(
      system.settle,
      async () => {
        const r = await ok<{ runReport: { rows: { values: string[] }[]; rowCount: number } }>(
          system.gatewayUrl,
          RUN,
          { input: report },
          viewer.accessToken,
        );
        return r.runReport.rowCount === 2 ? r.runReport.rows.map((x) => x.values) : null;
      },
      'the order in the report',
    );
    const pa = agreement.purchasingAccount.number;
    expect(rows).toEqual([
      [pa, o.number, 'AZURE-COMMIT', '3', '30000000.00', '90000000.00', 'USD'],
      [pa, o.number, 'AZURE-TOP', '1', '89999910000000.00', '89999910000000.00', 'USD'],
    ]);
    const exported = await ok<{ exportReport: { url: string } }>(
      system.gatewayUrl,
      'mutation($input: ExportReportInput!) { exportReport(input: $input) { url } }',
      { input: { ...report, format: 'CSV', locale: 'en-US' } },
      viewer.accessToken,
    );
    const csv = await (await fetch(exported.exportReport.url)).text();
    expect(csv).toContain('AZURE-COMMIT,3,30000000.00,90000000.00,USD');
    expect(csv).toContain('AZURE-TOP,1,89999910000000.00,89999910000000.00,USD');
  });

  it('AGR-5 API-5 money out of range is refused with the field before anything is written', async () => {
    const at = (amountMinor: unknown, quantity = 1) => {
      const l = line('PRODUCT', 'X', quantity, 0);
      l.listUnitPrice.amountMinor = amountMinor as number;
      return l;
    };
    const cases: [unknown[], string][] = [
      [[at('9007199254740992')], 'lines[0].listUnitPrice.amountMinor'],
      [[at(1e20)], 'lines[0].listUnitPrice.amountMinor'],
      [[at('12.50')], 'lines[0].listUnitPrice.amountMinor'],
      [[at(100), at('99999999999999999999999')], 'lines[1].listUnitPrice.amountMinor'],
      [[at(4_503_599_627_370_496, 2)], 'lines[0].quantity'],
      [[at(5_000_000_000_000_000), at(5_000_000_000_000_000)], 'lines'],
    ];
    for (const [lines, field] of cases) {
      const result = await keyed(undefined, 'PO-RANGE', lines);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0]?.message, field).toContain(field);
    }
    // Written into the query text instead of a variable, the document itself is invalid (as for any
    // mistyped literal): GRAPHQL_VALIDATION_FAILED with the rule in the message, nothing written.
    const literal = await gql(
      ctx.system.gatewayUrl,
      `mutation { placeOrder(input: { purchasingAccountId: "${agreement.purchasingAccount.id}", agreementId: "${agreement.id}", type: NEW, purchaseOrderNumber: "PO-RANGE", lines: [{ kind: PRODUCT, sku: "X", name: "X", quantity: 1, listUnitPrice: { amountMinor: "99999999999999999999", currency: "USD" } }] }) { id } }`,
      {},
      partner.admin.accessToken,
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(literal.errors?.[0]?.message).toContain('must be a whole number of minor units');
    expect(await written('PO-RANGE')).toEqual({ orders: 0, events: 0 });
  });

  it('API-5 a retry with the same idempotency key returns the first order; the key with another request is a CONFLICT', async () => {
    const { system, clock } = ctx;
    const key = `order-${crypto.randomUUID()}`;
    const lines = [line('PRODUCT', 'SQL-STD', 2, 3_000_000_000)];
    const first = await keyed(key, 'PO-RETRY', lines);
    expect(first.errors).toBeUndefined();
    const again = await keyed(key, 'PO-RETRY', lines);
    expect(again.errors).toBeUndefined();
    expect(again.data!.placeOrder).toEqual(first.data!.placeOrder);
    expect(await written('PO-RETRY')).toEqual({ orders: 1, events: 1 });
    const changed = await keyed(key, 'PO-RETRY-2', lines);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await written('PO-RETRY-2')).toEqual({ orders: 0, events: 0 });
    // Keys are per organization: another partner's identical key is its own (here: not its customer).
    expect(codeOf(await keyed(key, 'PO-RETRY', lines, otherPartner.admin.accessToken))).toBe('NOT_FOUND');
    expect(codeOf(await keyed('not a key!', 'PO-RETRY', lines))).toBe('BAD_USER_INPUT');
    // Kept 24 hours: afterwards the key is free again.
    const start = clock.now();
    try {
      clock.set(new Date(start.getTime() + 25 * 3_600_000));
      const token = (await signIn(system, partner.admin.user.workAccount, PASSWORD)).accessToken;
      const later = await keyed(key, 'PO-RETRY', lines, token);
      expect(later.errors).toBeUndefined();
      expect(later.data!.placeOrder.id).not.toBe(first.data!.placeOrder.id);
      expect(await written('PO-RETRY')).toEqual({ orders: 2, events: 2 });
    } finally {
      clock.set(start);
    }
  });

  it('API-5 concurrent retries with one key produce exactly one order', async () => {
    const key = crypto.randomUUID();
    const lines = [line('PRODUCT', 'WIN-ENT', 5, 3_000_000_000)];
    const results = await Promise.all(Array.from({ length: 8 }, () => keyed(key, 'PO-RACE', lines)));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.placeOrder.id)).size).toBe(1);
    expect(await written('PO-RACE')).toEqual({ orders: 1, events: 1 });
  });

  it('API-5 the other partner writes take a key too: a retried draft is one package, a retried send answers the sent package', async () => {
    const { system } = ctx;
    const token = partner.admin.accessToken;
    const draftKey = crypto.randomUUID();
    const DRAFT_KEYED = DRAFT.replace(
      'mutation($input: DraftSalesPackageInput!) { draftSalesPackage(input: $input)',
      'mutation($input: DraftSalesPackageInput!, $key: String) { draftSalesPackage(input: $input, idempotencyKey: $key)',
    );
    const draft = { input: draftInput({ customerId: customer.organizationId }), key: draftKey };
    const drafted = await Promise.all(
      [1, 2, 3].map(() =>
        gql<{ draftSalesPackage: AgreementView }>(system.gatewayUrl, DRAFT_KEYED, draft, token),
      ),
    );
    for (const r of drafted) expect(r.errors).toBeUndefined();
    const ids = new Set(drafted.map((r) => r.data!.draftSalesPackage.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const SEND_KEYED =
      'mutation($id: ID!, $key: String) { sendSalesPackage(id: $id, idempotencyKey: $key) { id status } }';
    const sendKey = crypto.randomUUID();
    const sent = await gql(system.gatewayUrl, SEND_KEYED, { id, key: sendKey }, token);
    const resent = await gql(system.gatewayUrl, SEND_KEYED, { id, key: sendKey }, token);
    expect(sent.errors).toBeUndefined();
    expect(resent).toEqual(sent);
    // Without a key the retry is a new request: a package is sent once, so it is a CONFLICT.
    expect(codeOf(await gql(system.gatewayUrl, SEND_KEYED, { id }, token))).toBe('CONFLICT');
    // What was published, read from the topic (OPS-3: outbox rows are pruned once published).
    const sentEvents = (await system.publishedEvents()).filter(
      (m) => m.topic === events.salesPackageSent.topic && m.value.includes(id!),
    );
    expect(sentEvents).toHaveLength(1);
  });

  it('API-5 BEN-6 BEN-8 writes that use up an entitlement take a key: a retried voucher or support request uses nothing twice', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const ag = await signedAgreement(system, partner.admin.accessToken, customer.organizationId, token);
    const pa = ag.purchasingAccount.id;
    await ok(
      system.gatewayUrl,
      PLACE_ORDER,
      {
        input: {
          purchasingAccountId: pa,
          agreementId: ag.id,
          type: 'NEW',
          purchaseOrderNumber: 'PO-SA-RETRY',
          lines: [line('PRODUCT', 'WIN-SRV-DC', 50, 1)],
        },
      },
      partner.admin.accessToken,
    );
    const GROUPS = `query($pa: ID) { benefitGroups(purchasingAccountId: $pa) { benefits { benefit { code } entitled used available } } }`;
    const usage = async () => {
      const data = await ok<{
        benefitGroups: { benefits: { benefit: { code: string }; entitled: number; used: number }[] }[];
      }>(system.gatewayUrl, GROUPS, { pa }, token);
      const of = (code: string) =>
        data.benefitGroups.flatMap((g) => g.benefits).find((b) => b.benefit.code === code);
      return { days: of('TRAINING_VOUCHERS'), incidents: of('SUPPORT_24X7_PHONE') };
    };
    // 50 SA server licenses: 2 training days, 1 phone incident.
    await eventually(system.settle, async () => (await usage()).incidents?.entitled === 1, 'entitlements');
    const ASSIGN =
      'mutation($input: AssignTrainingVoucherInput!, $key: String) { assignTrainingVoucher(input: $input, idempotencyKey: $key) { id days } }';
    const voucher = {
      input: {
        purchasingAccountId: pa,
        employeeName: 'Tara',
        email: 'tara@mail.example',
        days: 1,
        language: 'en-US',
      },
      key: crypto.randomUUID(),
    };
    const assigned = await Promise.all(
      [1, 2, 3].map(() =>
        gql<{ assignTrainingVoucher: { id: string } }>(system.gatewayUrl, ASSIGN, voucher, token),
      ),
    );
    for (const r of assigned) expect(r.errors).toBeUndefined();
    expect(new Set(assigned.map((r) => r.data!.assignTrainingVoucher.id)).size).toBe(1);
    const OPEN =
      'mutation($input: OpenSupportRequestInput!, $key: String) { openSupportRequest(input: $input, idempotencyKey: $key) { id } }';
    const request = {
      input: { purchasingAccountId: pa, channel: 'PHONE', summary: 'Cluster node down' },
      key: crypto.randomUUID(),
    };
    const first = await gql(system.gatewayUrl, OPEN, request, token);
    // The only incident is used, yet the retry answers the first request instead of "none left".
    const retried = await gql(system.gatewayUrl, OPEN, request, token);
    expect(first.errors).toBeUndefined();
    expect(retried).toEqual(first);
    expect(await usage()).toMatchObject({
      days: { entitled: 2, used: 1 },
      incidents: { entitled: 1, used: 1 },
    });
  });
});
