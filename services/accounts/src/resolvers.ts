import { DateTimeScalar, guardMutations, resolvePermissions } from '@bc/platform';
import type { MutationResolvers, Resolvers } from './__generated__/resolvers.ts';
import { statusOf as clientStatus } from './api-clients/api-client.ts';
import {
  createApiClient,
  listApiClients,
  revokeApiClient,
  rotateApiClientSecret,
} from './api-clients/api-clients.ts';
import { creatorStanding, effectivePermissions } from './api-clients/rules.ts';
import { auditLog } from './audit/audit-log.ts';
import type { AccountsContext } from './context.ts';
import { mutationCallers } from './mutation-callers.ts';
import { canSeeOrganization } from './organizations/access.ts';
import { Domain, verificationRecord } from './organizations/domain.ts';
import { addDomain, listDomains, statusOf, verifyDomain } from './organizations/domains.ts';
import { Organization } from './organizations/organization.ts';
import {
  createPartnerOrganization,
  myCustomers,
  partnerOfRecord,
  updatePartnerNotifications,
} from './organizations/partners.ts';
import { previewPasswordSetup, setPasswordFromLink } from './password-setup/set-password.ts';
import {
  domainAdministratorInvitation,
  inviteDomainAdministrator,
  previewInvitation,
  resendInvitation,
  signInFromInvitation,
  signUpFromInvitation,
} from './registration/registration.ts';
import { invitationState } from './registration/rules.ts';
import { changePassword, currentUser, refreshSession, signIn, signOut } from './sign-in/sign-in.ts';
import { grantableRoles, manageableBy } from './users/rules.ts';
import {
  addUser,
  findUser,
  findUsers,
  resetUserPassword,
  setUserStatus,
  updateUserDetails,
  updateUserRoles,
} from './users/users.ts';

/** Thin: every resolver hands over to its feature module. */
export const resolvers: Resolvers<AccountsContext> = {
  DateTime: DateTimeScalar,
  Query: {
    me: (_, __, ctx) => currentUser(ctx),
    users: (_, args, ctx) => findUsers(ctx, args.filter, args.orderBy, args),
    user: (_, { id }, ctx) => findUser(ctx, id),
    domains: (_, __, ctx) => listDomains(ctx),
    auditLog: (_, args, ctx) => auditLog(ctx, args.filter, args),
    invitation: (_, { token }, ctx) => previewInvitation(ctx, token),
    passwordSetup: (_, { token }, ctx) => previewPasswordSetup(ctx, token),
    myCustomers: (_, args, ctx) => myCustomers(ctx, args),
    domainAdministratorInvitation: (_, { organizationId }, ctx) =>
      domainAdministratorInvitation(ctx, organizationId),
    apiClients: (_, __, ctx) => listApiClients(ctx),
  },
  // Who may call each mutation is declared once, in mutation-callers.ts, and checked before it runs.
  Mutation: guardMutations<MutationResolvers<AccountsContext>>(mutationCallers, {
    signIn: (_, { input }, ctx) => signIn(ctx, input),
    refreshSession: (_, { refreshToken }, ctx) => refreshSession(ctx, refreshToken),
    signOut: (_, __, ctx) => signOut(ctx),
    changePassword: (_, { input }, ctx) => changePassword(ctx, input),
    inviteDomainAdministrator: (_, { input }, ctx) => inviteDomainAdministrator(ctx, input),
    resendDomainAdministratorInvitation: (_, { organizationId }, ctx) =>
      resendInvitation(ctx, organizationId, null),
    changeDomainAdministrator: (_, { organizationId, email }, ctx) =>
      resendInvitation(ctx, organizationId, email),
    signUpFromInvitation: (_, { input }, ctx) => signUpFromInvitation(ctx, input),
    signInFromInvitation: (_, { input }, ctx) => signInFromInvitation(ctx, input),
    setPasswordFromLink: (_, { input }, ctx) => setPasswordFromLink(ctx, input),
    addDomain: (_, { name }, ctx) => addDomain(ctx, name),
    verifyDomain: (_, { id }, ctx) => verifyDomain(ctx, id),
    addUser: (_, { input }, ctx) => addUser(ctx, input),
    updateUserRoles: (_, { input }, ctx) => updateUserRoles(ctx, input),
    updateUserDetails: (_, { input }, ctx) => updateUserDetails(ctx, input),
    revokeUser: (_, { id }, ctx) => setUserStatus(ctx, id, 'REVOKED'),
    restoreUser: (_, { id }, ctx) => setUserStatus(ctx, id, 'ACTIVE'),
    resetUserPassword: (_, { id }, ctx) => resetUserPassword(ctx, id),
    createPartnerOrganization: (_, { input }, ctx) => createPartnerOrganization(ctx, input),
    updatePartnerNotifications: (_, { input }, ctx) => updatePartnerNotifications(ctx, input),
    createApiClient: (_, { input }, ctx) => createApiClient(ctx, input),
    revokeApiClient: (_, { id }, ctx) => revokeApiClient(ctx, id),
    rotateApiClientSecret: (_, { id }, ctx) => rotateApiClientSecret(ctx, id),
  }),
  AuditEntry: {
    count: (entry) => entry.occurrences,
    lastAt: (entry) => entry.lastAt ?? entry.at,
  },
  ApiClient: {
    status: (client, _, ctx) => clientStatus(client, ctx.clock.now()),
    effectivePermissions: async (client, _, ctx) =>
      effectivePermissions(
        client.permissions,
        creatorStanding((await ctx.loaders.users.load(client.createdByUserId)) ?? null),
      ),
    customers: async (client, _, ctx) =>
      client.customerIds
        ? (await ctx.loaders.organizations.loadMany(client.customerIds)).filter(
            (o): o is Organization => o instanceof Organization,
          )
        : null,
  },
  User: {
    __resolveReference: async (ref, ctx) => {
      const user = await ctx.loaders.users.load(ref.id);
      return user && ctx.identity.user?.organizationId === user.organizationId ? user : null;
    },
    displayName: (user) => `${user.firstName} ${user.lastName}`,
    permissions: (user) => resolvePermissions(user.roles, user.globalAdmin),
    grantableRoles: (user) => grantableRoles(user),
    manageable: (user, _, ctx) => manageableBy(ctx.identity.user, user),
    organization: async (user, _, ctx) => (await ctx.loaders.organizations.load(user.organizationId))!,
  },
  Organization: {
    __resolveReference: async (ref, ctx) => {
      const org = await ctx.loaders.organizations.load(ref.id);
      return org && (await canSeeOrganization(ctx.em, ctx.identity.user, org.id)) ? org : null;
    },
    domains: (org, _, ctx) =>
      ctx.identity.user?.organizationId === org.id
        ? ctx.em.find(Domain, { organizationId: org.id }, { orderBy: { createdAt: 'asc' } })
        : [],
    partnerOfRecord: (org, _, ctx) => (org.kind === 'CUSTOMER' ? partnerOfRecord(ctx, org.id) : null),
    notificationEmail: (org, _, ctx) =>
      ctx.identity.user?.organizationId === org.id ? org.notificationEmail : null,
    webhookUrl: (org, _, ctx) => (ctx.identity.user?.organizationId === org.id ? org.webhookUrl : null),
  },
  Domain: {
    verified: (domain) => domain.verifiedAt !== null,
    status: (domain, _, ctx) => statusOf(ctx, domain),
    // Only a claim that can still be proven has a record to publish.
    verificationRecord: async (domain, _, ctx) =>
      (await statusOf(ctx, domain)) === 'PENDING' ? verificationRecord(domain) : null,
  },
  Invitation: {
    organization: async (inv, _, ctx) => (await ctx.loaders.organizations.load(inv.organizationId))!,
    status: (inv, _, ctx) => invitationState(inv, ctx.clock.now()),
  },
};
