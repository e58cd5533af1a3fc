import { GraphQLError } from 'graphql';

/** The error codes clients may rely on (ARCHITECTURE.md, Conventions). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export function codedError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Extension keys clients may see; anything else (subgraph responses, stacks) stays inside. */
export const PUBLIC_EXTENSIONS = ['code', 'field', 'reason', 'retryAfterSeconds', 'requestId'] as const;

/** Validation failure on one input field; the message and `extensions.field` name it. */
export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  codedError('BAD_USER_INPUT', `${field}: ${message}`, { field, ...extra });
export const unauthenticated = (message = 'Sign in first') => codedError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You do not have permission for this') =>
  codedError('FORBIDDEN', message);
export const notFound = (what: string) => codedError('NOT_FOUND', `${what} was not found`);
export const conflict = (field: string, message: string) =>
  codedError('CONFLICT', `${field}: ${message}`, { field });

/** Arguments that only wrap a mutation's or query's fields: `badInput` names fields inside them without them. */
const WRAPPER_ARGUMENTS = new Set(['input', 'filter']);

/**
 * The input field a scalar refused (its message contains `marker`), from graphql-js's coercion message
 * (`Variable "$input" got invalid value 1e20 at "input.lines[0].listUnitPrice.amountMinor"; …`),
 * named as `badInput` names fields: inside `input` or `filter` without the argument
 * (`lines[0].listUnitPrice.amountMinor`, `from`), else from the argument (`signer.signedAt`).
 */
export function fieldOfCoercion(message: string, marker: string): string | null {
  if (!message.includes(marker)) return null;
  const match = /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"; /.exec(message);
  if (match) {
    const [argument, ...rest] = match[2]!.split(/(?=[.[])/);
    if (!WRAPPER_ARGUMENTS.has(argument!) || rest.length === 0) return match[2]!;
    return rest.join('').replace(/^\./, '');
  }
  return /^Variable "\$([^"]+)"/.exec(message)?.[1] ?? null;
}
