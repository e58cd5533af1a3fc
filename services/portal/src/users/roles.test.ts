import { describe, expect, it } from 'vitest';
import { offersGlobalAdmin, roleLabel, sortRoles } from './roles.ts';

describe('Manage users: roles (WEB-8, WEB-11)', () => {
  it('WEB-8 roles are named and ordered as in the guide', () => {
    expect(
      sortRoles(['ACCOUNT_ADMINISTRATOR', 'ACCOUNT_VIEWER', 'USER_ADMINISTRATOR']).map(roleLabel),
    ).toEqual(['Account viewer', 'User administrator', 'Account administrator']);
  });

  it('WEB-8 WEB-11 "Enable as global admin" only with User administrator chosen, and only for a global admin', () => {
    const globalAdmin = { roles: ['ACCOUNT_ADMINISTRATOR', 'USER_ADMINISTRATOR'], globalAdmin: true };
    expect(offersGlobalAdmin(globalAdmin, ['USER_ADMINISTRATOR'])).toBe(true);
    expect(offersGlobalAdmin(globalAdmin, ['ACCOUNT_VIEWER'])).toBe(false);
    // The flag counts only with User administrator (ACC-6).
    expect(
      offersGlobalAdmin({ roles: ['ACCOUNT_ADMINISTRATOR'], globalAdmin: true }, ['USER_ADMINISTRATOR']),
    ).toBe(false);
    expect(
      offersGlobalAdmin({ roles: ['USER_ADMINISTRATOR'], globalAdmin: false }, ['USER_ADMINISTRATOR']),
    ).toBe(false);
  });
});
