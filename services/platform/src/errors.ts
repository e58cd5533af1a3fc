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
