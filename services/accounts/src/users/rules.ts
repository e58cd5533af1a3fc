import {
  badInput,
  forbidden,
  type Grantee,
  type Grantor,
  grantRefusal,
  manageRefusal,
  permissionsLacking,
  type Refusal,
  ROLES,
  type Role,
  type Standing,
  statusChangeRefusal,
  type UserIdentity,
} from '@bc/platform';

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

/** Turns a platform grant rule's refusal (ACC-5/6, `@bc/platform` grants.ts) into its coded error. */
export function refuse(refusal: Refusal | null): void {
  if (!refusal) return;
  if (refusal.code === 'BAD_USER_INPUT')
    throw badInput(refusal.field!, refusal.message.replace(/^\w+: /, ''));
  throw forbidden(refusal.message);
}

/**
 * ACC-6: may `actor` give `roles` + `globalAdmin` to `target` (null: a new user)? Only roles whose
 * permissions it holds, never to itself, only to users it may manage; only a global admin makes one.
 */
export function checkRoleGrant(
  actor: Grantor,
  target: Grantee | null,
  roles: readonly Role[],
  globalAdmin: boolean,
): void {
  refuse(grantRefusal(actor, target, { roles, globalAdmin }));
}

/** ACC-6/ACC-4: edit, reset, revoke or restore only users whose permissions the actor holds. */
export function checkManage(actor: Grantor, target: Grantee): void {
  refuse(manageRefusal(actor, target));
}

export function checkStatusChange(actor: Grantor, target: Grantee): void {
  refuse(statusChangeRefusal(actor, target));
}

/** Password policy: 8-128 characters with letters and digits. */
export function checkPasswordPolicy(field: string, password: string): void {
  if (password.length < 8 || password.length > 128) throw badInput(field, 'must be 8 to 128 characters');
  if (!/[a-zA-Z]/.test(password) || !/[0-9]/.test(password))
    throw badInput(field, 'must contain letters and digits');
}

/** WEB-11: the roles `user` may give others (ACC-6: only those whose permissions it holds). */
export function grantableRoles(user: Standing): Role[] {
  return ROLES.filter((role) => permissionsLacking(user, { roles: [role], globalAdmin: false }).length === 0);
}

/**
 * WEB-11: may `caller` (by its token's standing; the write re-checks the stored one) change `target`'s
 * roles, details, password or status? Never its own; otherwise as `checkManage`.
 */
export function manageableBy(caller: UserIdentity | null, target: Standing & { id: string }): boolean {
  if (!caller || caller.userId === target.id) return false;
  return (
    manageRefusal({ userId: caller.userId, roles: caller.roles, globalAdmin: caller.globalAdmin }, target) ===
    null
  );
}
