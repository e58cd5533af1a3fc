import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sessionFieldKeys, takeRefreshTokens } from './browser-session.ts';

const schema = buildSchema(`
  type Session { accessToken: String! refreshToken: String! }
  type Query { me: String }
  type Mutation { signIn: Session! refreshSession(t: String!): Session! other: Other }
  type Other { refreshToken: String }
`);

describe('WEB-1 the refresh token of every Session field leaves the body in cookie mode', () => {
  it('WEB-1 finds Session fields by type through aliases and fragments, and only those', () => {
    const document = parse(`
      mutation { a: signIn { ...S } refreshSession(t: "x") { rt: refreshToken } other { refreshToken } }
      fragment S on Session { accessToken refreshToken }
    `);
    const keys = sessionFieldKeys(document, schema);
    expect([...keys.sessions].sort()).toEqual(['a', 'refreshSession']);
    expect([...keys.refreshTokens].sort()).toEqual(['refreshToken', 'rt']);
    const data = {
      a: { accessToken: 'A1', refreshToken: 'R1' },
      refreshSession: { rt: 'R2' },
      other: { refreshToken: 'kept' },
    };
    expect(takeRefreshTokens(data, keys)).toEqual(['R1', 'R2']);
    expect(data).toEqual({
      a: { accessToken: 'A1', refreshToken: '' },
      refreshSession: { rt: '' },
      other: { refreshToken: 'kept' },
    });
  });

  it('WEB-1 a document without a Session field takes nothing', () => {
    const keys = sessionFieldKeys(parse('{ me }'), schema);
    expect(keys.sessions.size).toBe(0);
    expect(takeRefreshTokens({ me: 'x' }, keys)).toEqual([]);
  });
});
