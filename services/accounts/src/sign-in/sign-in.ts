import { addDays, badInput, requireUser, unauthenticated } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
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
  return ctx.em.fork().transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: checked.id });
    if (newHash) {
      user.passwordHash = newHash;
      user.mustChangePassword = false;
      user.updatedAt = ctx.clock.now();
    }
    return openSession(ctx, em, user);
  });
}

export async function refreshSession(ctx: AccountsContext, refreshToken: string): Promise<SessionResult> {
  return ctx.em.fork().transactional(async (em) => {
    const session = await em.findOne(Session, { refreshTokenHash: tokenHash(refreshToken) });
    const now = ctx.clock.now();
    if (!session || session.revokedAt || session.expiresAt <= now) {
      throw unauthenticated('refreshToken: the session has ended; sign in again');
    }
    const user = await em.findOne(User, { id: session.userId, status: 'ACTIVE' });
    if (!user) throw unauthenticated('refreshToken: the session has ended; sign in again');
    session.revokedAt = now;
    return openSession(ctx, em, user);
  });
}

export async function signOut(ctx: AccountsContext): Promise<boolean> {
  const user = requireUser(ctx.identity);
  await ctx.em.nativeUpdate(Session, { id: user.sessionId, revokedAt: null }, { revokedAt: ctx.clock.now() });
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
  await ctx.em.nativeUpdate(
    User,
    { id: user.id },
    { passwordHash: hash, mustChangePassword: false, updatedAt: ctx.clock.now() },
  );
  return true;
}

/** An access token whose session was revoked (sign-out) or whose user was revoked no longer works here. */
export async function requireLiveSession(ctx: AccountsContext): Promise<User> {
  const identity = requireUser(ctx.identity);
  const session = await ctx.em.findOne(Session, { id: identity.sessionId });
  if (!session || session.revokedAt) throw unauthenticated('Your session has ended; sign in again');
  const user = await ctx.loaders.users.load(identity.userId);
  if (user?.status !== 'ACTIVE') throw unauthenticated('Your session has ended; sign in again');
  return user;
}
