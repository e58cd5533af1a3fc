import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import type { Database } from '@bc/platform';
import fc from 'fast-check';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { supergraphPath } from '../lib/supergraph.ts';
import { partnerWithCustomer } from './support/agreements.ts';
import { gql } from './support/client.ts';
import { registerCustomer } from './support/flows.ts';
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
let tokens: { customer: string; partner: string };
let ids: string[];

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
  tokens = { customer: customer.admin.accessToken, partner: partner.admin.accessToken };
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
    'EVT-1 GW-3 %s: random input gets success or a coded error, never an internal error, and a refusal writes nothing',
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
