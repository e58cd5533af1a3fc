import type { Role } from '@bc/platform';
import { describe, expect, it } from 'vitest';
import {
  checkManage,
  checkPasswordPolicy,
  checkRoleGrant,
  checkStatusChange,
  grantableRoles,
  manageableBy,
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

  it('ACC-6 role grants go through the platform rule: coded errors, the field named', () => {
    const userAdmin = { userId: 'a', roles: ['USER_ADMINISTRATOR' as const], globalAdmin: true };
    expect(fieldOf(() => checkRoleGrant(userAdmin, null, ['ACCOUNT_ADMINISTRATOR'], false))?.code).toBe(
      'FORBIDDEN',
    );
    const admin = {
      userId: 'a',
      roles: ['ACCOUNT_ADMINISTRATOR' as const, 'USER_ADMINISTRATOR' as const],
      globalAdmin: true,
    };
    expect(fieldOf(() => checkRoleGrant(admin, null, ['ACCOUNT_ADMINISTRATOR'], false))).toBeNull();
    expect(fieldOf(() => checkRoleGrant(admin, null, ['ACCOUNT_VIEWER'], true))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'globalAdmin',
    });
    expect(fieldOf(() => checkRoleGrant(admin, { ...admin, id: 'a' }, ['ACCOUNT_VIEWER'], false))?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('ACC-6 ACC-4 managing a user needs its permissions; status never one’s own', () => {
    const plain = { userId: 'a', roles: ['USER_ADMINISTRATOR' as const], globalAdmin: false };
    const manager = { id: 'm', roles: ['ACCOUNT_MANAGER' as const], globalAdmin: false };
    expect(fieldOf(() => checkManage(plain, manager))?.code).toBe('FORBIDDEN');
    expect(fieldOf(() => checkManage(plain, { ...plain, id: 'b' }))).toBeNull();
    expect(fieldOf(() => checkStatusChange(plain, { ...plain, id: 'a' }))?.code).toBe('FORBIDDEN');
  });

  it('ACC-4 password policy', () => {
    expect(fieldOf(() => checkPasswordPolicy('password', 'short1'))?.field).toBe('password');
    expect(fieldOf(() => checkPasswordPolicy('password', 'onlyletters'))?.field).toBe('password');
    expect(fieldOf(() => checkPasswordPolicy('password', 'Letters4nd1'))).toBeNull();
  });
});

describe('WEB-11 what a page offers', () => {
  const caller = (roles: Role[], globalAdmin = false) => ({
    userId: 'me',
    organizationId: 'o',
    organizationKind: 'CUSTOMER' as const,
    workAccount: 'me@o',
    roles,
    globalAdmin,
    sessionId: 's',
    securityStamp: 0,
  });

  it('WEB-11 ACC-6 grantable roles are those whose permissions the user holds', () => {
    expect(grantableRoles({ roles: ['USER_ADMINISTRATOR'], globalAdmin: false })).toEqual([
      'USER_ADMINISTRATOR',
    ]);
    expect(grantableRoles({ roles: ['ACCOUNT_MANAGER'], globalAdmin: false })).toEqual([
      'ACCOUNT_VIEWER',
      'REPORT_VIEWER',
      'ACCOUNT_MANAGER',
    ]);
    expect(grantableRoles({ roles: ['ACCOUNT_ADMINISTRATOR'], globalAdmin: false })).toHaveLength(6);
  });

  it('WEB-11 ACC-6 a user is manageable by someone holding all its permissions, never by itself', () => {
    const viewer = { id: 'v', roles: ['ACCOUNT_VIEWER'] as Role[], globalAdmin: false };
    expect(manageableBy(caller(['USER_ADMINISTRATOR']), viewer)).toBe(false);
    expect(manageableBy(caller(['ACCOUNT_ADMINISTRATOR']), viewer)).toBe(true);
    expect(manageableBy(caller(['ACCOUNT_ADMINISTRATOR']), { ...viewer, id: 'me' })).toBe(false);
    expect(manageableBy(null, viewer)).toBe(false);
  });
});
