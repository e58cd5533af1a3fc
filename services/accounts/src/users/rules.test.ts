import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  checkRoleGrant,
  normalizeEmail,
  normalizeUserId,
  requireRoles,
} from './rules.ts';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { extensions: { field?: string; code: string } }).extensions;
  }
};

describe('ACC-6 user input rules', () => {
  it('ACC-6 user ids and emails are normalized or refused naming the field', () => {
    expect(normalizeUserId('userId', ' TaiToy ')).toBe('taitoy');
    expect(fieldOf(() => normalizeUserId('userId', 'tai toy'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'userId',
    });
    expect(normalizeEmail('email', 'TaiToy@Contoso.com')).toBe('taitoy@contoso.com');
    for (const bad of ['taitoy', 'a@b', '@contoso.com', 'a b@contoso.com']) {
      expect(fieldOf(() => normalizeEmail('email', bad))).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    }
  });

  it('ACC-6 at least one role', () => {
    expect(fieldOf(() => requireRoles('roles', []))).toEqual({ code: 'BAD_USER_INPUT', field: 'roles' });
    expect(requireRoles('roles', ['ACCOUNT_VIEWER', 'ACCOUNT_VIEWER'])).toEqual(['ACCOUNT_VIEWER']);
  });

  it('ACC-6 only account administrators grant Account administrator', () => {
    const userAdmin = { roles: ['USER_ADMINISTRATOR' as const], globalAdmin: true };
    expect(fieldOf(() => checkRoleGrant(userAdmin, ['ACCOUNT_ADMINISTRATOR'], false))?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      fieldOf(() =>
        checkRoleGrant(
          { roles: ['ACCOUNT_ADMINISTRATOR'], globalAdmin: false },
          ['ACCOUNT_ADMINISTRATOR'],
          false,
        ),
      ),
    ).toBeNull();
  });

  it('ACC-6 global admin only with User administrator, granted by someone who may create users', () => {
    const admin = { roles: ['ACCOUNT_ADMINISTRATOR' as const], globalAdmin: false };
    expect(fieldOf(() => checkRoleGrant(admin, ['ACCOUNT_VIEWER'], true))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'globalAdmin',
    });
    expect(fieldOf(() => checkRoleGrant(admin, ['USER_ADMINISTRATOR'], true))).toBeNull();
    const plainUserAdmin = { roles: ['USER_ADMINISTRATOR' as const], globalAdmin: false };
    expect(fieldOf(() => checkRoleGrant(plainUserAdmin, ['USER_ADMINISTRATOR'], true))?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('ACC-4 password policy', () => {
    expect(fieldOf(() => checkPasswordPolicy('password', 'short1'))?.field).toBe('password');
    expect(fieldOf(() => checkPasswordPolicy('password', 'onlyletters'))?.field).toBe('password');
    expect(fieldOf(() => checkPasswordPolicy('password', 'Letters4nd1'))).toBeNull();
  });
});
