import { describe, expect, it } from 'vitest';
import { checkClientInput, narrowScope } from './rules.ts';

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
