import type { User } from './user.ts';

/** The `accounts.user.changed.v1` payload: the user's current state. */
export function userChangedPayload(user: User) {
  return {
    userId: user.id,
    organizationId: user.organizationId,
    workAccount: user.workAccount,
    email: user.email,
    roles: [...user.roles],
    status: user.status,
  };
}
