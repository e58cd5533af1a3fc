import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { type Database, TEXT_FILTER_MAX_LENGTH } from '@bc/platform';
import {
  ADD_USER,
  codeOf,
  draftInput,
  type GraphQLResult,
  gql,
  ok,
  operatorSession,
  partnerWithCustomer,
  registerCustomer,
  signedAgreement,
  unique,
} from '@bc/system/flows';
import fc from 'fast-check';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { supergraphPath } from '../lib/supergraph.ts';
import { admits } from './support/mutation-callers.ts';
import { useSystem } from './support/tier.ts';

/**
 * Bad input at scale (issue 7 §4): random strings, huge strings, unicode, negative and huge numbers,
 * wrong ids and another tenant's ids for every mutation's arguments, through the gateway. The only
 * acceptable outcomes are success or a coded error: never INTERNAL_SERVER_ERROR, never a stack
 * trace, and a rejected call writes nothing (row counts and outboxes of every service unchanged).
 */
const api: GraphQLSchema = Supergraph.build(readFileSync(supergraphPath, 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();

/** Mutations that end the caller's session or change its password would stop the run itself. */
const SKIPPED = new Set(['signOut', 'changePassword', 'rebuildReadModels']);
/** Tables written on purpose by a refused call (sign-in throttling, sessions) or by background work. */
const VOLATILE =
  /processed_event|session|sign_in_attempt|throttle|mailbox|delivery|read_model_generation|^rm_/;

const ctx = useSystem();
let tokens: { customer: string; partner: string; operator: string };
let ids: string[];
let customerDomain: string;
let partnerToken: string;
let customerId: string;

const printed = (type: unknown) => String(type);
const namedOf = (type: unknown) => api.getType(printed(type).replace(/[[\]!]/g, ''))!;

/** An arbitrary for a GraphQL input type, biased towards what breaks servers. */
function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const text = printed(type);
  const required = text.endsWith('!');
  const inner = text.replace(/!$/, '');
  let value: fc.Arbitrary<unknown>;
  if (inner.startsWith('[')) {
    const itemType = inner.slice(1, -1);
    value = fc.array(arbitraryForName(itemType, depth + 1), { maxLength: 3 });
  } else value = arbitraryForName(inner, depth);
  return required ? value : fc.option(value, { nil: undefined, freq: 3 });
}

function arbitraryForName(name: string, depth: number): fc.Arbitrary<unknown> {
  const required = name.endsWith('!');
  const bare = name.replace(/!$/, '');
  const inner: fc.Arbitrary<unknown> = (() => {
    switch (bare) {
      case 'String':
        return fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.constantFrom(
            '',
            ' ',
            '\u0000',
            '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
            '<script>',
            "'; drop table x; --",
            '2026-02-30',
            'a@b',
          ),
          fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
        );
      case 'ID':
        return fc.oneof(fc.uuid(), fc.string({ maxLength: 10 }), fc.constantFrom(...ids));
      case 'Int':
        return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648));
      case 'Float':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e300));
      case 'Boolean':
        return fc.boolean();
      case 'MinorUnits':
        // API-5: decimal strings or integers; beyond 2^53 - 1, fractions and junk must be coded errors.
        return fc.oneof(
          fc.integer(),
          fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String),
          fc.constantFrom('3000000000', '9007199254740991', '9007199254740992', '1e3', '12.50', 1e20, 'x'),
        );
      case 'DateTime':
        // API-5: ISO 8601 instants in any zone; no zone, a day alone, impossible dates and junk must be coded errors.
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
          fc.constantFrom(
            '2026-03-01T09:30:00+05:30',
            '2026-03-01T09:30:00',
            '2026-03-01',
            '2026-02-30T00:00:00Z',
            1e20,
          ),
        );
    }
    const type = api.getType(bare)!;
    if ('getValues' in type) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if ('getFields' in type && depth < 4) {
      const fields = (type as { getFields(): Record<string, { type: GraphQLInputType }> }).getFields();
      return fc.record(
        Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, arbitraryFor(f.type, depth + 1)])),
      );
    }
    return fc.constant(null);
  })();
  return required ? inner : inner;
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const header = field.args.length
    ? `(${field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type}`).join(', ')})`
    : '';
  const call = field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const named = namedOf(field.type);
  const selection = 'getFields' in named || 'getTypes' in named ? ' { __typename }' : '';
  return `mutation${header} { ${field.name}${call}${selection} }`;
}

/** Rows per table of every service (volatile tables left out), to prove a refused call wrote nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const { system } = ctx;
  const counts: Record<string, number> = {};
  const services: [string, Database][] = [
    ['accounts', system.accounts.runtime.orm],
    ['agreements', system.agreements.runtime.orm],
    ['inventory', system.inventory.runtime.orm],
    ['benefits', system.benefits.runtime.orm],
    ['reporting', system.reporting.runtime.orm],
    ['notifications', system.notifications.runtime.orm],
  ];
  for (const [name, orm] of services) {
    const connection = orm.em.fork().getConnection();
    const tables = (
      system.tier === 'system'
        ? await connection.execute<{ name: string }[]>(
            "select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'mikro_orm%'",
          )
        : await connection.execute<{ name: string }[]>(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'mikro_orm%'",
          )
    )
      .map((t: { name: string }) => t.name)
      .filter((t: string) => !VOLATILE.test(t));
    const rows = await connection.execute<{ t: string; n: number | string }[]>(
      tables.map((t: string) => `select '${t}' as t, count(*) as n from "${t}"`).join(' union all '),
    );
    for (const row of rows as { t: string; n: number | string }[]) counts[`${name}.${row.t}`] = Number(row.n);
  }
  return counts;
}

beforeAll(async () => {
  const { system } = ctx;
  const { partner, customer, agreement } = await partnerWithCustomer(system);
  const other = await registerCustomer(system);
  tokens = {
    customer: customer.admin.accessToken,
    partner: partner.admin.accessToken,
    operator: (await operatorSession(system)).accessToken,
  };
  customerDomain = customer.domain;
  partnerToken = partner.admin.accessToken;
  customerId = customer.organizationId;
  // Real ids of the caller's and of another tenant's objects, for "wrong id" and "other tenant" cases.
  ids = [
    customer.organizationId,
    other.organizationId,
    agreement.id,
    agreement.purchasingAccount.id,
    partner.organizationId,
  ];
});

const mutations = Object.values(api.getMutationType()!.getFields()).filter((f) => !SKIPPED.has(f.name));

describe('Issue 7 bad input at scale', () => {
  it.each(mutations.map((m) => [m.name, m] as const))(
    'EVT-1 GW-3 ACC-9 %s: random input gets success or a coded error, never an internal error, a caller it does not admit FORBIDDEN, and a refusal writes nothing',
    async (_name, field) => {
      const { system } = ctx;
      const document = documentFor(field);
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])));
      await fc.assert(
        fc.asyncProperty(variables, fc.constantFrom('customer', 'partner'), async (vars, caller) => {
          await system.settle();
          const before = await rowCounts();
          const result = await gql(
            system.gatewayUrl,
            document,
            vars as Record<string, unknown>,
            tokens[caller as 'customer'],
          );
          for (const error of result.errors ?? []) {
            expect(error.extensions?.code, JSON.stringify(error)).toBeTruthy();
            expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
            expect(JSON.stringify(error)).not.toMatch(/stacktrace|\bat .+\.ts:\d+/);
          }
          // ACC-9 BEN-7: a caller the mutation's declaration does not admit is refused whatever the
          // input (errors without a path are the gateway's own variable checks, before any resolver).
          const kind = caller === 'customer' ? 'CUSTOMER' : 'PARTNER';
          if (!admits(field.name, kind) && result.errors?.[0]?.path) {
            expect(result.errors[0].extensions?.code, `${caller} ${field.name}`).toBe('FORBIDDEN');
          }
          if (result.errors?.length && !result.data?.[field.name]) {
            await system.settle();
            expect(await rowCounts()).toEqual(before);
          }
        }),
        { numRuns: system.tier === 'system' ? 6 : 15, seed: 20261126 },
      );
    },
  );
});

/**
 * Issue 12 §5: every text filter of the supergraph, found in the schema: the String fields of the
 * `…Filter` / `…FilterInput` inputs a query takes (at any depth), and the String arguments of queries
 * that list (other than the `after` cursor).
 */
interface TextFilter {
  query: string;
  /** Argument, then input fields (a list is entered at its first item). */
  path: string[];
  /** The field the refusal must name. */
  field: string;
  document: string;
  variables: (value: string) => Record<string, unknown>;
}

// The supergraph's schema comes from federation's own graphql module: read types by name, not instanceof.
type InputFields = Record<string, { name: string; type: GraphQLInputType; defaultValue?: unknown }>;
const stripped = (type: unknown) => printed(type).replace(/!$/, '');
const isList = (type: unknown) => stripped(type).startsWith('[');
const itemOf = (type: unknown) => stripped(type).slice(1, -1);
const inputFields = (type: unknown): InputFields | null => {
  const named = namedOf(type);
  return 'getFields' in named && !('getInterfaces' in named)
    ? ((named as unknown as { getFields(): InputFields }).getFields() as InputFields)
    : null;
};

/** The smallest value the schema accepts for a type (required fields only); a report filter gets a real key. */
function minimalValue(type: unknown): unknown {
  if (isList(type)) return [minimalValue(itemOf(type))];
  const named = namedOf(type);
  if ('getValues' in named) return named.getValues()[0]!.name;
  const fields = inputFields(type);
  if (fields) {
    if (namedOf(type).name === 'ReportFilterInput') return { key: 'purchasingAccountNumber', value: 'x' };
    return Object.fromEntries(
      Object.values(fields)
        .filter((f) => printed(f.type).endsWith('!') && f.defaultValue === undefined)
        .map((f) => [f.name, minimalValue(f.type)]),
    );
  }
  switch (named.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    default:
      return 'x';
  }
}

function withValue(type: unknown, path: string[], value: string): unknown {
  if (path.length === 0) return value;
  if (isList(type)) return [withValue(itemOf(type), path, value)];
  const fields = inputFields(type);
  if (!fields) throw new Error(`no field ${path[0]} in ${printed(type)}`);
  const [head, ...rest] = path;
  return { ...(minimalValue(type) as object), [head!]: withValue(fields[head!]!.type, rest, value) };
}

function textFilters(): TextFilter[] {
  const found: TextFilter[] = [];
  const isString = (type: unknown) => namedOf(type).name === 'String';
  for (const query of Object.values(api.getQueryType()!.getFields())) {
    const returns = String(query.type);
    const lists = returns.startsWith('[') || /Connection!?$/.test(returns);
    const leaves: { arg: GraphQLArgument; path: string[]; owner: string }[] = [];
    const walk = (arg: GraphQLArgument, type: unknown, path: string[], inFilter: boolean) => {
      const fields = inputFields(type);
      if (!fields || path.length > 4) return;
      const filter = inFilter || /Filter(Input)?$/.test(namedOf(type).name);
      for (const field of Object.values(fields)) {
        if (isString(field.type) && filter)
          leaves.push({ arg, path: [...path, field.name], owner: namedOf(type).name });
        else walk(arg, field.type, [...path, field.name], filter);
      }
    };
    for (const arg of query.args) {
      // Cursors are not text: stable-paging.scenario refuses a foreign or tampered one (API-6).
      if (isString(arg.type) && lists && !['after', 'before'].includes(arg.name))
        leaves.push({ arg, path: [], owner: '' });
      else walk(arg, arg.type, [], false);
    }
    for (const { arg, path, owner } of leaves) {
      const leaf = path.at(-1) ?? arg.name;
      // A report filter is named by its key (REP-2): `filters.<key>`.
      const field =
        owner === 'ReportFilterInput'
          ? leaf === 'value'
            ? 'filters.purchasingAccountNumber'
            : 'filters.key'
          : leaf;
      const named = namedOf(query.type);
      const selection = 'getFields' in named ? ' { __typename }' : '';
      found.push({
        query: query.name,
        path: [arg.name, ...path],
        field,
        document: `query($${arg.name}: ${arg.type}) { ${query.name}(${arg.name}: $${arg.name})${selection} }`,
        variables: (value) => ({ [arg.name]: withValue(arg.type, path, value) }),
      });
    }
  }
  return found;
}

const TEXT_FILTERS = textFilters();

/**
 * The answer a permitted user gets: the first caller (customer, partner, operator) not refused for
 * who it is; the operator's answer when all are (then an expected BAD_USER_INPUT fails the test).
 */
async function askAsPermittedCaller(filter: TextFilter, value: string) {
  let result: GraphQLResult | undefined;
  for (const caller of ['customer', 'partner', 'operator'] as const) {
    result = await gql(ctx.system.gatewayUrl, filter.document, filter.variables(value), tokens[caller]);
    if (!['FORBIDDEN', 'UNAUTHENTICATED'].includes(codeOf(result) ?? '')) return result;
  }
  return result!;
}

describe('Issue 12 §5 text filters', () => {
  it('API the text filters found in the schema are the ones the portal has', () => {
    expect(TEXT_FILTERS.map((f) => `${f.query}.${f.path.join('.')}`)).toEqual(
      expect.arrayContaining([
        'users.filter.contactEmail',
        'agreements.filter.purchasingAccountName',
        'orders.filter.orderNumber',
        'inventory.filter.productName',
        'catalogProducts.filter.search',
        'productSuggestions.text',
        'deliveryLog.filter.recipient',
        'runReport.input.filters.value',
      ]),
    );
  });

  it.each(TEXT_FILTERS.map((f) => [`${f.query}.${f.path.join('.')}`, f] as const))(
    `API GW-3 %s: longer than ${TEXT_FILTER_MAX_LENGTH} characters is BAD_USER_INPUT naming the field`,
    async (_name, filter) => {
      for (const length of [TEXT_FILTER_MAX_LENGTH + 1, 60_000]) {
        const result = await askAsPermittedCaller(filter, 'x'.repeat(length));
        expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: filter.field,
        });
      }
      // At the limit the length is fine (a date or a benefit code may still refuse "xxx…" as such).
      const atLimit = await askAsPermittedCaller(filter, 'x'.repeat(TEXT_FILTER_MAX_LENGTH));
      expect(JSON.stringify(atLimit.errors ?? [])).not.toMatch(/at most \d+ characters/);
    },
  );

  it('ACC-7 AGR-3 REP-2 a filter with % or _ matches those characters literally', async () => {
    const { system } = ctx;
    // ACC-7: contact emails differing only where the filter has `_`.
    const stem = unique('lit').toLowerCase();
    for (const local of [`${stem}_a`, `${stem}xa`]) {
      await ok(
        system.gatewayUrl,
        ADD_USER,
        {
          input: {
            userId: local.replace(/_/g, '-'),
            domain: customerDomain,
            email: `${local}@mail.example`,
            firstName: 'Lit',
            lastName: 'Eral',
            roles: ['USER_ADMINISTRATOR'],
          },
        },
        tokens.customer,
      );
    }
    const users = await ok<{ users: { edges: { node: { email: string } }[] } }>(
      system.gatewayUrl,
      'query($f: UserFilter) { users(filter: $f) { edges { node { email } } } }',
      { f: { contactEmail: `${stem}_` } },
      tokens.customer,
    );
    expect(users.users.edges.map((e) => e.node.email)).toEqual([`${stem}_a@mail.example`]);

    // AGR-3: purchasing account names "<stem> 100% Off" and "<stem> 100 Off"; REP-2 the same in a report.
    for (const name of [`${stem} 100% Off`, `${stem} 1000 Off`]) {
      await signedAgreement(system, partnerToken, customerId, tokens.customer, {
        newPurchasingAccount: { ...draftInput().newPurchasingAccount, name },
      });
    }
    const agreements = await ok<{
      agreements: { edges: { node: { purchasingAccount: { name: string } } }[] };
    }>(
      system.gatewayUrl,
      'query($f: AgreementFilter) { agreements(filter: $f) { edges { node { purchasingAccount { name } } } } }',
      { f: { purchasingAccountName: `${stem} 100%` } },
      tokens.customer,
    );
    expect(agreements.agreements.edges.map((e) => e.node.purchasingAccount.name)).toEqual([
      `${stem} 100% Off`,
    ]);
    const none = await ok<{ agreements: { edges: unknown[] } }>(
      system.gatewayUrl,
      'query($f: AgreementFilter) { agreements(filter: $f) { edges { node { id } } } }',
      { f: { purchasingAccountName: `${stem}_100` } },
      tokens.customer,
    );
    expect(none.agreements.edges).toEqual([]);
  });
});
