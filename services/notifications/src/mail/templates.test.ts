import { mailLinkToken } from '@bc/platform';
import { describe, expect, it } from 'vitest';
import { invitationMail, passwordResetMail, userInvitedMail } from './templates.ts';

const SECRET = 'k'.repeat(32);

describe('NOT-1 invitation mail', () => {
  it('NOT-1 carries the link, the 14-day expiry and the organization', () => {
    const mail = invitationMail(
      {
        id: 'e1',
        type: 'accounts.invitation.sent',
        version: 2,
        occurredAt: '2026-03-01T10:00:00.000Z',
        producer: 'accounts',
        tenant: 'o1',
        key: 'o1',
        payload: {
          invitationId: 'i1',
          organizationId: 'o1',
          organizationName: 'Contoso',
          recipientEmail: 'ada@contoso.com',
          linkPage: 'http://portal/register',
          expiresAt: '2026-03-15T10:00:00.000Z',
          resend: true,
          partnerOrganizationId: null,
        },
      },
      SECRET,
    );
    expect(mail.to).toBe('ada@contoso.com');
    expect(mail.subject).toMatch(/^Reminder: .*Contoso/);
    expect(mail.text).toContain(
      `http://portal/register?token=${encodeURIComponent(mailLinkToken(SECRET, 'invitation', 'i1'))}`,
    );
    expect(mail.text).toContain('2026-03-15');
  });
});

describe('OPS-3 set-password mails', () => {
  const envelope = {
    id: 'e2',
    version: 2,
    occurredAt: '2026-03-01T10:00:00.000Z',
    producer: 'accounts',
    tenant: 'o1',
    key: 'u1',
  };
  const link = `http://portal/set-password?token=${encodeURIComponent(mailLinkToken(SECRET, 'set-password', 's1'))}`;

  it('OPS-3 a new user gets a one-time link made from the id, not a password', () => {
    const mail = userInvitedMail(
      {
        ...envelope,
        type: 'accounts.user.invited',
        payload: {
          userId: 'u1',
          organizationId: 'o1',
          organizationName: 'Contoso',
          workAccount: 'ann@contoso.example',
          recipientEmail: 'ann@mail.example',
          firstName: 'Ann',
          passwordSetupId: 's1',
          setPasswordPage: 'http://portal/set-password',
          expiresAt: '2026-03-08T10:00:00.000Z',
        },
      },
      SECRET,
    );
    expect(mail.text).toContain(`Set your password: ${link}`);
    expect(mail.text).toContain('2026-03-08');
    expect(mail.text).not.toMatch(/temporary password/i);
  });

  it('OPS-3 a reset gets a one-time link', () => {
    const mail = passwordResetMail(
      {
        ...envelope,
        type: 'accounts.user.password-reset',
        payload: {
          userId: 'u1',
          organizationId: 'o1',
          workAccount: 'ann@contoso.example',
          recipientEmail: 'ann@mail.example',
          passwordSetupId: 's1',
          setPasswordPage: 'http://portal/set-password',
          expiresAt: '2026-03-02T10:00:00.000Z',
        },
      },
      SECRET,
    );
    expect(mail.text).toContain(`Set a new password: ${link}`);
  });
});
