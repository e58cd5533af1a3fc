import type { MutationCallers } from '@bc/platform';
import type { MutationResolvers } from './__generated__/resolvers.ts';

/**
 * Who may call each accounts mutation (see `@bc/platform` callers.ts); `guardMutations` in
 * resolvers.ts enforces it. Users, domains and settings are each organization's own: a partner
 * manages its own, never its customers'.
 */
export const mutationCallers: MutationCallers<keyof MutationResolvers & string> = {
  signIn: ['PUBLIC'],
  refreshSession: ['PUBLIC'],
  signUpFromInvitation: ['PUBLIC'],
  signInFromInvitation: ['PUBLIC'],
  // OPS-3: the one-time link is the credential.
  setPasswordFromLink: ['PUBLIC'],
  signOut: ['CUSTOMER', 'PARTNER', 'OPERATOR'],
  changePassword: ['CUSTOMER', 'PARTNER', 'OPERATOR'],
  // ACC-2: the operator invites; the partner of record resends or names another administrator.
  inviteDomainAdministrator: ['OPERATOR'],
  resendDomainAdministratorInvitation: ['PARTNER_OF_RECORD', 'OPERATOR'],
  changeDomainAdministrator: ['PARTNER_OF_RECORD', 'OPERATOR'],
  addDomain: ['CUSTOMER', 'PARTNER'],
  verifyDomain: ['CUSTOMER', 'PARTNER'],
  addUser: ['CUSTOMER', 'PARTNER'],
  updateUserRoles: ['CUSTOMER', 'PARTNER'],
  updateUserDetails: ['CUSTOMER', 'PARTNER'],
  revokeUser: ['CUSTOMER', 'PARTNER'],
  restoreUser: ['CUSTOMER', 'PARTNER'],
  resetUserPassword: ['CUSTOMER', 'PARTNER'],
  createPartnerOrganization: ['OPERATOR'],
  updatePartnerNotifications: ['PARTNER'],
  // API-1: each organization's own tools.
  createApiClient: ['CUSTOMER', 'PARTNER'],
  revokeApiClient: ['CUSTOMER', 'PARTNER'],
  rotateApiClientSecret: ['CUSTOMER', 'PARTNER'],
};
