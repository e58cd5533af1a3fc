import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isInternalError } from './operation-log.ts';

describe('GW-4 operation log', () => {
  it('GW-4 an error without a code, or coded INTERNAL_SERVER_ERROR, is internal; a coded one is not', () => {
    expect(isInternalError(new GraphQLError('boom', { originalError: new Error('db down') }))).toBe(true);
    expect(isInternalError(new GraphQLError('Cannot return null for non-nullable field'))).toBe(true);
    expect(isInternalError(new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBe(
      true,
    );
    expect(isInternalError(new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } }))).toBe(false);
    expect(
      isInternalError(new GraphQLError('bad', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
    ).toBe(false);
  });
});
