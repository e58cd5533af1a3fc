import { describe, expect, it } from 'vitest';
import { eventBreaks, graphqlBreaks, readIntendedChanges } from './breaking-changes.ts';

const before = 'type Query { orders(first: Int): [String!]! legacy: String }';
const removed = 'type Query { orders(first: Int): [String!]! }';
const added = 'type Query { orders(first: Int, after: String): [String!]! legacy: String note: String }';

describe('API-4 breaking changes to the GraphQL API fail unless listed as intended', () => {
  it('API-4 a removed field is breaking; added fields and optional arguments are not', async () => {
    const none = readIntendedChanges('graphql: []\nevents: []\n');
    expect(await graphqlBreaks(before, removed, none)).toEqual([
      expect.objectContaining({ message: "Field 'legacy' was removed from object type 'Query'" }),
    ]);
    expect(await graphqlBreaks(before, added, none)).toEqual([]);
  });

  it('API-4 a change listed with its type, path and a reason passes', async () => {
    const intended = readIntendedChanges(
      'graphql:\n  - { type: FIELD_REMOVED, path: Query.legacy, reason: "replaced by orders long ago" }\n',
    );
    expect(await graphqlBreaks(before, removed, intended)).toEqual([]);
  });

  it('API-4 an entry without a reason is refused', () => {
    expect(() =>
      readIntendedChanges('graphql:\n  - { type: FIELD_REMOVED, path: Query.legacy, reason: "" }\n'),
    ).toThrow();
  });

  it('API-4 a removed topic breaks unless retired on purpose; a changed payload always breaks', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };
    const published = new Map([['x.happened.v1', schema]]);
    expect(eventBreaks(published, new Map(), {})).toHaveLength(1);
    expect(
      eventBreaks(published, new Map(), { events: [{ topic: 'x.happened.v1', reason: 'v2 replaces it' }] }),
    ).toEqual([]);
    const changed = { ...schema, required: [] };
    expect(eventBreaks(published, new Map([['x.happened.v1', changed]]), {})[0]?.message).toContain(
      'required became optional',
    );
  });
});
