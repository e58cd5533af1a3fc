import { type Permission, type Role, resolvePermissions } from './permissions.ts';

/**
 * ACC-5/ACC-6: nobody grants what they do not hold, nobody manages someone more privileged than
 * themselves. Pure rules over roles and the global-admin flag; accounts applies them to every role
 * change, detail edit, password reset, revoke and restore.
 */

/** Someone's roles and global-admin flag: what their permissions are made of. */
export interface Standing {
  roles: readonly Role[];
  globalAdmin: boolean;
}

/** The caller (its user id, to recognise changes to itself). */
export interface Grantor extends Standing {
  userId: string;
}

/** An existing user the caller wants to change. */
export interface Grantee extends Standing {
  id: string;
}

/** Why a change is refused; null means allowed. */
export interface Refusal {
  code: 'FORBIDDEN' | 'BAD_USER_INPUT';
  message: string;
  field?: string;
}

const forbid = (message: string): Refusal => ({ code: 'FORBIDDEN', message });

/** The permissions of `other` that `actor` lacks (empty: the actor holds them all). */
export function permissionsLacking(actor: Standing, other: Standing): Permission[] {
  return permissionsBeyond(actor, resolvePermissions(other.roles, other.globalAdmin));
}

/** The permissions of `wanted` that `actor` lacks: the one grant rule, for roles and API clients' scopes alike. */
export function permissionsBeyond(actor: Standing, wanted: readonly Permission[]): Permission[] {
  const held = new Set(resolvePermissions(actor.roles, actor.globalAdmin));
  return wanted.filter((p) => !held.has(p));
}

/**
 * API-1: may `actor` give an API client these permissions? Only a subset of its own, by the same
 * rule as granting roles (`permissionsBeyond`).
 */
export function scopeRefusal(actor: Standing, permissions: readonly Permission[]): Refusal | null {
  const lacking = permissionsBeyond(actor, permissions);
  if (lacking.length > 0)
    return forbid(`You can only give an API client permissions you hold (you lack ${lacking.join(', ')})`);
  return null;
}

/** The global-admin flag counts only with User administrator (ACC-6). */
export function isGlobalAdmin(standing: Standing): boolean {
  return standing.globalAdmin && standing.roles.includes('USER_ADMINISTRATOR');
}

/**
 * May `actor` edit the details of, reset the password of, revoke or restore `target`? Only when it
 * holds every permission the target has: whoever redirects someone's password-recipient email or
 * resets their password can become them.
 */
export function manageRefusal(actor: Grantor, target: Grantee): Refusal | null {
  const lacking = permissionsLacking(actor, target);
  if (lacking.length > 0)
    return forbid(`You can only manage users whose permissions you hold (you lack ${lacking.join(', ')})`);
  return null;
}

/** Revoking or restoring: never oneself, otherwise as `manageRefusal`. */
export function statusChangeRefusal(actor: Grantor, target: Grantee): Refusal | null {
  if (target.id === actor.userId) return forbid('You cannot change your own status');
  return manageRefusal(actor, target);
}

/**
 * May `actor` give `next` (roles and global-admin flag) to `target`, or to a new user when `target`
 * is null? Never to itself; only to a user it may manage; only roles whose permissions it holds;
 * global admin only with User administrator, and only a global admin makes or unmakes one.
 */
export function grantRefusal(actor: Grantor, target: Grantee | null, next: Standing): Refusal | null {
  if (target && target.id === actor.userId) return forbid('You cannot change your own roles');
  if (target) {
    const refusal = manageRefusal(actor, target);
    if (refusal) return refusal;
  }
  if (next.globalAdmin && !next.roles.includes('USER_ADMINISTRATOR'))
    return {
      code: 'BAD_USER_INPUT',
      field: 'globalAdmin',
      message: 'globalAdmin: can only be granted together with USER_ADMINISTRATOR',
    };
  if (next.globalAdmin !== (target?.globalAdmin ?? false) && !isGlobalAdmin(actor))
    return forbid('Only a global admin can make or unmake a global admin');
  const lacking = permissionsLacking(actor, next);
  if (lacking.length > 0)
    return forbid(`You can only grant roles whose permissions you hold (you lack ${lacking.join(', ')})`);
  return null;
}
