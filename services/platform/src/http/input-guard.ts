import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The path of the first string holding U+0000 in a request's variables, or null. No database of
 * ours stores it (PostgreSQL text refuses it; SQLite statements end at it), so it is bad input,
 * never a reason for an internal error.
 */
export function nulCharacterPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulCharacterPath(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulCharacterPath(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Refuses a request whose variables or query text carry a NUL character, before any resolver runs. */
export function rejectNulCharacters<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const field =
            nulCharacterPath(request.variables ?? {}, '') ??
            (request.query?.includes('\\u0000') ? 'query' : null);
          if (field)
            throw new GraphQLError(`${field}: must not contain NUL characters`, {
              // 200: the gateway passes a subgraph's coded error on only from a successful response.
              extensions: { code: 'BAD_USER_INPUT', field, http: { status: 200 } },
            });
        },
      };
    },
  };
}
