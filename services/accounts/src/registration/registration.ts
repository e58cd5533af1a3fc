import { accounts } from '@bc/contracts';
import { badInput, conflict, mailLinkToken, notFound, requireOrganizationKind, type Tx } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { requirePartnerOfRecordOrOperator } from '../organizations/access.ts';
import { Domain } from '../organizations/domain.ts';
import { Organization, PartnerRelationship } from '../organizations/organization.ts';
import { initialDomainName, requireName } from '../organizations/rules.ts';
import { hashPassword, tokenHash } from '../sign-in/passwords.ts';
import type { SessionResult } from '../sign-in/session-result.ts';
import { checkCredentials, openSession } from '../sign-in/sign-in.ts';
import { userChangedPayload } from '../users/events.ts';
import { checkPasswordPolicy, normalizeEmail, normalizeUserId } from '../users/rules.ts';
import { User } from '../users/user.ts';
import { Invitation } from './invitation.ts';
import { invitationExpiry, invitationState } from './rules.ts';

/**
 * Issues a new invitation link for an organization; any earlier pending link dies (ACC-2: resend,
 * change of designated administrator). Records the event that makes notifications send the email.
 */
/** What issuing invitations needs: a request context or the event consumer's equivalent. */
export type RegistrationDeps = Pick<AccountsContext, 'clock' | 'ids' | 'deps'>;

async function issueInvitation(
  ctx: RegistrationDeps,
  { em, emit }: Tx,
  org: Organization,
  recipientEmail: string,
  partnerOrganizationId: string | null,
  resend: boolean,
): Promise<Invitation> {
  const now = ctx.clock.now();
  await em.nativeUpdate(
    Invitation,
    { organizationId: org.id, usedAt: null, supersededAt: null },
    { supersededAt: now },
  );
  const invitation = new Invitation();
  invitation.id = ctx.ids.uuid();
  // OPS-3: the link's token is made from the id with the key shared with the mailer, never sent in the event.
  const token = mailLinkToken(ctx.deps.settings.mailLinkSecret, 'invitation', invitation.id);
  invitation.organizationId = org.id;
  invitation.recipientEmail = recipientEmail;
  invitation.tokenHash = tokenHash(token);
  invitation.issuedAt = now;
  invitation.expiresAt = invitationExpiry(now);
  invitation.partnerOrganizationId = partnerOrganizationId;
  em.persist(invitation);
  emit(accounts.invitationSent, {
    invitationId: invitation.id,
    organizationId: org.id,
    organizationName: org.name,
    recipientEmail,
    linkPage: `${ctx.deps.settings.portalUrl}/register`,
    expiresAt: invitation.expiresAt.toISOString(),
    resend,
    partnerOrganizationId,
  });
  return invitation;
}

/** Operator (seeding; agreements will start it by event): a new customer and its administrator's invitation. */
export async function inviteDomainAdministrator(
  ctx: AccountsContext,
  input: { organizationName: string; administratorEmail: string; partnerOrganizationId?: string | null },
): Promise<Invitation> {
  const operator = requireOrganizationKind(ctx.identity, 'OPERATOR');
  const name = requireName('organizationName', input.organizationName);
  const email = normalizeEmail('administratorEmail', input.administratorEmail);
  return ctx.tx(async (tx) => {
    const { em } = tx;
    const partnerId = input.partnerOrganizationId ?? null;
    if (partnerId && !(await em.findOne(Organization, { id: partnerId, kind: 'PARTNER' }))) {
      throw badInput('partnerOrganizationId', 'is not a partner organization');
    }
    const { invitation } = await registerInvitedCustomer(ctx, tx, {
      organizationId: ctx.ids.uuid(),
      name,
      administratorEmail: email,
      partnerOrganizationId: partnerId,
    });
    recordAudit(em, ctx, operator, {
      organizationId: invitation.organizationId,
      action: 'INVITE_DOMAIN_ADMINISTRATOR',
      targetType: 'Invitation',
      targetId: invitation.id,
      after: { recipientEmail: email, organizationName: name },
    });
    return invitation;
  });
}

/**
 * ACC-2: a customer organization that does not exist yet (PENDING), its partner-of-record link and
 * the domain administrator's invitation. Used by the operator mutation and by the signed-agreement
 * event; a second call for the same organization id changes nothing.
 */
export async function registerInvitedCustomer(
  ctx: RegistrationDeps,
  tx: Tx,
  input: {
    organizationId: string;
    name: string;
    administratorEmail: string;
    partnerOrganizationId: string | null;
  },
): Promise<{ organization: Organization; invitation: Invitation }> {
  const { em, emit } = tx;
  const existing = await em.findOne(Organization, { id: input.organizationId });
  if (existing) {
    const invitation = await latestInvitation(em, existing.id);
    if (invitation) return { organization: existing, invitation };
  }
  const org = existing ?? new Organization();
  if (!existing) {
    org.id = input.organizationId;
    org.name = input.name;
    org.kind = 'CUSTOMER';
    org.status = 'PENDING';
    org.createdAt = ctx.clock.now();
    em.persist(org);
  }
  const partnerId = input.partnerOrganizationId;
  if (partnerId) {
    const link = new PartnerRelationship();
    link.id = ctx.ids.uuid();
    link.partnerOrganizationId = partnerId;
    link.customerOrganizationId = org.id;
    link.createdAt = ctx.clock.now();
    em.persist(link);
    emit(accounts.customerLinked, {
      partnerOrganizationId: partnerId,
      customerOrganizationId: org.id,
      customerName: org.name,
    });
  }
  const invitation = await issueInvitation(ctx, tx, org, input.administratorEmail, partnerId, false);
  return { organization: org, invitation };
}

/**
 * The organization's current invitation: the one no newer invitation replaced (issuing one supersedes
 * the others). Not "the newest issuedAt": two issued in the same millisecond (or under a clock that
 * stands still) would tie, and a random id would pick a replaced one (a resend to the old recipient).
 */
async function latestInvitation(em: EntityManager, organizationId: string): Promise<Invitation | null> {
  return (
    (await em.findOne(
      Invitation,
      { organizationId, supersededAt: null },
      { orderBy: { issuedAt: 'desc', id: 'desc' } },
    )) ?? em.findOne(Invitation, { organizationId }, { orderBy: { issuedAt: 'desc', id: 'desc' } })
  );
}

export async function domainAdministratorInvitation(ctx: AccountsContext, organizationId: string) {
  await requirePartnerOfRecordOrOperator(ctx.em, ctx.identity, organizationId);
  return latestInvitation(ctx.em, organizationId);
}

/** ACC-2: the partner resends the welcome invitation, or designates someone else (`email`). */
export async function resendInvitation(
  ctx: AccountsContext,
  organizationId: string,
  newEmail: string | null,
): Promise<Invitation> {
  const email = newEmail === null ? null : normalizeEmail('email', newEmail);
  const { user } = await requirePartnerOfRecordOrOperator(ctx.em, ctx.identity, organizationId);
  return ctx.tx(async (tx) => {
    const { em } = tx;
    const org = await em.findOneOrFail(Organization, { id: organizationId });
    const previous = await latestInvitation(em, organizationId);
    if (!previous) throw notFound('Invitation');
    if (previous.usedAt) throw conflict('organizationId', 'the domain administrator has already registered');
    const invitation = await issueInvitation(
      ctx,
      tx,
      org,
      email ?? previous.recipientEmail,
      previous.partnerOrganizationId,
      email === null,
    );
    recordAudit(em, ctx, user, {
      organizationId,
      action: email ? 'CHANGE_DOMAIN_ADMINISTRATOR' : 'RESEND_INVITATION',
      targetType: 'Invitation',
      targetId: invitation.id,
      before: { recipientEmail: previous.recipientEmail },
      after: { recipientEmail: invitation.recipientEmail },
    });
    return invitation;
  });
}

/** Finds a usable invitation by its link token, or says exactly why the link does not work. */
async function usableInvitation(ctx: AccountsContext, em: EntityManager, token: string): Promise<Invitation> {
  const invitation = token ? await em.findOne(Invitation, { tokenHash: tokenHash(token) }) : null;
  if (!invitation) throw badInput('token', 'this invitation link is not valid', { reason: 'INVALID' });
  const state = invitationState(invitation, ctx.clock.now());
  if (state === 'EXPIRED') {
    throw badInput('token', 'this invitation link has expired; ask your partner to resend it', {
      reason: 'EXPIRED',
    });
  }
  if (state === 'USED')
    throw badInput('token', 'this invitation link has already been used', { reason: 'USED' });
  if (state === 'SUPERSEDED') {
    throw badInput('token', 'this invitation link was replaced by a newer one', { reason: 'SUPERSEDED' });
  }
  return invitation;
}

export async function previewInvitation(ctx: AccountsContext, token: string) {
  const invitation = await usableInvitation(ctx, ctx.em, token);
  const org = await ctx.em.findOneOrFail(Organization, { id: invitation.organizationId });
  const users = await ctx.em.count(User, { organizationId: org.id });
  return {
    organizationName: org.name,
    recipientEmail: invitation.recipientEmail,
    expiresAt: invitation.expiresAt,
    nextStep: users === 0 ? ('SIGN_UP' as const) : ('SIGN_IN' as const),
    initialDomainSuffix: ctx.deps.settings.platformDomain,
  };
}

export interface SignUpInput {
  token: string;
  userId: string;
  initialDomain: string;
  password: string;
  firstName: string;
  lastName: string;
  email?: string | null;
}

/** ACC-2: the domain administrator creates the organization's first work account on its initial domain. */
export async function signUpFromInvitation(ctx: AccountsContext, input: SignUpInput): Promise<SessionResult> {
  const userId = normalizeUserId('userId', input.userId);
  const domainName = initialDomainName(
    'initialDomain',
    input.initialDomain,
    ctx.deps.settings.platformDomain,
  );
  const firstName = requireName('firstName', input.firstName, 100);
  const lastName = requireName('lastName', input.lastName, 100);
  checkPasswordPolicy('password', input.password);
  const passwordHash = await hashPassword(input.password);
  return ctx.tx(async ({ em, emit }) => {
    const invitation = await usableInvitation(ctx, em, input.token);
    const email = input.email ? normalizeEmail('email', input.email) : invitation.recipientEmail;
    const org = await em.findOneOrFail(Organization, { id: invitation.organizationId });
    if ((await em.count(User, { organizationId: org.id })) > 0) {
      throw conflict('token', 'the organization already has work accounts: sign in instead');
    }
    if (await em.findOne(Domain, { name: domainName })) {
      throw conflict('initialDomain', `${domainName} is already taken; choose another`);
    }
    const now = ctx.clock.now();
    const domain = new Domain();
    domain.id = ctx.ids.uuid();
    domain.organizationId = org.id;
    domain.name = domainName;
    domain.kind = 'INITIAL';
    domain.verificationToken = ctx.ids.secret(16);
    domain.verifiedAt = now;
    domain.createdAt = now;
    const user = new User();
    Object.assign(user, {
      id: ctx.ids.uuid(),
      organizationId: org.id,
      userId,
      domain: domainName,
      workAccount: `${userId}@${domainName}`,
      email,
      firstName,
      lastName,
      roles: ['ACCOUNT_ADMINISTRATOR', 'USER_ADMINISTRATOR'],
      globalAdmin: true,
      status: 'ACTIVE',
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    org.status = 'ACTIVE';
    org.registeredAt = now;
    invitation.usedAt = now;
    em.persist([domain, user]);
    emit(accounts.userChanged, userChangedPayload(user));
    emit(accounts.organizationRegistered, {
      organizationId: org.id,
      organizationName: org.name,
      administratorUserId: user.id,
      partnerOrganizationId: invitation.partnerOrganizationId,
    });
    recordAudit(
      em,
      ctx,
      { userId: user.id, workAccount: user.workAccount },
      {
        organizationId: org.id,
        action: 'REGISTER_ORGANIZATION',
        targetType: 'User',
        targetId: user.id,
        after: { workAccount: user.workAccount, roles: user.roles, domain: domainName },
      },
    );
    return openSession(ctx, em, user);
  });
}

/** ACC-2: an organization that already has work accounts accepts the invitation by signing in. */
export async function signInFromInvitation(
  ctx: AccountsContext,
  input: { token: string; workAccount: string; password: string },
): Promise<SessionResult> {
  await usableInvitation(ctx, ctx.em.fork(), input.token);
  const user = await checkCredentials(ctx, input.workAccount, input.password);
  return ctx.tx(async ({ em }) => {
    const invitation = await usableInvitation(ctx, em, input.token);
    if (user.organizationId !== invitation.organizationId) {
      throw badInput('workAccount', 'this work account does not belong to the invited organization');
    }
    invitation.usedAt = ctx.clock.now();
    return openSession(ctx, em, await em.findOneOrFail(User, { id: user.id }));
  });
}
