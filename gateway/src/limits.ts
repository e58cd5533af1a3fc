import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Lexer,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
  validate,
} from 'graphql';

/**
 * GW-3: what one GraphQL document may ask of the gateway. Each value leaves room above the heaviest
 * operation the portal sends (measured by `scripts/bench/operation-sizes.ts`; figures and reasons
 * in gateway/README.md) and refuses what no screen needs: deep nesting through entity references,
 * alias fan-out, huge documents, and `first: 1000`-style lists nested in lists.
 */
export interface EdgeLimits {
  /** Nesting of fields (a connection's `edges { node { … } }` counts as two levels). */
  depth: number;
  /** Aliased fields in one operation (`a: me { id } b: me { id } …`). */
  aliases: number;
  /** Directives in one operation (`@include`, `@skip`). */
  directives: number;
  /** Lexical tokens in the whole document (names, punctuation, values). */
  tokens: number;
  /** graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level, × a literal `first`/`last`. */
  cost: number;
  /** Operations in one HTTP batch (a JSON array body); 1 turns batching off. */
  batch: number;
}

export const EDGE_LIMITS: EdgeLimits = {
  depth: 10,
  aliases: 10,
  directives: 10,
  tokens: 1000,
  cost: 50_000,
  batch: 5,
};

/** `extensions.reason` of each refusal; `extensions.code` is Apollo's GRAPHQL_VALIDATION_FAILED or _PARSE_FAILED. */
export const LIMIT_REASONS = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
  cost: 'QUERY_TOO_COSTLY',
  batch: 'BATCH_TOO_LARGE',
} as const;

/** What production answers instead of the numbers (limits are not advertised to probing clients). */
const PRODUCTION_MESSAGES: Record<keyof EdgeLimits, string> = {
  depth: 'The query is nested too deeply',
  aliases: 'The query uses too many aliases',
  directives: 'The query uses too many directives',
  tokens: 'The query is too large',
  cost: 'The query asks for too much at once',
  batch: 'Too many operations in one request',
};

export function limitMessage(limit: keyof EdgeLimits, production: boolean, detail: string): string {
  return production ? PRODUCTION_MESSAGES[limit] : detail;
}

/** graphql-js's own message when `parseOptions.maxTokens` stops the parser (16.x spells it "more that"). */
const TOKEN_LIMIT_MESSAGE = /Document contains more th\w+ \d+ tokens/;

/** Reports one armor refusal as a coded validation error (Apollo answers it with HTTP 400). */
function reporter(limit: keyof EdgeLimits, production: boolean) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const detail = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(
      new GraphQLError(limitMessage(limit, production, detail), {
        extensions: { reason: LIMIT_REASONS[limit] },
      }),
    );
  };
}

export interface EdgeProtection {
  plugins: ApolloServerPlugin<BaseContext>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: boolean;
  /** Gives the token refusal (a parse error from graphql-js) its reason and, in production, no number. */
  formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError;
}

/** Production: "Did you mean …?" would let a client without introspection map the schema by guessing. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * graphql-armor's depth, alias, directive and cost rules as validation rules (they run once per
 * distinct document: Apollo caches validated documents) and the token limit as graphql-js's
 * `maxTokens` parse option (armor's Apollo token plugin parses every new document a second time and
 * reports through an unexpected-error hook). In production the messages name no number.
 */
export function edgeProtection(options: { production: boolean; limits?: EdgeLimits }): EdgeProtection {
  const { production } = options;
  const limits = options.limits ?? EDGE_LIMITS;
  const rule = (limit: keyof EdgeLimits) => ({
    exposeLimits: !production,
    propagateOnRejection: false,
    onReject: [reporter(limit, production)],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, ...rule('depth') },
    maxAliases: { n: limits.aliases, ...rule('aliases') },
    maxDirectives: { n: limits.directives, ...rule('directives') },
    costLimit: { maxCost: limits.cost, ...rule('cost') },
    maxTokens: { enabled: false },
    // Suggestions are removed in production by `withoutSuggestions` (armor's mask leaves a stray "?"
    // and misses enum-value and argument suggestions).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: armor.plugins as ApolloServerPlugin<BaseContext>[],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.tokens },
    allowBatchedHttpRequests: limits.batch > 1,
    formatLimitError(formatted) {
      if (
        formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' ||
        !TOKEN_LIMIT_MESSAGE.test(formatted.message)
      )
        return formatted;
      return {
        ...formatted,
        message: limitMessage('tokens', production, `Token limit of ${limits.tokens} exceeded.`),
        extensions: { ...formatted.extensions, reason: LIMIT_REASONS.tokens },
      };
    },
  };
}

export interface OperationSize {
  tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/** Lexical tokens as graphql-js counts them for `maxTokens` (comments excluded). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/**
 * The size of one document by the very rules the gateway applies (the largest operation in it for
 * depth, aliases, directives and cost). Throws if the document is not valid against the schema.
 */
export function measureOperation(schema: GraphQLSchema, source: string): OperationSize {
  const size: OperationSize = { tokens: countTokens(source), depth: 0, aliases: 0, directives: 0, cost: 0 };
  const observe = (key: keyof OperationSize) => ({
    propagateOnRejection: false,
    onAccept: [
      (_: unknown, details: { n: number }) => {
        size[key] = Math.max(size[key], details.n);
      },
    ],
  });
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: Number.MAX_SAFE_INTEGER, ...observe('depth') },
    maxAliases: { n: Number.MAX_SAFE_INTEGER, ...observe('aliases') },
    maxDirectives: { n: Number.MAX_SAFE_INTEGER, ...observe('directives') },
    costLimit: { maxCost: Number.MAX_SAFE_INTEGER, ...observe('cost') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const errors = validate(schema, parse(source), [...specifiedRules, ...validationRules]);
  if (errors.length) throw new Error(errors.map((e) => e.message).join('; '));
  return size;
}

/** Which limits an operation of this size breaks (empty: the gateway accepts it). */
export function brokenLimits(size: OperationSize, limits: EdgeLimits = EDGE_LIMITS): (keyof EdgeLimits)[] {
  return (['tokens', 'depth', 'aliases', 'directives', 'cost'] as const).filter((k) => size[k] > limits[k]);
}
