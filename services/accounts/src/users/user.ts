import type { Role } from '@bc/platform';
import { EntitySchema } from '@mikro-orm/core';

export type UserStatus = 'ACTIVE' | 'REVOKED';

/** ACC-1: a work account (`userId@domain`) of one organization, with its roles. */
export class User {
  id!: string;
  organizationId!: string;
  userId!: string;
  domain!: string;
  workAccount!: string;
  /** The contact / password-recipient email. */
  email!: string;
  firstName!: string;
  lastName!: string;
  roles!: Role[];
  globalAdmin = false;
  status: UserStatus = 'ACTIVE';
  passwordHash!: string;
  mustChangePassword = false;
  /** Moves when every access token of the user must stop working (revoke, restore, roles, reset). */
  securityStamp = 0;
  createdAt!: Date;
  updatedAt!: Date;
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'work_account',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36, index: true },
    userId: { type: 'string' },
    domain: { type: 'string' },
    workAccount: { type: 'string', unique: true },
    email: { type: 'string', index: true },
    firstName: { type: 'string' },
    lastName: { type: 'string' },
    roles: { type: 'json' },
    globalAdmin: { type: 'boolean', default: false },
    status: { type: 'string', length: 16 },
    passwordHash: { type: 'string' },
    mustChangePassword: { type: 'boolean', default: false },
    securityStamp: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});

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
