/**
 * ACC-5: the one permission matrix. Every subgraph checks permissions through `can`/`requirePermission`,
 * never by role names.
 */
export const ROLES = [
  'ACCOUNT_VIEWER',
  'REPORT_VIEWER',
  'ACCOUNT_MANAGER',
  'USER_ADMINISTRATOR',
  'AGREEMENT_ADMINISTRATOR',
  'ACCOUNT_ADMINISTRATOR',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'VIEW_AGREEMENTS',
  'VIEW_ORDERS',
  'VIEW_LICENSES',
  'VIEW_REPORTS',
  'VIEW_PRODUCT_KEYS',
  'EDIT_ACTIVE_AGREEMENTS',
  'SELF_PROVISION',
  'DOWNLOAD_SOFTWARE',
  /** See users, change their roles and details, revoke/restore them, reset passwords. */
  'MANAGE_USERS',
  /** Add new users (account administrators, agreement administrators, global admins). */
  'CREATE_USERS',
  'MANAGE_DOMAINS',
  'VIEW_AUDIT_LOG',
  'VIEW_DELIVERY_LOG',
  'MANAGE_BENEFITS',
  'SIGN_AGREEMENTS',
  /** Organization-wide settings (a partner's notification email and webhook). */
  'MANAGE_ORGANIZATION',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWING: Permission[] = ['VIEW_AGREEMENTS', 'VIEW_ORDERS', 'VIEW_LICENSES', 'VIEW_REPORTS'];

/** Straight from the guide's "Understanding user roles" and "How do I add a new user?". */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ACCOUNT_VIEWER: VIEWING,
  REPORT_VIEWER: [...VIEWING, 'VIEW_PRODUCT_KEYS'],
  ACCOUNT_MANAGER: [
    ...VIEWING,
    'VIEW_PRODUCT_KEYS',
    'EDIT_ACTIVE_AGREEMENTS',
    'SELF_PROVISION',
    'DOWNLOAD_SOFTWARE',
  ],
  USER_ADMINISTRATOR: ['MANAGE_USERS', 'VIEW_DELIVERY_LOG'],
  AGREEMENT_ADMINISTRATOR: ['VIEW_AGREEMENTS', 'MANAGE_USERS', 'CREATE_USERS', 'SIGN_AGREEMENTS'],
  ACCOUNT_ADMINISTRATOR: PERMISSIONS,
};

/** Global admin (only with User administrator) adds the right to create users. */
export function resolvePermissions(roles: readonly Role[], globalAdmin: boolean): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) granted.add(p);
  if (globalAdmin && roles.includes('USER_ADMINISTRATOR')) granted.add('CREATE_USERS');
  return PERMISSIONS.filter((p) => granted.has(p));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
