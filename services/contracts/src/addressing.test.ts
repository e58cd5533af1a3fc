import { describe, expect, it } from 'vitest';
import { contractExamples as examples } from './examples.ts';
import { accounts, allEvents } from './index.ts';

const at = '2025-01-01T00:00:00.000Z';

describe('contracts derive key and tenant from the payload', () => {
  it.each(examples.map((e) => [e.contract.topic, e] as const))('EVT-1 %s', (_topic, example) => {
    const payload = example.contract.payload.parse(example.payload);
    expect(example.contract.keyOf(payload)).toBe(example.key);
    expect(example.contract.tenantOf(payload)).toBe(example.tenant);
  });

  it('EVT-1 every contract has an example above', () => {
    const covered = new Set(examples.map((e) => e.contract.topic));
    expect(allEvents.map((e) => e.topic).filter((t) => !covered.has(t))).toEqual([]);
  });

  it('EVT-1 an access revocation recorded before it carried its organization still parses, with no tenant', () => {
    const payload = accounts.accessRevoked.payload.parse({
      userId: 'user-1',
      sessionIds: [],
      securityStamp: 3,
      until: at,
      reason: 'REVOKED',
    });
    expect(accounts.accessRevoked.tenantOf(payload)).toBeNull();
  });
});
