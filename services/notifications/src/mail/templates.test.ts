import { describe, expect, it } from 'vitest';
import { invitationMail } from './templates.ts';

describe('NOT-1 invitation mail', () => {
  it('NOT-1 carries the link, the 14-day expiry and the organization', () => {
    const mail = invitationMail({
      id: 'e1',
      type: 'accounts.invitation.sent',
      version: 1,
      occurredAt: '2026-03-01T10:00:00.000Z',
      producer: 'accounts',
      tenant: 'o1',
      key: 'o1',
      payload: {
        invitationId: 'i1',
        organizationId: 'o1',
        organizationName: 'Contoso',
        recipientEmail: 'ada@contoso.com',
        link: 'http://portal/register?token=abc',
        expiresAt: '2026-03-15T10:00:00.000Z',
        resend: true,
        partnerOrganizationId: null,
      },
    });
    expect(mail.to).toBe('ada@contoso.com');
    expect(mail.subject).toMatch(/^Reminder: .*Contoso/);
    expect(mail.text).toContain('http://portal/register?token=abc');
    expect(mail.text).toContain('2026-03-15');
  });
});
