import { gql } from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from '../harness/system.ts';
import { currentTier } from './support/tier.ts';

/** Production mode at the edge: no introspection, only documented error extensions, no stacks. */
let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ tier: currentTier(), production: true });
});
afterAll(async () => {
  await system?.stop();
});

describe('production mode', () => {
  it('API-4 GraphiQL (GET /graphiql and its files) is 404 in production without BC_GRAPHIQL', async () => {
    for (const path of ['/graphiql', '/graphiql/', '/graphiql/app.js', '/graphiql/schema.json'])
      expect((await fetch(new URL(path, system.gatewayUrl))).status, path).toBe(404);
  });

  it('GW-3 introspection is off in production', async () => {
    const result = await gql(system.gatewayUrl, '{ __schema { queryType { name } } }');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('GW-3 errors carry a code and the documented extensions only, never a stack or a subgraph response', async () => {
    const results = [
      await gql(system.gatewayUrl, '{ me { id } }'),
      await gql(system.gatewayUrl, '{ me { id } }', {}, 'not.a.token'),
      await gql(
        system.gatewayUrl,
        'mutation { signIn(input: { workAccount: "x@y.example", password: "nope" }) { accessToken } }',
      ),
      await gql(system.gatewayUrl, '{ users(first: 1000) { totalCount } }'),
    ];
    for (const result of results) {
      const [error] = result.errors ?? [];
      expect(error?.extensions?.code).toBeTruthy();
      expect(
        Object.keys(error?.extensions ?? {}).every((k) =>
          ['code', 'field', 'reason', 'retryAfterSeconds', 'requestId'].includes(k),
        ),
      ).toBe(true);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|\s+at\s+\S+\s+\(|"response"/);
    }
  });
});
