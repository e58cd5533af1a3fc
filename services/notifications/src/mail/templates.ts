import type { accounts, EventEnvelope } from '@bc/contracts';
import { type MailLinkPurpose, mailLinkToken } from '@bc/platform';

export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
}

type Payload<T extends { payload: { parse(v: unknown): unknown } }> = ReturnType<T['payload']['parse']>;

/**
 * OPS-3: a mailed link's token is made here, from the id in the event and the key shared with
 * accounts; the event, the outbox and Kafka never hold it (the delivery's text is cleared once sent).
 */
function mailedLink(page: string, secret: string, purpose: MailLinkPurpose, id: string): string {
  return `${page}?token=${encodeURIComponent(mailLinkToken(secret, purpose, id))}`;
}

/** NOT-1: the domain administrator's welcome (or resent) invitation. */
export function invitationMail(
  event: EventEnvelope<Payload<typeof accounts.invitationSent>>,
  linkSecret: string,
): RenderedMail {
  const p = event.payload;
  const link = mailedLink(p.linkPage, linkSecret, 'invitation', p.invitationId);
  return {
    to: p.recipientEmail,
    subject: `${p.resend ? 'Reminder: ' : ''}Welcome to the Business Center, ${p.organizationName}`,
    text: [
      `Your organization ${p.organizationName} has signed an agreement and you are its designated domain administrator.`,
      '',
      `Get started now: ${link}`,
      '',
      `This link expires on ${p.expiresAt.slice(0, 10)} (14 days). If it expires, ask your partner to resend the invitation.`,
      'Sign in with an existing work account of your organization, or sign up for a new one.',
    ].join('\n'),
  };
}

/** NOT-1: a new user's invitation with their work account and a one-time link to set the password. */
export function userInvitedMail(
  event: EventEnvelope<Payload<typeof accounts.userInvited>>,
  linkSecret: string,
): RenderedMail {
  const p = event.payload;
  return {
    to: p.recipientEmail,
    subject: `Your Business Center work account for ${p.organizationName}`,
    text: [
      `Hello ${p.firstName},`,
      '',
      `You have been added to the Business Center for ${p.organizationName}.`,
      `Work account: ${p.workAccount}`,
      '',
      `Set your password: ${mailedLink(p.setPasswordPage, linkSecret, 'set-password', p.passwordSetupId)}`,
      `This link works once and expires on ${p.expiresAt.slice(0, 10)}. If it expires, ask your administrator to reset your password.`,
    ].join('\n'),
  };
}

/** ACC-4: an administrator reset the password; the person sets a new one from a one-time link. */
export function passwordResetMail(
  event: EventEnvelope<Payload<typeof accounts.passwordReset>>,
  linkSecret: string,
): RenderedMail {
  const p = event.payload;
  return {
    to: p.recipientEmail,
    subject: 'Your Business Center password was reset',
    text: [
      `An administrator reset the password of ${p.workAccount}.`,
      '',
      `Set a new password: ${mailedLink(p.setPasswordPage, linkSecret, 'set-password', p.passwordSetupId)}`,
      `This link works once and expires at ${p.expiresAt.slice(0, 16).replace('T', ' ')} UTC.`,
    ].join('\n'),
  };
}
