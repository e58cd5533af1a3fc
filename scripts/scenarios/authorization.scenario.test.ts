import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import {
  addUserAndSignIn,
  codeOf,
  type createPartner,
  gql,
  ok,
  PASSWORD,
  PLACE_ORDER,
  partnerWithCustomer,
  registerCustomer,
  type Session,
  signIn,
} from '@bc/system/flows';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { supergraphPath } from '../lib/supergraph.ts';
import {
  type Expectation,
  expectations,
  type Fixture,
  type Outcome,
  partnerOutcome,
  ROLES,
  type RoleName,
} from './support/authorization-table.ts';
import { declaredCallers } from './support/mutation-callers.ts';
import { useSystem } from './support/tier.ts';

/** The API schema the gateway serves, from the committed supergraph. */
const api: GraphQLSchema = Supergraph.build(readFileSync(supergraphPath, 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();

interface Operation {
  key: string;
  document: string;
  expectation: Expectation;
}

/** One document per root field: the table's arguments as variables, `__typename` as the selection. */
function operationFor(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): Operation {
  const key = `${kind}.${field.name}`;
  const expectation = expectations[key]!;
  const given = Object.keys(expectation.variables?.(sampleFixture) ?? {});
  const args = field.args.filter((a) => given.includes(a.name));
  // federation-internals brings its own (CommonJS) graphql: compare by printed type, not by class.
  const missing = field.args.filter((a) => String(a.type).endsWith('!') && !given.includes(a.name));
  if (missing.length > 0)
    throw new Error(`${key}: the table gives no ${missing.map((a) => a.name).join(', ')}`);
  const header = args.length ? `(${args.map((a) => `$${a.name}: ${a.type}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const named = api.getType(String(field.type).replace(/[[\]!]/g, ''));
  const selection =
    named && ('getFields' in named || 'getTypes' in named) && !('getValues' in named)
      ? ' { __typename }'
      : '';
  return {
    key,
    document: `${kind.toLowerCase()}${header} { ${field.name}${call}${selection} }`,
    expectation,
  };
}

const sampleFixture: Fixture = {
  customerId: 'c',
  purchasingAccountId: 'p',
  agreementId: 'a',
  orderId: 'o',
  userId: 'u',
};
const rootFields = (['Query', 'Mutation'] as const).flatMap((kind) => {
  const type = kind === 'Query' ? api.getQueryType() : api.getMutationType();
  return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
});

/** Outcome classes: refused by identity, refused by permission, broken, or answered (data or a business error). */
function outcomeOf(result: Awaited<ReturnType<typeof gql>>, expectation?: Expectation): string {
  const code = codeOf(result);
  // A public operation given a forged token may answer UNAUTHENTICATED: that is its answer, not a refusal.
  if (expectation?.anonymous === 'public' && code === 'UNAUTHENTICATED') return 'allowed';
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST')
    return `broken ${code}`;
  return 'allowed';
}

describe('ACC-5 the table covers the composed supergraph', () => {
  it('ACC-5 every root query and mutation field has an entry, and every entry is a field', () => {
    const fields = rootFields.map(({ kind, field }) => `${kind}.${field.name}`).sort();
    expect(
      fields.filter((f) => !(f in expectations)),
      'fields missing from authorization-table.ts',
    ).toEqual([]);
    expect(
      Object.keys(expectations).filter((k) => !fields.includes(k)),
      'entries that are no field',
    ).toEqual([]);
  });
});

/** Every subgraph's own declaration, keyed like the table. */
const declared: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(declaredCallers).map(([name, callers]) => [`Mutation.${name}`, [...callers].sort()]),
);

describe('ACC-5 ACC-9 BEN-7 every mutation states which organizations may call it', () => {
  const mutations = rootFields.filter((f) => f.kind === 'Mutation').map((f) => `Mutation.${f.field.name}`);

  it('ACC-9 BEN-7 the table names the callers of every mutation, as the subgraph that serves it declares', () => {
    expect(
      mutations.filter((m) => !expectations[m]?.callers?.length),
      'mutations without callers in authorization-table.ts',
    ).toEqual([]);
    expect(
      mutations.filter((m) => !declared[m]),
      'mutations no subgraph declares',
    ).toEqual([]);
    expect(
      Object.keys(declared).filter((m) => !mutations.includes(m)),
      'declarations that are no mutation',
    ).toEqual([]);
    const differing = mutations.filter(
      (m) => JSON.stringify([...(expectations[m]?.callers ?? [])].sort()) !== JSON.stringify(declared[m]),
    );
    expect(
      differing.map((m) => `${m}: table ${expectations[m]?.callers} / code ${declared[m]}`),
      'declarations that differ from the table',
    ).toEqual([]);
  });

  it('ACC-5 customer roles may call only what customers (or anyone) may call', () => {
    const inconsistent = mutations.filter((m) => {
      const e = expectations[m]!;
      return e.allowed.length > 0 && !e.callers?.some((c) => c === 'CUSTOMER' || c === 'PUBLIC');
    });
    expect(inconsistent).toEqual([]);
  });
});

/** The partner of record's expected outcome: mutations from their callers, queries from the table. */
function partnerExpectation(op: Operation, withPermission: boolean): Outcome {
  const e = op.expectation;
  if (op.key.startsWith('Mutation.')) return partnerOutcome(e.callers ?? [], withPermission);
  return (withPermission ? (e.partnerWithPermission ?? e.partner) : e.partner) ?? 'FORBIDDEN';
}

const ctx = useSystem();
let fixture: Fixture;
let operations: Operation[];
const sessions = new Map<RoleName, Session>();
let partner: Awaited<ReturnType<typeof createPartner>>;
let otherAdmin: Session;
/** Strings only the customer's own callers may ever see. */
let secrets: string[];

/** Calls every operation as one caller (signOut last: it ends the session it is called with). */
async function callAll(token: string | undefined) {
  const responses = new Map<Operation, Awaited<ReturnType<typeof gql>>>();
  const ordered = [...operations].sort(
    (a, b) => Number(a.key === 'Mutation.signOut') - Number(b.key === 'Mutation.signOut'),
  );
  for (const op of ordered)
    responses.set(
      op,
      await gql(ctx.system.gatewayUrl, op.document, op.expectation.variables?.(fixture) ?? {}, token),
    );
  return responses;
}

async function outcomes(token: string | undefined): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const [op, response] of await callAll(token)) result[op.key] = outcomeOf(response, op.expectation);
  return result;
}

/** The operations whose answers carry one of the customer's ids or numbers. */
function leaksIn(
  responses: Map<Operation, Awaited<ReturnType<typeof gql>>>,
  seeing: (e: Expectation) => boolean,
) {
  const leaks: string[] = [];
  for (const [op, response] of responses) {
    if (seeing(op.expectation)) continue;
    const text = JSON.stringify(response.data ?? null);
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${op.key}: ${secret}`);
  }
  return leaks;
}

beforeAll(async () => {
  const { system } = ctx;
  operations = rootFields.map(({ kind, field }) => operationFor(kind, field));
  const setUp = await partnerWithCustomer(system);
  partner = setUp.partner;
  const { customer, agreement } = setUp;
  const order = await ok<{ placeOrder: { id: string; number: string } }>(
    system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: agreement.purchasingAccount.id,
        agreementId: agreement.id,
        type: 'NEW',
        purchaseOrderNumber: 'PO-MATRIX',
        lines: [
          {
            kind: 'PRODUCT',
            sku: 'SQL-ENT',
            name: 'SQL Server Enterprise',
            quantity: 50,
            listUnitPrice: { amountMinor: 100, currency: 'USD' },
          },
        ],
      },
    },
    partner.admin.accessToken,
  );
  for (const role of ROLES)
    sessions.set(role, await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [role]));
  fixture = {
    customerId: customer.organizationId,
    purchasingAccountId: agreement.purchasingAccount.id,
    agreementId: agreement.id,
    orderId: order.placeOrder.id,
    userId: sessions.get('ACCOUNT_VIEWER')!.user.id,
  };
  secrets = [
    customer.organizationId,
    agreement.purchasingAccount.id,
    agreement.purchasingAccount.number,
    agreement.id,
    agreement.number,
    order.placeOrder.id,
    order.placeOrder.number,
    ...[...sessions.values()].map((s) => s.user.id),
  ];
  otherAdmin = (await registerCustomer(system)).admin;
});

describe('ACC-5 every operation under each of the six roles', () => {
  it.each(ROLES)('ACC-5 %s', async (role) => {
    const expected = Object.fromEntries(
      operations.map((op) => [op.key, op.expectation.allowed.includes(role) ? 'allowed' : 'FORBIDDEN']),
    );
    expect(await outcomes(sessions.get(role)!.accessToken)).toEqual(expected);
  });

  it('ACC-5 GW-2 without a token every operation but the public ones is UNAUTHENTICATED', async () => {
    const expected = Object.fromEntries(
      operations.map((op) => [op.key, op.expectation.anonymous === 'public' ? 'allowed' : 'UNAUTHENTICATED']),
    );
    expect(await outcomes(undefined)).toEqual(expected);
  });
});

describe('ACC-4 ACC-6 ended standing: a token is refused by every operation on the next request', () => {
  const anonymous = () =>
    Object.fromEntries(
      operations.map((op) => [op.key, op.expectation.anonymous === 'public' ? 'allowed' : 'UNAUTHENTICATED']),
    );

  it('ACC-4 a signed-out session’s token answers every operation as no sign-in at all', async () => {
    const { system } = ctx;
    const session = await signIn(system, sessions.get('ACCOUNT_MANAGER')!.user.workAccount, PASSWORD);
    await ok(system.gatewayUrl, 'mutation { signOut }', {}, session.accessToken);
    expect(await outcomes(session.accessToken)).toEqual(anonymous());
  });

  it('ACC-6 a revoked user’s token answers every operation as no sign-in at all, and stays dead after restore', async () => {
    const { system } = ctx;
    const viewer = sessions.get('REPORT_VIEWER')!.user;
    const session = await signIn(system, viewer.workAccount, PASSWORD);
    const admin = (await signIn(system, sessions.get('ACCOUNT_ADMINISTRATOR')!.user.workAccount, PASSWORD))
      .accessToken;
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { revokeUser(id: $id) { id } }',
      { id: viewer.id },
      admin,
    );
    expect(await outcomes(session.accessToken)).toEqual(anonymous());
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { restoreUser(id: $id) { id } }',
      { id: viewer.id },
      admin,
    );
    expect(await outcomes(session.accessToken)).toEqual(anonymous());
  });
});

describe('ACC-9 BEN-7 the partner of record, without and with the customer’s benefit permission', () => {
  it('ACC-9 BEN-7 AGR-4 every operation: a partner does what partners do, and benefits for the customer only once approved', async () => {
    const { system } = ctx;
    const without = Object.fromEntries(operations.map((op) => [op.key, partnerExpectation(op, false)]));
    expect(await outcomes(partner.admin.accessToken)).toEqual(without);

    const token = (await signIn(system, partner.admin.user.workAccount, PASSWORD)).accessToken;
    const requested = await ok<{ requestBenefitPermission: { id: string } }>(
      system.gatewayUrl,
      'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id } }',
      { c: fixture.customerId },
      token,
    );
    // The role sessions signed out at the end of their own calls (ACC-4): the administrator signs in again.
    const customerAdmin = (
      await signIn(system, sessions.get('ACCOUNT_ADMINISTRATOR')!.user.workAccount, PASSWORD)
    ).accessToken;
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { decideBenefitPermission(id: $id, decision: APPROVED) { id } }',
      { id: requested.requestBenefitPermission.id },
      customerAdmin,
    );
    await system.settle();
    const withPermission = Object.fromEntries(operations.map((op) => [op.key, partnerExpectation(op, true)]));
    expect(await outcomes(token)).toEqual(withPermission);
  });
});

describe('ACC-5 tenant rule: another organization’s administrator', () => {
  it('ACC-5 never sees one of the customer’s ids or numbers, whatever it calls', async () => {
    const responses = await callAll(otherAdmin.accessToken);
    expect(leaksIn(responses, () => false)).toEqual([]);
    const broken = [...responses]
      .filter(([op, r]) => outcomeOf(r, op.expectation).startsWith('broken'))
      .map(([op, r]) => `${op.key}: ${JSON.stringify(r.errors)}`);
    expect(broken).toEqual([]);
  });
});

describe('GW-2 subgraphs answer only the gateway', () => {
  it('GW-2 entity references (_entities) and root fields sent straight to a subgraph are refused', async () => {
    const { system } = ctx;
    const urls = [
      system.urlOf('accounts'),
      system.urlOf('agreements'),
      system.urlOf('inventory'),
      system.urlOf('benefits'),
      system.urlOf('reporting'),
      system.urlOf('notifications'),
    ];
    for (const url of urls) {
      for (const query of [
        'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        '{ _service { sdl } }',
      ]) {
        const result = await gql(`${url}/graphql`, query, {
          r: [{ __typename: 'PurchasingAccount', id: fixture.purchasingAccountId }],
        });
        expect(codeOf(result), `${url} ${query}`).toBe('UNAUTHENTICATED');
      }
    }
  });
});
