import { accounts } from '@bc/contracts';
import { badInput, mailLinkToken, type Tx } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { Organization } from '../organizations/organization.ts';
import { hashPassword, tokenHash } from '../sign-in/passwords.ts';
import type { SessionResult } from '../sign-in/session-result.ts';
import { openSession } from '../sign-in/sign-in.ts';
import { checkPasswordPolicy } from '../users/rules.ts';
import { User } from '../users/user.ts';
import { PasswordSetup, type PasswordSetupPurpose } from './password-setup.ts';
import { passwordSetupExpiry, passwordSetupState } from './rules.ts';

type SetupDeps = Pick<AccountsContext, 'clock' | 'ids' | 'deps'>;

/**
 * OPS-3, ACC-4/6: gives a user a new one-time set-password link (any earlier pending one dies) and
 * records the event whose email carries it. The event names only the link's id: the mailer makes the
 * token from it (platform mail-links), and this service keeps the token's hash.
 */
export function issuePasswordSetup(
  ctx: SetupDeps,
  { em, emit }: Tx,
  user: User,
  purpose: PasswordSetupPurpose,
  organizationName: string,
): PasswordSetup {
  const now = ctx.clock.now();
  const setup = new PasswordSetup();
  setup.id = ctx.ids.uuid();
  setup.userId = user.id;
  setup.purpose = purpose;
  setup.tokenHash = tokenHash(mailLinkToken(ctx.deps.settings.mailLinkSecret, 'set-password', setup.id));
  setup.issuedAt = now;
  setup.expiresAt = passwordSetupExpiry(purpose, now);
  em.persist(setup);
  const link = {
    passwordSetupId: setup.id,
    setPasswordPage: `${ctx.deps.settings.portalUrl}/set-password`,
    expiresAt: setup.expiresAt.toISOString(),
  };
  if (purpose === 'WELCOME') {
    emit(accounts.userInvited, {
      userId: user.id,
      organizationId: user.organizationId,
      organizationName,
      workAccount: user.workAccount,
      recipientEmail: user.email,
      firstName: user.firstName,
      ...link,
    });
  } else {
    emit(accounts.passwordReset, {
      userId: user.id,
      organizationId: user.organizationId,
      workAccount: user.workAccount,
      recipientEmail: user.email,
      ...link,
    });
  }
  return setup;
}

/** Ends the user's pending links (a newer one, or the user's password was set another way). */
export async function supersedePasswordSetups(em: EntityManager, userId: string, now: Date): Promise<void> {
  await em.nativeUpdate(PasswordSetup, { userId, usedAt: null, supersededAt: null }, { supersededAt: now });
}

const REASONS = {
  EXPIRED: 'this link has expired; ask your administrator to reset your password',
  USED: 'this link has already been used; sign in with your password',
  SUPERSEDED: 'this link was replaced by a newer one; use the latest email',
} as const;

/** Finds a usable link by its token, or says exactly why it does not work. */
async function usableSetup(ctx: AccountsContext, em: EntityManager, token: string) {
  const setup = token ? await em.findOne(PasswordSetup, { tokenHash: tokenHash(token) }) : null;
  const user = setup ? await em.findOne(User, { id: setup.userId }) : null;
  if (!setup || !user || user.status !== 'ACTIVE')
    throw badInput('token', 'this link is not valid', { reason: 'INVALID' });
  const state = passwordSetupState(setup, ctx.clock.now());
  if (state !== 'PENDING') throw badInput('token', REASONS[state], { reason: state });
  return { setup, user };
}

/** What a set-password link opens (public: the link is the credential). */
export async function previewPasswordSetup(ctx: AccountsContext, token: string) {
  const { setup, user } = await usableSetup(ctx, ctx.em.fork(), token);
  return { workAccount: user.workAccount, firstName: user.firstName, expiresAt: setup.expiresAt };
}

/** Sets the password from a one-time link and signs in; the link dies and so does every older session. */
export async function setPasswordFromLink(
  ctx: AccountsContext,
  input: { token: string; newPassword: string },
): Promise<SessionResult> {
  await usableSetup(ctx, ctx.em.fork(), input.token);
  checkPasswordPolicy('newPassword', input.newPassword);
  const hash = await hashPassword(input.newPassword);
  return ctx.tx(async ({ em }) => {
    const { setup, user } = await usableSetup(ctx, em, input.token);
    const now = ctx.clock.now();
    // Of two requests with one link, one wins: the use is conditional on the link still being pending.
    const claimed = await em.nativeUpdate(PasswordSetup, { id: setup.id, usedAt: null }, { usedAt: now });
    if (claimed !== 1) throw badInput('token', REASONS.USED, { reason: 'USED' });
    user.passwordHash = hash;
    user.mustChangePassword = false;
    user.updatedAt = now;
    await supersedePasswordSetups(em, user.id, now);
    const org = await em.findOneOrFail(Organization, { id: user.organizationId });
    recordAudit(
      em,
      ctx,
      { userId: user.id, workAccount: user.workAccount },
      {
        organizationId: org.id,
        action: 'SET_PASSWORD',
        targetType: 'User',
        targetId: user.id,
      },
    );
    return openSession(ctx, em, user);
  });
}
