import { accounts } from '@bc/contracts';
import {
  badInput,
  type ConnectionArgs,
  conflict,
  containsText,
  filterText,
  findPage,
  forbidden,
  type Grantor,
  notFound,
  type Permission,
  type Role,
  requirePermission,
  resolvePermissions,
  type Tx,
  type UserIdentity,
} from '@bc/platform';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { creatorStanding } from '../api-clients/rules.ts';
import { endTokensBeyondCreator } from '../api-clients/standing.ts';
import { recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { Domain } from '../organizations/domain.ts';
import { Organization } from '../organizations/organization.ts';
import { requireName } from '../organizations/rules.ts';
import { issuePasswordSetup, supersedePasswordSetups } from '../password-setup/set-password.ts';
import { UNUSABLE_HASH } from '../sign-in/passwords.ts';
import { endAccess } from '../sign-in/revocation.ts';
import { userChangedPayload } from './events.ts';
import {
  checkManage,
  checkRoleGrant,
  checkStatusChange,
  normalizeEmail,
  normalizeUserId,
  requireRoles,
} from './rules.ts';
import { auditView, User, type UserStatus } from './user.ts';

export interface UserFilter {
  contactEmail?: string | null;
  status?: UserStatus | null;
}

const ORDER_FIELDS = {
  WORK_ACCOUNT: 'workAccount',
  LAST_NAME: 'lastName',
  EMAIL: 'email',
  STATUS: 'status',
  CREATED_AT: 'createdAt',
} as const;

/** ACC-7: search by contact email, filter by status, sort, page. */
export async function findUsers(
  ctx: AccountsContext,
  filter: UserFilter | null | undefined,
  order: { field: keyof typeof ORDER_FIELDS; direction?: 'ASC' | 'DESC' | null } | null | undefined,
  args: ConnectionArgs,
) {
  const actor = requirePermission(ctx.identity, 'MANAGE_USERS');
  const where: FilterQuery<User> = { organizationId: actor.organizationId };
  const contactEmail = filterText('contactEmail', filter?.contactEmail);
  if (contactEmail) Object.assign(where, containsText('email', contactEmail));
  if (filter?.status) where.status = filter.status;
  const field = ORDER_FIELDS[order?.field ?? 'WORK_ACCOUNT'];
  const direction = order?.direction === 'DESC' ? 'desc' : 'asc';
  return findPage(ctx.em, User, where, args, [
    [field, direction],
    ['id', 'asc'],
  ]);
}

/** A user of the caller's own organization; another organization's users do not exist for the caller. */
async function ownUser(em: EntityManager, actor: UserIdentity, id: string): Promise<User> {
  const user = await em.findOne(User, { id, organizationId: actor.organizationId });
  if (!user) throw notFound('User');
  return user;
}

/**
 * The caller's standing as stored now, not as its token says: the grant and manage rules compare it
 * with the target's, so a user demoted or revoked since its token was issued grants nothing.
 */
export async function standingOf(
  em: EntityManager,
  actor: UserIdentity,
  permission: Permission,
): Promise<Grantor> {
  const self = await em.findOne(User, { id: actor.userId, organizationId: actor.organizationId });
  if (self?.status !== 'ACTIVE') throw forbidden('Your account is not active');
  if (!resolvePermissions(self.roles, self.globalAdmin).includes(permission))
    throw forbidden(`Your roles do not include ${permission}`);
  return { userId: self.id, roles: self.roles, globalAdmin: self.globalAdmin };
}

export async function findUser(ctx: AccountsContext, id: string): Promise<User | null> {
  const actor = requirePermission(ctx.identity, 'MANAGE_USERS');
  return ctx.em.findOne(User, { id, organizationId: actor.organizationId });
}

export interface AddUserInput {
  userId: string;
  domain: string;
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  globalAdmin?: boolean | null;
}

/** ACC-6: adds a work account on a verified domain; the password recipient gets a one-time set-password link (OPS-3). */
export async function addUser(ctx: AccountsContext, input: AddUserInput): Promise<User> {
  const actor = requirePermission(ctx.identity, 'CREATE_USERS');
  const userId = normalizeUserId('userId', input.userId);
  const domainName = input.domain.trim().toLowerCase();
  const email = normalizeEmail('email', input.email);
  const firstName = requireName('firstName', input.firstName, 100);
  const lastName = requireName('lastName', input.lastName, 100);
  const roles = requireRoles('roles', input.roles);
  const globalAdmin = input.globalAdmin ?? false;
  checkRoleGrant(actor, null, roles, globalAdmin); // early, on the token's roles: no hash for a refusal
  return ctx.tx(async (tx) => {
    const { em, emit } = tx;
    checkRoleGrant(await standingOf(em, actor, 'CREATE_USERS'), null, roles, globalAdmin);
    const domain = await em.findOne(Domain, { organizationId: actor.organizationId, name: domainName });
    if (!domain) throw badInput('domain', `${domainName} is not one of your organization's domains`);
    if (!domain.verifiedAt) throw badInput('domain', `${domainName} is not verified yet`);
    const workAccount = `${userId}@${domainName}`;
    if (await em.findOne(User, { workAccount })) throw conflict('userId', `${workAccount} already exists`);
    const org = await em.findOneOrFail(Organization, { id: actor.organizationId });
    const now = ctx.clock.now();
    const user = new User();
    Object.assign(user, {
      id: ctx.ids.uuid(),
      organizationId: org.id,
      userId,
      domain: domainName,
      workAccount,
      email,
      firstName,
      lastName,
      roles,
      globalAdmin,
      status: 'ACTIVE',
      // No password until the person sets one from the mailed link.
      passwordHash: UNUSABLE_HASH,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    });
    em.persist(user);
    recordAudit(em, ctx, actor, {
      organizationId: org.id,
      action: 'ADD_USER',
      targetType: 'User',
      targetId: user.id,
      after: auditView(user),
    });
    emit(accounts.userChanged, userChangedPayload(user));
    issuePasswordSetup(ctx, tx, user, 'WELCOME', org.name);
    return user;
  });
}

/**
 * Runs one administrative change to an existing user: loads it in the caller's organization, runs
 * `check` (the ACC-5/6 rule of this change, against the caller's stored standing) before anything
 * else, applies `change`, keeps at least one active account administrator, audits and emits `userChanged`.
 */
async function changeUser(
  ctx: AccountsContext,
  id: string,
  action: string,
  check: (actor: Grantor, user: User) => void,
  change: (user: User, actor: UserIdentity, tx: Tx) => Promise<void> | void,
): Promise<User> {
  const actor = requirePermission(ctx.identity, 'MANAGE_USERS');
  return ctx.tx(async (tx) => {
    const { em, emit } = tx;
    const user = await ownUser(em, actor, id);
    check(await standingOf(em, actor, 'MANAGE_USERS'), user);
    const before = auditView(user);
    const standingBefore = creatorStanding(user);
    await change(user, actor, tx);
    user.updatedAt = ctx.clock.now();
    const stillAdmin = user.status === 'ACTIVE' && user.roles.includes('ACCOUNT_ADMINISTRATOR');
    if (before.roles.includes('ACCOUNT_ADMINISTRATOR') && !stillAdmin) {
      const others = await em.find(
        User,
        { organizationId: actor.organizationId, status: 'ACTIVE', id: { $ne: user.id } },
        { fields: ['roles'] },
      );
      if (!others.some((u) => u.roles.includes('ACCOUNT_ADMINISTRATOR'))) {
        throw conflict('id', 'the organization must keep at least one active account administrator');
      }
    }
    // API-1: the clients this user created never act beyond what it may do now.
    await endTokensBeyondCreator(ctx, tx, user, standingBefore, creatorStanding(user));
    recordAudit(em, ctx, actor, {
      organizationId: actor.organizationId,
      action,
      targetType: 'User',
      targetId: user.id,
      before,
      after: auditView(user),
    });
    emit(accounts.userChanged, userChangedPayload(user));
    return user;
  });
}

/** ACC-6: new roles (and global-admin flag; it goes when User administrator goes). */
export function updateUserRoles(
  ctx: AccountsContext,
  input: { id: string; roles: Role[]; globalAdmin?: boolean | null },
): Promise<User> {
  const roles = requireRoles('roles', input.roles);
  const nextGlobalAdmin = (user: User) =>
    input.globalAdmin ?? (user.globalAdmin && roles.includes('USER_ADMINISTRATOR'));
  return changeUser(
    ctx,
    input.id,
    'UPDATE_USER_ROLES',
    (actor, user) => checkRoleGrant(actor, user, roles, nextGlobalAdmin(user)),
    async (user, _actor, tx) => {
      const globalAdmin = nextGlobalAdmin(user);
      const changed =
        globalAdmin !== user.globalAdmin ||
        roles.length !== user.roles.length ||
        roles.some((role) => !user.roles.includes(role));
      user.globalAdmin = globalAdmin;
      user.roles = roles;
      // ACC-5: tokens naming the old roles stop working; a refresh issues the new ones.
      if (changed)
        await endAccess(ctx, tx, user, { reason: 'ROLES_CHANGED', sessions: 'none', bumpStamp: true });
    },
  );
}

export function updateUserDetails(
  ctx: AccountsContext,
  input: { id: string; email?: string | null; firstName?: string | null; lastName?: string | null },
): Promise<User> {
  const email = input.email == null ? null : normalizeEmail('email', input.email);
  const firstName = input.firstName == null ? null : requireName('firstName', input.firstName, 100);
  const lastName = input.lastName == null ? null : requireName('lastName', input.lastName, 100);
  return changeUser(ctx, input.id, 'UPDATE_USER_DETAILS', checkManage, (user) => {
    if (email) user.email = email;
    if (firstName) user.firstName = firstName;
    if (lastName) user.lastName = lastName;
  });
}

export function setUserStatus(ctx: AccountsContext, id: string, status: UserStatus): Promise<User> {
  return changeUser(
    ctx,
    id,
    status === 'REVOKED' ? 'REVOKE_USER' : 'RESTORE_USER',
    checkStatusChange,
    async (user, _actor, tx) => {
      user.status = status;
      await endAccess(
        ctx,
        tx,
        user,
        status === 'REVOKED'
          ? { reason: 'REVOKED', sessions: 'all', bumpStamp: true }
          : { reason: 'RESTORED', sessions: 'none', bumpStamp: true },
      );
    },
  );
}

/**
 * ACC-4: an administrator resets a forgotten password: the old one stops working and the recipient
 * gets a one-time set-password link (OPS-3: no password is mailed or put in an event).
 */
export async function resetUserPassword(ctx: AccountsContext, id: string): Promise<User> {
  return changeUser(ctx, id, 'RESET_PASSWORD', checkManage, async (user, _actor, tx) => {
    user.passwordHash = UNUSABLE_HASH;
    user.mustChangePassword = false;
    await endAccess(ctx, tx, user, { reason: 'PASSWORD_RESET', sessions: 'all', bumpStamp: true });
    await supersedePasswordSetups(tx.em, user.id, ctx.clock.now());
    const org = await tx.em.findOneOrFail(Organization, { id: user.organizationId });
    issuePasswordSetup(ctx, tx, user, 'RESET', org.name);
  });
}
