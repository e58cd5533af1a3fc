import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';
import { supergraphPath } from '../../lib/supergraph.ts';
import { type Expectation, expectations, type Fixture } from './authorization-table.ts';

/** The API schema the gateway serves, from the committed supergraph. */
const api: GraphQLSchema = Supergraph.build(readFileSync(supergraphPath, 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();

export interface RootOperation {
  key: string;
  document: string;
  expectation: Expectation;
}

const sample: Fixture = {
  customerId: 'c',
  purchasingAccountId: 'p',
  agreementId: 'a',
  orderId: 'o',
  userId: 'u',
};

/**
 * One document per root query field, as the authorization scenario makes them: the table's
 * arguments as variables, `__typename` as the selection (API-1 runs them with API client tokens).
 */
export function rootQueries(): RootOperation[] {
  return Object.values(api.getQueryType()?.getFields() ?? {}).map((field) => {
    const key = `Query.${field.name}`;
    const expectation = expectations[key]!;
    const given = Object.keys(expectation.variables?.(sample) ?? {});
    const args = field.args.filter((a) => given.includes(a.name));
    const header = args.length ? `(${args.map((a) => `$${a.name}: ${a.type}`).join(', ')})` : '';
    const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
    const named = api.getType(String(field.type).replace(/[[\]!]/g, ''));
    const selection =
      named && ('getFields' in named || 'getTypes' in named) && !('getValues' in named)
        ? ' { __typename }'
        : '';
    return { key, document: `query${header} { ${field.name}${call}${selection} }`, expectation };
  });
}
