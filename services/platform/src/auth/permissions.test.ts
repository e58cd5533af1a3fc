import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission, ROLES, type Role, resolvePermissions } from './permissions.ts';

/** ACC-5 as the guide states it, one row per role; the matrix in code must match exactly. */
const expected: Record<Role, Permission[]> = {
  ACCOUNT_VIEWER: ['VIEW_AGREEMENTS', 'VIEW_ORDERS', 'VIEW_LICENSES', 'VIEW_REPORTS'],
  REPORT_VIEWER: ['VIEW_AGREEMENTS', 'VIEW_ORDERS', 'VIEW_LICENSES', 'VIEW_REPORTS', 'VIEW_PRODUCT_KEYS'],
  ACCOUNT_MANAGER: [
    'VIEW_AGREEMENTS',
    'VIEW_ORDERS',
    'VIEW_LICENSES',
    'VIEW_REPORTS',
    'VIEW_PRODUCT_KEYS',
    'EDIT_ACTIVE_AGREEMENTS',
    'SELF_PROVISION',
    'DOWNLOAD_SOFTWARE',
  ],
  USER_ADMINISTRATOR: ['MANAGE_USERS', 'VIEW_DELIVERY_LOG'],
  AGREEMENT_ADMINISTRATOR: ['VIEW_AGREEMENTS', 'MANAGE_USERS', 'CREATE_USERS', 'SIGN_AGREEMENTS'],
  ACCOUNT_ADMINISTRATOR: [...PERMISSIONS],
};

describe('ACC-5 permission matrix', () => {
  it.each(ROLES)('ACC-5 %s has exactly the guide permissions', (role) => {
    expect(new Set(resolvePermissions([role], false))).toEqual(new Set(expected[role]));
  });

  it('ACC-5 several roles add up', () => {
    const both = resolvePermissions(['REPORT_VIEWER', 'USER_ADMINISTRATOR'], false);
    expect(new Set(both)).toEqual(new Set([...expected.REPORT_VIEWER, ...expected.USER_ADMINISTRATOR]));
  });

  it('ACC-6 global admin lets a user administrator create users, and nobody else', () => {
    expect(resolvePermissions(['USER_ADMINISTRATOR'], false)).not.toContain('CREATE_USERS');
    expect(resolvePermissions(['USER_ADMINISTRATOR'], true)).toContain('CREATE_USERS');
    expect(resolvePermissions(['ACCOUNT_VIEWER'], true)).not.toContain('CREATE_USERS');
  });

  it('ACC-5 no roles, no permissions', () => {
    expect(resolvePermissions([], true)).toEqual([]);
  });
});
