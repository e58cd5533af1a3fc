import type { accounts, EventEnvelope } from '@bc/contracts';

export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
}

type Payload<T extends { payload: { parse(v: unknown): unknown } }> = ReturnType<T['payload']['parse']>;

/** NOT-1: the domain administrator's welcome (or resent) invitation. */
export function invitationMail(event: EventEnvelope<Payload<typeof accounts.invitationSent>>): RenderedMail {
  const p = event.payload;
  return {
    to: p.recipientEmail,
    subject: `${p.resend ? 'Reminder: ' : ''}Welcome to the Business Center, ${p.organizationName}`,
    text: [
      `Your organization ${p.organizationName} has signed an agreement and you are its designated domain administrator.`,
      '',
      `Get started now: ${p.link}`,
      '',
      `This link expires on ${p.expiresAt.slice(0, 10)} (14 days). If it expires, ask your partner to resend the invitation.`,
      'Sign in with an existing work account of your organization, or sign up for a new one.',
    ].join('\n'),
  };
}

/** NOT-1: a new user's invitation with their work account and temporary password. */
export function userInvitedMail(event: EventEnvelope<Payload<typeof accounts.userInvited>>): RenderedMail {
  const p = event.payload;
  return {
    to: p.recipientEmail,
    subject: `Your Business Center work account for ${p.organizationName}`,
    text: [
      `Hello ${p.firstName},`,
      '',
      `You have been added to the Business Center for ${p.organizationName}.`,
      `Work account: ${p.workAccount}`,
      `Temporary password: ${p.temporaryPassword}`,
      '',
      `Sign in at ${p.signInUrl}; you will choose a new password the first time.`,
    ].join('\n'),
  };
}

/** ACC-4: an administrator reset the password. */
export function passwordResetMail(
  event: EventEnvelope<Payload<typeof accounts.passwordReset>>,
): RenderedMail {
  const p = event.payload;
  return {
    to: p.recipientEmail,
    subject: 'Your Business Center password was reset',
    text: [
      `An administrator reset the password of ${p.workAccount}.`,
      `Temporary password: ${p.temporaryPassword}`,
      '',
      `Sign in at ${p.signInUrl}; you will choose a new password the first time.`,
    ].join('\n'),
  };
}
