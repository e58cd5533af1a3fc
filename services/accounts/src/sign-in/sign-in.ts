import { addDays, badInput, forbidden, requireUser, unauthenticated } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { isLiveClient } from '../api-clients/api-clients.ts';
import type { AccountsContext } from '../context.ts';
import { Organization } from '../organizations/organization.ts';
import { checkPasswordPolicy, normalizeWorkAccount } from '../users/rules.ts';
import { User } from '../users/user.ts';
import {
  admitPasswordCheck,
  hashPassword,
  type PasswordCheck,
  tokenHash,
  UNUSABLE_HASH,
} from './passwords.ts';
import { endAccess } from './revocation.ts';
import { Session } from './session.ts';
import type { SessionResult } from './session-result.ts';
import { clearAfterSuccess, reserveTry, returnTry, throttleKeys } from './throttle.ts';
import { ACCESS_TOKEN_TTL_SECONDS, REFRESH_TOKEN_TTL_DAYS } from './tokens.ts';

const WRONG_CREDENTIALS = () => badInput('password', 'the work account or password is wrong');

/** Starts a session for a user inside the caller's transaction. */
export async function openSession(
  ctx: AccountsContext,
  em: EntityManager,
  user: User,
): Promise<SessionResult> {
  const org = await em.findOneOrFail(Organization, { id: user.organizationId });
  const refreshToken = ctx.ids.secret();
  const session = new Session();
  session.id = ctx.ids.uuid();
  session.userId = user.id;
  session.refreshTokenHash = tokenHash(refreshToken);
  session.createdAt = ctx.clock.now();
  session.expiresAt = addDays(session.createdAt, REFRESH_TOKEN_TTL_DAYS);
  em.persist(session);
  const accessToken = await ctx.deps.tokens.accessToken(user, org.kind, session.id);
  return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, user };
}

/**
 * Checks a work account and password (ACC-4), throttled (API-2, `throttle.ts`): the try is counted
 * first, then it takes a place in the bounded hashing queue (a full queue gives the try back), then
 * the hash is checked. An unknown account is hashed against an unusable hash and answers like a
 * wrong password, at the same cost.
 */
export async function checkCredentials(
  ctx: AccountsContext,
  rawWorkAccount: string,
  password: string,
): Promise<User> {
  const workAccount = normalizeWorkAccount('workAccount', rawWorkAccount);
  const em = ctx.em.fork();
  const keys = throttleKeys(workAccount, ctx.identity.clientAddress, ctx.requestId);
  await reserveTry(em, keys, ctx.clock.now().getTime());
  let check: PasswordCheck;
  try {
    check = admitPasswordCheck();
  } catch (busy) {
    await returnTry(em, keys);
    throw busy;
  }
  try {
    const user = await em.findOne(User, { workAccount });
    const ok = await check.verify(password, user?.passwordHash ?? UNUSABLE_HASH);
    if (!ok || !user) throw WRONG_CREDENTIALS();
    const org = await em.findOne(Organization, { id: user.organizationId });
    // ACC-1: only work accounts of registered organizations (or partners) sign in; revoked users never.
    if (user.status !== 'ACTIVE' || !org || org.status !== 'ACTIVE') throw WRONG_CREDENTIALS();
    await clearAfterSuccess(em, keys);
    return user;
  } finally {
    check.release();
  }
}

export async function signIn(
  ctx: AccountsContext,
  input: { workAccount: string; password: string; newPassword?: string | null },
): Promise<SessionResult> {
  const checked = await checkCredentials(ctx, input.workAccount, input.password);
  if (checked.mustChangePassword && !input.newPassword) {
    throw badInput('newPassword', 'your password is temporary: choose a new one to sign in', {
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
  }
  if (input.newPassword) checkPasswordPolicy('newPassword', input.newPassword);
  const newHash = input.newPassword ? await hashPassword(input.newPassword) : null;
  return ctx.tx(async ({ em }) => {
    const user = await em.findOneOrFail(User, { id: checked.id });
    if (newHash) {
      user.passwordHash = newHash;
      user.mustChangePassword = false;
      user.updatedAt = ctx.clock.now();
    }
    return openSession(ctx, em, user);
  });
}

/**
 * ACC-4: the refresh token rotates (the old one stops working) and the session lives on another
 * REFRESH_TOKEN_TTL_DAYS under the same id, so its access tokens and signed links all end with it
 * when it is signed out (the browser's `/auth/sign-out` signs out the session its cookie holds). The
 * swap is conditional on the old hash: of two concurrent refreshes with one token, one wins.
 */
export async function refreshSession(ctx: AccountsContext, refreshToken: string): Promise<SessionResult> {
  const ended = () => unauthenticated('refreshToken: the session has ended; sign in again');
  return ctx.tx(async ({ em }) => {
    const oldHash = tokenHash(refreshToken);
    const session = await em.findOne(Session, { refreshTokenHash: oldHash });
    const now = ctx.clock.now();
    if (!session || session.revokedAt || session.expiresAt <= now) throw ended();
    const user = await em.findOne(User, { id: session.userId, status: 'ACTIVE' });
    if (!user) throw ended();
    const next = ctx.ids.secret();
    const swapped = await em.nativeUpdate(
      Session,
      { id: session.id, refreshTokenHash: oldHash, revokedAt: null },
      { refreshTokenHash: tokenHash(next), expiresAt: addDays(now, REFRESH_TOKEN_TTL_DAYS) },
    );
    if (swapped !== 1) throw ended();
    const org = await em.findOneOrFail(Organization, { id: user.organizationId });
    const accessToken = await ctx.deps.tokens.accessToken(user, org.kind, session.id);
    return { accessToken, refreshToken: next, expiresIn: ACCESS_TOKEN_TTL_SECONDS, user };
  });
}

/** ACC-4: ends the caller's session; its access tokens are refused from the next request on. */
export async function signOut(ctx: AccountsContext): Promise<boolean> {
  const identity = requireUser(ctx.identity);
  await ctx.tx(async (tx) => {
    const user = await tx.em.findOneOrFail(User, { id: identity.userId });
    await endAccess(ctx, tx, user, { reason: 'SIGNED_OUT', sessions: 'current', bumpStamp: false });
  });
  return true;
}

export async function changePassword(
  ctx: AccountsContext,
  input: { currentPassword: string; newPassword: string },
): Promise<boolean> {
  const identity = requireUser(ctx.identity);
  const user = await checkCredentials(ctx, identity.workAccount, input.currentPassword);
  checkPasswordPolicy('newPassword', input.newPassword);
  const hash = await hashPassword(input.newPassword);
  // ACC-4: a new password ends every other session (a stolen refresh token dies with the old password).
  await ctx.tx(async (tx) => {
    const changed = await tx.em.findOneOrFail(User, { id: user.id });
    changed.passwordHash = hash;
    changed.mustChangePassword = false;
    changed.updatedAt = ctx.clock.now();
    await endAccess(ctx, tx, changed, { reason: 'PASSWORD_CHANGED', sessions: 'others', bumpStamp: false });
  });
  return true;
}

/** `me`: the caller's own user (accounts has already checked that the session is live). */
export async function currentUser(ctx: AccountsContext): Promise<User> {
  const identity = requireUser(ctx.identity);
  if (identity.client) throw forbidden('An API client is not a user: `me` has nobody to show');
  const user = await ctx.loaders.users.load(identity.userId);
  if (!user) throw unauthenticated('Your session has ended; sign in again');
  return user;
}

/**
 * Accounts decides on users' standing itself, without waiting for any event: a token whose session
 * has ended, whose user is no longer active, or whose security stamp is old counts as no sign-in at
 * all here (ACC-4/5/6), so identity changes are refused even in the moment before every gateway knows.
 */
export async function withLiveSession(ctx: AccountsContext): Promise<AccountsContext> {
  const identity = ctx.identity.user;
  if (!identity) return ctx;
  if (identity.client)
    return (await isLiveClient(ctx.em, identity, ctx.clock.now()))
      ? ctx
      : { ...ctx, identity: { ...ctx.identity, user: null } };
  const [session, user] = await Promise.all([
    ctx.em.findOne(Session, { id: identity.sessionId }, { fields: ['userId', 'revokedAt'] }),
    ctx.loaders.users.load(identity.userId),
  ]);
  const live =
    session !== null &&
    session.userId === identity.userId &&
    session.revokedAt === null &&
    user?.status === 'ACTIVE' &&
    user.securityStamp === identity.securityStamp;
  return live ? ctx : { ...ctx, identity: { ...ctx.identity, user: null } };
}
