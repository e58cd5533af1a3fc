import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import type { Database } from '@bc/platform';
import { codeOf, gql, ok, operatorSession, partnerWithCustomer, type Session } from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { supergraphPath } from '../lib/supergraph.ts';
import { currentTier, useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

/**
 * API-6: every connection of the API pages by keyset. For each one, the rows of a list are read
 * page by page (2 rows a page) while new rows are inserted into the part already read (ahead of a
 * forward cursor: the front of the list; behind a backward one: its end). Offset cursors would
 * shift and repeat rows; keyset cursors give every row that was there once, none twice.
 *
 * The inserted rows go straight into the owning service's database: they disturb the list, they
 * are not what is tested, and each list's own write flow (orders, deliveries, vouchers…) would make
 * this file a copy of all the others. Every read goes through the gateway.
 */

const ctx = useSystem();

/** Every field of the public API whose type is a connection, from the committed supergraph. */
function connectionFields(): string[] {
  const api = Supergraph.build(readFileSync(supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
  const fields: string[] = [];
  for (const type of Object.values(api.getTypeMap())) {
    // Object and interface types (input types have fields too, but no interfaces).
    if (!('getInterfaces' in type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (
        String(field.type)
          .replace(/[[\]!]/g, '')
          .endsWith('Connection')
      )
        fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields.sort();
}

type Position = 'front' | 'back';

interface Page {
  totalCount: number;
  edges: { cursor: string; node: Record<string, string> }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

interface ListCase {
  /** `Type.field` as the supergraph names it. */
  field: string;
  /** The caller's access token. */
  token: () => string;
  /** A document with `$first, $after, $last, $before` (and the case's own variables). */
  document: string;
  variables?: () => Record<string, unknown>;
  /** Where the connection sits in the answer. */
  page: (data: Record<string, unknown>) => Page;
  /** The node field that names a row. */
  key: string;
  /** Inserts one row at the front or the end of the list; null for a list nobody can add to. */
  insert: ((position: Position) => Promise<void>) | null;
  /** The tiers the list is served on (the local mailbox exists only in the embedded default). */
  tiers?: readonly ('fast' | 'system')[];
}

const PAGE_FIELDS =
  'totalCount edges { cursor node { KEY } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
// Filled in by `read` with the paging arguments of the call (first/after or last/before), so a
// forward walk runs on a server that knows only those.
const ARGS = '%ARGS%';
const VARS = '%VARS%';
const PAGING_TYPES: Record<string, string> = { first: 'Int', after: 'String', last: 'Int', before: 'String' };
const doc = (field: string, key: string, own = '', ownVars = '') =>
  `query(${VARS}${ownVars}) { ${field}(${own}${ARGS}) { ${PAGE_FIELDS.replace('KEY', key)} } }`;

let customer: Awaited<ReturnType<typeof partnerWithCustomer>>['customer'];
let partner: Awaited<ReturnType<typeof partnerWithCustomer>>['partner'];
let agreement: Awaited<ReturnType<typeof partnerWithCustomer>>['agreement'];
let operator: Session;
let endpointId: string;
const mailboxRecipient = `paging-${randomUUID().slice(0, 8)}@mail.example`;

let sequence = 0;
/** Text that sorts before (front) or after (back) every other row's in an ascending text order. */
const text = (position: Position) => {
  sequence += 1;
  return `${position === 'front' ? '0' : 'zz'}${String(sequence).padStart(4, '0')}`;
};
/** An instant newer (front of a newest-first list) or older (its end) than every other row's. */
const instant = (position: Position, newestFirst = true) => {
  sequence += 1;
  const late = (position === 'front') === newestFirst;
  return new Date(Date.UTC(late ? 2031 : 2021, 0, 1, 0, 0, sequence));
};

/** Inserts one row through the owning service's ORM, as its entity (the ORM writes each database's types). */
async function insertEntity(orm: Database, className: string, data: Record<string, unknown>) {
  const em = orm.em.fork();
  const entity = orm.getMetadata().getByClassName(className).class;
  em.persist(em.create(entity as never, data as never));
  await em.flush();
}

const licenseRow = (position: Position) => {
  const name = text(position);
  return {
    id: randomUUID(),
    organizationId: customer.organizationId,
    purchasingAccountId: agreement.purchasingAccount.id,
    orderId: randomUUID(),
    orderNumber: `ORD-${name}`,
    orderLineNumber: 1,
    sku: `SKU-${name}`,
    productId: `product-${name}`,
    productName: name,
    family: 'Servers',
    version: '2026',
    edition: 'Standard',
    quantity: 1,
    softwareAssurance: false,
    expiresOn: '2029-03-01',
    status: 'ACTIVE',
    grantedAt: new Date('2026-03-02T09:00:00.000Z'),
  };
};

const cases: ListCase[] = [
  {
    field: 'Query.users',
    token: () => customer.admin.accessToken,
    document: doc('users', 'id'),
    page: (d) => d.users as Page,
    key: 'id',
    insert: async (position) => {
      const userId = text(position);
      const workAccount = `${userId}@${customer.domain}`;
      await insertEntity(ctx.system.accounts.runtime.orm, 'User', {
        id: randomUUID(),
        organizationId: customer.organizationId,
        userId,
        domain: customer.domain,
        workAccount,
        email: `${userId}@mail.example`,
        firstName: 'Page',
        lastName: userId,
        roles: [],
        status: 'ACTIVE',
        passwordHash: 'unusable',
        createdAt: new Date(),
        updatedAt: new Date(),
      });
    },
  },
  {
    field: 'Query.auditLog',
    token: () => customer.admin.accessToken,
    document: doc('auditLog', 'id'),
    page: (d) => d.auditLog as Page,
    key: 'id',
    insert: (position) =>
      insertEntity(ctx.system.accounts.runtime.orm, 'AuditEntry', {
        id: randomUUID(),
        organizationId: customer.organizationId,
        actorUserId: customer.admin.user.id,
        actorWorkAccount: customer.admin.user.workAccount,
        action: 'PAGING_TEST',
        targetType: 'User',
        targetId: customer.admin.user.id,
        before: null,
        after: null,
        at: instant(position),
      }),
  },
  {
    field: 'Query.myCustomers',
    token: () => partner.admin.accessToken,
    document: doc('myCustomers', 'id'),
    page: (d) => d.myCustomers as Page,
    key: 'id',
    insert: async (position) => {
      const orm = ctx.system.accounts.runtime.orm;
      const id = randomUUID();
      await insertEntity(orm, 'Organization', {
        id,
        name: `${text(position)} Ltd`,
        kind: 'CUSTOMER',
        status: 'ACTIVE',
        createdAt: new Date(),
      });
      await insertEntity(orm, 'PartnerRelationship', {
        id: randomUUID(),
        partnerOrganizationId: partner.organizationId,
        customerOrganizationId: id,
        // Oldest first: the front is the past.
        createdAt: instant(position, false),
      });
    },
  },
  {
    field: 'Query.purchasingAccounts',
    token: () => customer.admin.accessToken,
    document: doc('purchasingAccounts', 'id'),
    page: (d) => d.purchasingAccounts as Page,
    key: 'id',
    insert: async (position) => {
      const orm = ctx.system.agreements.runtime.orm;
      const template = await orm.em
        .fork()
        .findOneOrFail('PurchasingAccount' as never, { id: agreement.purchasingAccount.id } as never);
      const name = text(position);
      await insertEntity(orm, 'PurchasingAccount', {
        ...copyOf(orm, 'PurchasingAccount', template),
        id: randomUUID(),
        number: `PA-${name}`,
        name,
      });
    },
  },
  {
    field: 'Query.agreements',
    token: () => customer.admin.accessToken,
    document: doc('agreements', 'id'),
    page: (d) => d.agreements as Page,
    key: 'id',
    insert: async (position) => {
      const orm = ctx.system.agreements.runtime.orm;
      const template = await orm.em.fork().findOneOrFail('Agreement' as never, { id: agreement.id } as never);
      sequence += 1;
      // Latest start first: the front starts late.
      const startDate =
        position === 'front' ? `2040-01-${String((sequence % 28) + 1).padStart(2, '0')}` : '2001-01-01';
      await insertEntity(orm, 'Agreement', {
        ...copyOf(orm, 'Agreement', template),
        id: randomUUID(),
        number: `AG-${text(position)}`,
        startDate,
      });
    },
  },
  {
    field: 'Query.orders',
    token: () => customer.admin.accessToken,
    document: doc('orders', 'id'),
    page: (d) => d.orders as Page,
    key: 'id',
    insert: (position) =>
      insertEntity(ctx.system.agreements.runtime.orm, 'Order', {
        id: randomUUID(),
        number: `ORD-${text(position)}`,
        organizationId: customer.organizationId,
        partnerOrganizationId: partner.organizationId,
        purchasingAccountId: agreement.purchasingAccount.id,
        purchasingAccountNumber: agreement.purchasingAccount.number,
        agreementId: agreement.id,
        agreementNumber: agreement.number,
        type: 'NEW',
        status: 'PLACED',
        purchaseOrderNumber: 'PO-PAGING',
        orderedAt: instant(position),
        lines: [],
        totalMinor: 0,
        currency: 'USD',
      }),
  },
  {
    field: 'Query.inventory',
    token: () => customer.admin.accessToken,
    document: doc('inventory', 'productId'),
    page: (d) => d.inventory as Page,
    key: 'productId',
    insert: (position) => insertEntity(ctx.system.inventory.runtime.orm, 'License', licenseRow(position)),
  },
  {
    // The catalog is fixed (shipped with the service): nothing can be inserted, the walk alone is checked.
    field: 'Query.catalogProducts',
    token: () => customer.admin.accessToken,
    document: doc('catalogProducts', 'id'),
    page: (d) => d.catalogProducts as Page,
    key: 'id',
    insert: null,
  },
  {
    field: 'Query.productKeys',
    token: () => customer.admin.accessToken,
    document: doc('productKeys', 'productKey', 'purchasingAccountId: $pa, ', ', $pa: ID!'),
    variables: () => ({ pa: agreement.purchasingAccount.id }),
    page: (d) => d.productKeys as Page,
    key: 'productKey',
    insert: (position) => insertEntity(ctx.system.inventory.runtime.orm, 'License', licenseRow(position)),
  },
  {
    field: 'Query.trainingVouchers',
    token: () => customer.admin.accessToken,
    document: doc('trainingVouchers', 'id', 'purchasingAccountId: $pa, ', ', $pa: ID!'),
    variables: () => ({ pa: agreement.purchasingAccount.id }),
    page: (d) => d.trainingVouchers as Page,
    key: 'id',
    insert: (position) =>
      insertEntity(ctx.system.benefits.runtime.orm, 'VoucherAssignment', {
        id: randomUUID(),
        organizationId: customer.organizationId,
        purchasingAccountId: agreement.purchasingAccount.id,
        employeeName: text(position),
        email: 'trainee@mail.example',
        days: 1,
        language: 'en-US',
        voucherCode: `V-${randomUUID().slice(0, 8)}`,
        status: 'ASSIGNED',
        assignedAt: instant(position),
      }),
  },
  {
    field: 'Query.benefitUsers',
    token: () => customer.admin.accessToken,
    document: doc('benefitUsers', 'id', 'benefit: "E_LEARNING", '),
    page: (d) => d.benefitUsers as Page,
    key: 'id',
    insert: (position) => {
      const name = text(position);
      return insertEntity(ctx.system.benefits.runtime.orm, 'BenefitUser', {
        id: randomUUID(),
        organizationId: customer.organizationId,
        benefitCode: 'E_LEARNING',
        name,
        email: `${name}@${customer.domain}`,
        createdAt: new Date(),
      });
    },
  },
  {
    field: 'Query.deliveryLog',
    token: () => customer.admin.accessToken,
    document: doc('deliveryLog', 'id'),
    page: (d) => d.deliveryLog as Page,
    key: 'id',
    insert: (position) => insertDelivery(position, ''),
  },
  {
    field: 'WebhookEndpoint.deliveries',
    token: () => customer.admin.accessToken,
    document: `query(${VARS}, $id: ID!) { webhookEndpoint(id: $id) { deliveries(${ARGS}) { ${PAGE_FIELDS.replace('KEY', 'id')} } } }`,
    variables: () => ({ id: endpointId }),
    page: (d) => (d.webhookEndpoint as { deliveries: Page }).deliveries,
    key: 'id',
    insert: (position) => insertDelivery(position, endpointId),
  },
  {
    field: 'Query.mailbox',
    token: () => operator.accessToken,
    document: doc('mailbox', 'id', 'recipient: $recipient, ', ', $recipient: String!'),
    variables: () => ({ recipient: mailboxRecipient }),
    page: (d) => d.mailbox as Page,
    key: 'id',
    insert: (position) =>
      insertEntity(ctx.system.notifications.runtime.orm, 'MailboxMessage', {
        id: randomUUID(),
        recipient: mailboxRecipient,
        subject: text(position),
        text: 'paging',
        sentAt: instant(position),
      }),
    tiers: ['fast'],
  },
];

function insertDelivery(position: Position, endpoint: string) {
  const at = instant(position);
  return insertEntity(ctx.system.notifications.runtime.orm, 'Delivery', {
    id: randomUUID(),
    organizationId: customer.organizationId,
    eventId: randomUUID(),
    eventType: 'paging.test',
    channel: endpoint ? 'WEBHOOK' : 'EMAIL',
    recipient: endpoint ? 'https://hooks.example/paging' : 'paging@mail.example',
    endpointId: endpoint,
    subject: 'paging',
    status: 'SENT',
    attempts: 1,
    nextAttemptAt: at,
    createdAt: at,
    sentAt: at,
  });
}

/** A row's scalar properties, to insert a copy with a few of them changed. */
function copyOf(orm: Database, className: string, row: unknown): Record<string, unknown> {
  const meta = orm.getMetadata().getByClassName(className);
  return Object.fromEntries(
    meta.props
      .filter((p) => p.kind === 'scalar' && !p.autoincrement)
      .map((p) => [p.name, (row as Record<string, unknown>)[p.name]]),
  );
}

/** The case's document with these paging arguments (`null` ones left out). */
function documentFor(c: ListCase, args: Record<string, unknown>) {
  const names = Object.keys(args).filter((k) => args[k] != null);
  return c.document
    .replace(ARGS, names.map((n) => `${n}: $${n}`).join(', '))
    .replace(VARS, names.map((n) => `$${n}: ${PAGING_TYPES[n]}`).join(', '))
    .replace('(, ', '(')
    .replace(', )', ')')
    .replace('()', '');
}

async function call(c: ListCase, args: Record<string, unknown>) {
  return gql<Record<string, unknown>>(
    ctx.system.gatewayUrl,
    documentFor(c, args),
    { ...c.variables?.(), ...args },
    c.token(),
  );
}

async function read(c: ListCase, args: Record<string, unknown>) {
  const result = await call(c, args);
  if (result.errors?.length || !result.data) throw new Error(`${c.field}: ${JSON.stringify(result.errors)}`);
  return c.page(result.data);
}

/** Reads the whole list in one direction, 2 rows a page, inserting a row into the part already read between pages. */
async function walk(c: ListCase, backward: boolean): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page = await read(c, backward ? { last: 2, before: cursor } : { first: 2, after: cursor });
    const keys = page.edges.map((e) => e.node[c.key]!);
    if (backward) seen.unshift(...keys);
    else seen.push(...keys);
    if (!(backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage)) return seen;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    await c.insert?.(backward ? 'back' : 'front');
  }
  throw new Error(`${c.field}: paging never ended`);
}

const servedHere = (c: ListCase) => !c.tiers || c.tiers.includes(currentTier());

beforeAll(async () => {
  ({ customer, partner, agreement } = await partnerWithCustomer(ctx.system));
  operator = await operatorSession(ctx.system);
  const types = await ok<{ webhookEventTypes: { type: string }[] }>(
    ctx.system.gatewayUrl,
    '{ webhookEventTypes { type } }',
    {},
    customer.admin.accessToken,
  );
  const created = await ok<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    ctx.system.gatewayUrl,
    'mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
    {
      input: {
        url: 'http://127.0.0.1:9/paging',
        eventTypes: [types.webhookEventTypes[0]!.type],
        enabled: false,
      },
    },
    customer.admin.accessToken,
  );
  endpointId = created.createWebhookEndpoint.endpoint.id;
  // Product keys: inventory learns of the purchasing account from the signed-agreement event.
  await eventually(
    ctx.system.settle,
    async () =>
      (
        await ctx.system.inventory.runtime.orm.em
          .fork()
          .getConnection()
          .execute<unknown[]>('select 1 from purchasing_account_ref where id = ?', [
            agreement.purchasingAccount.id,
          ])
      ).length > 0,
    'the purchasing account in inventory',
  );
  // A few rows in every list that takes inserts, so that each walk spans several pages.
  for (const c of cases) {
    if (!c.insert || !servedHere(c)) continue;
    for (let i = 0; i < 5; i++) await c.insert(i % 2 ? 'front' : 'back');
  }
}, 120_000);

describe('API-6 stable paging', () => {
  it('API-6 every connection of the API is in the table below', () => {
    expect(cases.map((c) => c.field).sort()).toEqual(connectionFields());
  });

  for (const c of cases) {
    for (const backward of [false, true]) {
      const how = backward ? 'last/before' : 'first/after';
      const where = backward
        ? 'behind a backward cursor (the end of the list)'
        : 'ahead of the cursor (the front)';
      it(`API-6 ${c.field}: ${how} reads every row once while rows are inserted ${where}`, async () => {
        if (!servedHere(c)) {
          // Not served on this tier: the refusal is the answer (asserted, not skipped).
          expect(codeOf(await call(c, { first: 2 }))).toBe('FORBIDDEN');
          return;
        }
        const before = await read(c, { first: 100 });
        const all = before.edges.map((e) => e.node[c.key]!);
        expect(all.length).toBe(before.totalCount);
        expect(all.length).toBeGreaterThan(c.insert ? 4 : 2);
        const seen = await walk(c, backward);
        expect(new Set(seen).size, `${c.field}: a row was repeated`).toBe(seen.length);
        expect(
          seen.filter((k) => all.includes(k)),
          `${c.field}: a row was skipped or out of order`,
        ).toEqual(all);
      });
    }
  }

  it('API-6 a tampered or foreign cursor, and first with last, are BAD_USER_INPUT naming the argument', async () => {
    for (const c of cases.filter(servedHere)) {
      const page = await read(c, { first: 1 });
      const cursor = page.pageInfo.endCursor!;
      const tampered = `${cursor.slice(0, 4)}${cursor.slice(4, 5) === 'A' ? 'B' : 'A'}${cursor.slice(5)}`;
      for (const [args, field] of [
        [{ first: 1, after: tampered }, 'after'],
        [{ last: 1, before: tampered }, 'before'],
        [{ first: 1, after: Buffer.from('o:1').toString('base64url') }, 'after'],
        [{ first: 1, last: 1 }, 'last'],
      ] as const) {
        const result = await call(c, args);
        expect(codeOf(result), `${c.field} ${JSON.stringify(args)}`).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.field, `${c.field} ${JSON.stringify(args)}`).toBe(field);
      }
    }
  });
});
