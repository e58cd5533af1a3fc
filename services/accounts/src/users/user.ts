import type { Role } from '@bc/platform';
import { defineEntity, p } from '@mikro-orm/core';

export type UserStatus = 'ACTIVE' | 'REVOKED';

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'work_account',
  // API-6: the keyset pages of this list read this index in the list's order.
  indexes: [
    {
      properties: ['organizationId', 'workAccount'],
      name: 'work_account_organization_id_work_account_index',
    },
  ],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36).index(),
    userId: p.string(),
    domain: p.string(),
    workAccount: p.string().unique(),
    /** The contact / password-recipient email. */
    email: p.string().index(),
    firstName: p.string(),
    lastName: p.string(),
    roles: p.json<Role[]>(),
    globalAdmin: p.boolean().default(false),
    status: p.string().$type<UserStatus>().length(16),
    passwordHash: p.string(),
    mustChangePassword: p.boolean().default(false),
    /** Moves when every access token of the user must stop working (revoke, restore, roles, reset). */
    securityStamp: p.integer().default(0),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

/** ACC-1: a work account (`userId@domain`) of one organization, with its roles. */
export class User extends UserSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.globalAdmin = false;
    this.status = 'ACTIVE';
    this.mustChangePassword = false;
    this.securityStamp = 0;
  }
}
UserSchema.setClass(User);
/** What the audit log keeps of a user (never the password hash). */
export function auditView(user: User) {
  return {
    workAccount: user.workAccount,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: [...user.roles],
    globalAdmin: user.globalAdmin,
    status: user.status,
  };
}
