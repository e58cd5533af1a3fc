import { badInput, forbidden, type Permission, type Role, resolvePermissions } from '@bc/platform';

const USER_ID = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function normalizeUserId(field: string, raw: string): string {
  const value = raw.trim().toLowerCase();
  if (!USER_ID.test(value))
    throw badInput(field, 'must be letters, digits, dots, hyphens or underscores, like "taitoy"');
  return value;
}

export function normalizeEmail(field: string, raw: string): string {
  const value = raw.trim().toLowerCase();
  if (value.length > 254 || !EMAIL.test(value))
    throw badInput(field, `"${raw}" is not a valid email address`);
  return value;
}

export function normalizeWorkAccount(field: string, raw: string): string {
  const value = raw.trim().toLowerCase();
  const at = value.lastIndexOf('@');
  if (at < 1 || at === value.length - 1) throw badInput(field, 'must look like userId@domain');
  return value;
}

export function requireRoles(field: string, roles: readonly Role[]): Role[] {
  if (roles.length === 0) throw badInput(field, 'choose at least one role');
  return [...new Set(roles)];
}

/**
 * ACC-6: who may hand out which roles. Only account administrators make account administrators;
 * global admin goes only with User administrator, and only from someone who may create users.
 */
export function checkRoleGrant(
  actor: { roles: readonly Role[]; globalAdmin: boolean },
  roles: readonly Role[],
  globalAdmin: boolean,
): void {
  const actorPermissions: Permission[] = resolvePermissions(actor.roles, actor.globalAdmin);
  if (roles.includes('ACCOUNT_ADMINISTRATOR') && !actor.roles.includes('ACCOUNT_ADMINISTRATOR')) {
    throw forbidden('Only an account administrator can grant Account administrator');
  }
  if (globalAdmin && !roles.includes('USER_ADMINISTRATOR')) {
    throw badInput('globalAdmin', 'can only be granted together with USER_ADMINISTRATOR');
  }
  if (globalAdmin && !actorPermissions.includes('CREATE_USERS')) {
    throw forbidden('Only users who may create users can grant global admin');
  }
}

/** Password policy: 8-128 characters with letters and digits. */
export function checkPasswordPolicy(field: string, password: string): void {
  if (password.length < 8 || password.length > 128) throw badInput(field, 'must be 8 to 128 characters');
  if (!/[a-zA-Z]/.test(password) || !/[0-9]/.test(password))
    throw badInput(field, 'must contain letters and digits');
}
