/** The guide's roles in its order ("Understanding user roles"); names shown as the guide writes them. */
export const ROLE_ORDER = [
  'ACCOUNT_VIEWER',
  'REPORT_VIEWER',
  'ACCOUNT_MANAGER',
  'USER_ADMINISTRATOR',
  'AGREEMENT_ADMINISTRATOR',
  'ACCOUNT_ADMINISTRATOR',
] as const;

export type RoleName = (typeof ROLE_ORDER)[number];

const LABELS: Record<RoleName, string> = {
  ACCOUNT_VIEWER: 'Account viewer',
  REPORT_VIEWER: 'Report viewer',
  ACCOUNT_MANAGER: 'Account manager',
  USER_ADMINISTRATOR: 'User administrator',
  AGREEMENT_ADMINISTRATOR: 'Agreement administrator',
  ACCOUNT_ADMINISTRATOR: 'Account administrator',
};

export function roleLabel(role: string): string {
  return LABELS[role as RoleName] ?? role;
}

/** Roles in the guide's order, whatever order the API lists them in. */
export function sortRoles<T extends string>(roles: readonly T[]): T[] {
  return [...roles].sort(
    (a, b) => ROLE_ORDER.indexOf(a as unknown as RoleName) - ROLE_ORDER.indexOf(b as unknown as RoleName),
  );
}

export interface Caller {
  roles: readonly string[];
  globalAdmin: boolean;
}

/**
 * ACC-6: "Enable as global admin" is offered only when the new roles include User administrator and
 * the caller is a global admin itself (only a global admin makes or unmakes one).
 */
export function offersGlobalAdmin(caller: Caller, chosen: readonly string[]): boolean {
  return isGlobalAdmin(caller) && chosen.includes('USER_ADMINISTRATOR');
}

export function isGlobalAdmin(caller: Caller): boolean {
  return caller.globalAdmin && caller.roles.includes('USER_ADMINISTRATOR');
}
