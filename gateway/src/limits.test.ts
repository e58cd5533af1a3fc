import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  brokenLimits,
  countTokens,
  EDGE_LIMITS,
  edgeProtection,
  limitMessage,
  measureOperation,
  withoutSuggestions,
} from './limits.ts';

const schema = buildSchema(`
  type Query { me: User, products(first: Int): ProductConnection! }
  type User { id: ID!, organization: Organization! }
  type Organization { id: ID!, name: String!, partnerOfRecord: Organization }
  type ProductConnection { totalCount: Int!, edges: [ProductEdge!]! }
  type ProductEdge { node: Product! }
  type Product { name: String!, versions: [Version!]! }
  type Version { version: String!, editions: [String!]! }
`);

const chain = (levels: number) =>
  `{ me { organization { ${'partnerOfRecord { '.repeat(levels)}id${' }'.repeat(levels)} } } }`;

describe('GW-3 edge limits', () => {
  it('GW-3 measures depth, aliases, directives, tokens and cost as the gateway counts them', () => {
    const size = measureOperation(
      schema,
      '{ a: me { id } b: me { id @include(if: true) } products(first: 10) { edges { node { name versions { version } } } } }',
    );
    expect(size).toMatchObject({ depth: 5, aliases: 2, directives: 1 });
    expect(size.tokens).toBe(
      countTokens(
        '{ a: me { id } b: me { id @include(if: true) } products(first: 10) { edges { node { name versions { version } } } } }',
      ),
    );
    // 10 × (2 + 1.5 × (2 + 1.5 × (2 + 1.5 × 1 + 1.5 × (2 + 1.5 × 1)))) for the list, plus 2 × (2 + 1.5) for `me`.
    expect(size.cost).toBeCloseTo(10 * (2 + 1.5 * (2 + 1.5 * (2 + 1.5 + 1.5 * 3.5))) + 2 * 3.5);
    expect(measureOperation(schema, chain(3)).depth).toBe(6);
  });

  it('GW-3 counts tokens exactly where graphql-js stops parsing (maxTokens)', () => {
    const source = `query Q($n: Int) { products(first: $n) { totalCount } } # a comment is no token`;
    const tokens = countTokens(source);
    expect(tokens).toBe(20);
    expect(() => parse(source, { maxTokens: tokens })).not.toThrow();
    expect(() => parse(source, { maxTokens: tokens - 1 })).toThrow(/tokens/);
  });

  it('GW-3 names the limits an operation breaks', () => {
    const ok = measureOperation(schema, chain(EDGE_LIMITS.depth - 3));
    expect(ok.depth).toBe(EDGE_LIMITS.depth);
    expect(brokenLimits(ok)).toEqual([]);
    expect(brokenLimits(measureOperation(schema, chain(EDGE_LIMITS.depth - 2)))).toEqual(['depth']);
    expect(brokenLimits(measureOperation(schema, '{ products(first: 100000) { totalCount } }'))).toEqual([
      'cost',
    ]);
  });

  it('GW-3 production messages name no number and no suggestion', () => {
    expect(limitMessage('depth', true, 'Query depth limit of 10 exceeded, found 11.')).not.toMatch(/\d/);
    expect(limitMessage('depth', false, 'Query depth limit of 10 exceeded, found 11.')).toMatch(/10/);
    expect(withoutSuggestions('Cannot query field "nam" on type "Product". Did you mean "name"?')).toBe(
      'Cannot query field "nam" on type "Product".',
    );
    expect(
      withoutSuggestions(
        'Value "ACTIV" does not exist in "Status" enum. Did you mean the enum value "ACTIVE"?',
      ),
    ).toBe('Value "ACTIV" does not exist in "Status" enum.');
    const production = edgeProtection({ production: true });
    const formatted = production.formatLimitError({
      message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatted).toEqual({
      message: 'The query is too large',
      extensions: { code: 'GRAPHQL_PARSE_FAILED', reason: 'TOO_MANY_TOKENS' },
    });
    const other = {
      message: 'Syntax Error: Expected Name, found "}".',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    };
    expect(production.formatLimitError(other)).toBe(other);
  });

  it('GW-3 batching is on only when the batch limit allows more than one operation', () => {
    expect(edgeProtection({ production: false }).allowBatchedHttpRequests).toBe(EDGE_LIMITS.batch > 1);
    expect(
      edgeProtection({ production: false, limits: { ...EDGE_LIMITS, batch: 1 } }).allowBatchedHttpRequests,
    ).toBe(false);
  });
});
