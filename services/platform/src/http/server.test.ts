import { describe, expect, it } from 'vitest';
import { requestIdFrom } from './server.ts';

describe('GW-4 request id', () => {
  it('GW-4 keeps a well-formed x-request-id and replaces anything else with a UUID', () => {
    expect(requestIdFrom('0af7651916cd43dd8448eb211c80319c')).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(requestIdFrom('edge-test:1.2_3')).toBe('edge-test:1.2_3');
    expect(requestIdFrom(['first-id', 'second-id'])).toBe('first-id');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const bad of [undefined, '', 'has space', 'line\nbreak', '{"json":1}', 'x'.repeat(101)])
      expect(requestIdFrom(bad)).toMatch(uuid);
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
