import { describe, expect, it } from 'vitest';
import {
  activityHour,
  checkClientInput,
  clientsOutrunBy,
  creatorStanding,
  effectivePermissions,
  MAX_TALLIED_ADDRESSES,
  MAX_TALLIED_NAMES,
  narrowScope,
  tallyActivity,
} from './rules.ts';

const now = new Date('2026-03-02T09:00:00.000Z');
const valid = {
  name: ' Build tool ',
  permissions: ['VIEW_ORDERS', 'VIEW_ORDERS'] as const,
  expiresAt: new Date('2026-06-01T00:00:00.000Z'),
};
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { field: string } }).extensions.field;
  }
  return null;
};

describe('API-1 API client input', () => {
  it('API-1 trims the name and drops repeated permissions', () => {
    expect(checkClientInput({ ...valid, permissions: [...valid.permissions] }, now, false)).toEqual({
      name: 'Build tool',
      permissions: ['VIEW_ORDERS'],
      customerIds: null,
      expiresAt: valid.expiresAt,
    });
  });

  it('API-1 refuses, naming the field: empty name, no permission, past or far expiry, customers for a customer', () => {
    const input = { ...valid, permissions: [...valid.permissions] };
    expect(fieldOf(() => checkClientInput({ ...input, name: ' ' }, now, false))).toBe('name');
    expect(fieldOf(() => checkClientInput({ ...input, name: 'x'.repeat(101) }, now, false))).toBe('name');
    expect(fieldOf(() => checkClientInput({ ...input, permissions: [] }, now, false))).toBe('permissions');
    expect(fieldOf(() => checkClientInput({ ...input, expiresAt: now }, now, false))).toBe('expiresAt');
    expect(
      fieldOf(() => checkClientInput({ ...input, expiresAt: new Date('2028-03-03T00:00:00Z') }, now, false)),
    ).toBe('expiresAt');
    expect(fieldOf(() => checkClientInput({ ...input, customerIds: ['a'] }, now, false))).toBe('customerIds');
    expect(fieldOf(() => checkClientInput({ ...input, customerIds: [] }, now, true))).toBe('customerIds');
    expect(checkClientInput({ ...input, customerIds: ['a', 'a'] }, now, true).customerIds).toEqual(['a']);
  });
});

describe('API-1 token scope (RFC 6749 §3.3)', () => {
  it('API-1 no scope gives every permission of the client; a scope narrows; anything else is refused', () => {
    expect(narrowScope(undefined, ['VIEW_ORDERS', 'VIEW_LICENSES'])).toEqual([
      'VIEW_ORDERS',
      'VIEW_LICENSES',
    ]);
    expect(narrowScope('VIEW_LICENSES', ['VIEW_ORDERS', 'VIEW_LICENSES'])).toEqual(['VIEW_LICENSES']);
    expect(narrowScope('VIEW_LICENSES MANAGE_USERS', ['VIEW_LICENSES'])).toBeNull();
  });
});

describe('API-1 a client within its creator’s current standing', () => {
  const admin = creatorStanding({ status: 'ACTIVE', roles: ['ACCOUNT_ADMINISTRATOR'], globalAdmin: false });
  const userAdmin = creatorStanding({ status: 'ACTIVE', roles: ['USER_ADMINISTRATOR'], globalAdmin: true });
  const revoked = creatorStanding({
    status: 'REVOKED',
    roles: ['ACCOUNT_ADMINISTRATOR'],
    globalAdmin: false,
  });

  it('API-1 keeps the client’s permissions the creator still holds, in the client’s order', () => {
    expect(effectivePermissions(['VIEW_ORDERS', 'MANAGE_USERS'], admin)).toEqual([
      'VIEW_ORDERS',
      'MANAGE_USERS',
    ]);
    expect(effectivePermissions(['VIEW_ORDERS', 'MANAGE_USERS', 'CREATE_USERS'], userAdmin)).toEqual([
      'MANAGE_USERS',
      'CREATE_USERS',
    ]);
  });

  it('API-1 a creator not active or gone leaves the client nothing', () => {
    expect(revoked).toBeNull();
    expect(creatorStanding(null)).toBeNull();
    expect(effectivePermissions(['VIEW_ORDERS'], null)).toEqual([]);
  });

  it('API-1 ends the tokens of exactly the clients holding a permission the creator lost', () => {
    const orders = { id: 'a', permissions: ['VIEW_ORDERS'] as const };
    const users = { id: 'b', permissions: ['MANAGE_USERS'] as const };
    const ids = (before: typeof admin, after: typeof admin) =>
      clientsOutrunBy([orders, users], before, after).map((c) => c.id);
    expect(ids(admin, userAdmin)).toEqual(['a']); // demoted: VIEW_ORDERS lost
    expect(ids(admin, revoked)).toEqual(['a', 'b']); // revoked: everything
    expect(ids(userAdmin, admin)).toEqual([]); // promoted: nothing lost
    expect(ids(revoked, admin)).toEqual([]); // restored
  });
});

describe('API-1 ACC-10 a client’s activity rolled up per hour', () => {
  it('API-1 the hour is the UTC hour the use falls in', () => {
    expect(activityHour(new Date('2026-03-02T09:59:59.999Z'))).toBe('2026-03-02T09:00:00.000Z');
    expect(activityHour(new Date('2026-03-02T10:00:00.000Z'))).toBe('2026-03-02T10:00:00.000Z');
  });

  it('API-1 counts by name and keeps the first addresses, bounded however many distinct ones come', () => {
    let tally = tallyActivity(null, 'h', 'ListOrders', '192.0.2.1');
    tally = tallyActivity(tally, 'h', 'ListOrders', '192.0.2.1');
    tally = tallyActivity(tally, 'h', '', null);
    expect(tally).toEqual({
      hour: 'h',
      counts: { ListOrders: 2, '(anonymous)': 1 },
      addresses: ['192.0.2.1'],
    });
    for (let i = 0; i < 100; i++) tally = tallyActivity(tally, 'h', `Op${i}`, `198.51.100.${i}`);
    expect(Object.keys(tally.counts)).toHaveLength(MAX_TALLIED_NAMES + 1);
    expect(Object.values(tally.counts).reduce((a, b) => a + b, 0)).toBe(103);
    expect(tally.counts['(other)']).toBe(100 - (MAX_TALLIED_NAMES - 2));
    expect(tally.addresses).toHaveLength(MAX_TALLIED_ADDRESSES);
    expect(tally.moreAddresses).toBe(true);
  });
});
