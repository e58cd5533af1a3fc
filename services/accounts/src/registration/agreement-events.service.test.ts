import { agreements, deadLettered, accounts as events } from '@bc/contracts';
import { type ServiceUnderTest, serviceUnderTest } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsService } from '../server.ts';

/** Accounts alone on PostgreSQL: agreements' signed agreements in, new customers and invitations out. */
describe('accounts, fed agreements.agreement.signed', () => {
  let accounts: ServiceUnderTest;
  beforeAll(async () => {
    accounts = await serviceUnderTest(accountsService, { env: { BC_PORTAL_URL: 'https://portal.test' } });
  });
  afterAll(async () => accounts?.stop());

  const signed = (
    agreementId: string,
    organizationId: string,
    newCustomer: { domainAdministratorEmail: string } | null,
  ) => ({
    agreementId,
    agreementNumber: `AGR-${agreementId}`,
    organizationId,
    organizationName: 'Fabrikam',
    partnerOrganizationId: 'partner-1',
    method: 'ELECTRONIC' as const,
    signerName: 'Sam Signer',
    signerTitle: 'CFO',
    signedAt: '2026-03-02T08:00:00.000Z',
    startDate: '2026-03-01',
    endDate: '2029-02-28',
    purchasingAccountId: `pa-${organizationId}`,
    purchasingAccountNumber: 'PA-100',
    anniversaryMonth: 3,
    offers: [{ code: 'EA', name: 'Enterprise Agreement', productPool: 'Applications', priceLevel: 'A' }],
    newCustomer,
  });
  const orgRows = (id: string) =>
    accounts.rows('select name, kind, status from organization where id = ?', [id]);
  const invitationRows = (organizationId: string) =>
    accounts.rows<{ recipient_email: string; partner_organization_id: string; superseded_at: Date | null }>(
      'select recipient_email, partner_organization_id, superseded_at from invitation where organization_id = ?',
      [organizationId],
    );

  it('ACC-2 ACC-9 EVT-2 a signed agreement for a new customer creates it pending, links its partner and invites its administrator once (redelivery and a second agreement change nothing)', async () => {
    const first = await accounts.publish(
      agreements.agreementSigned,
      signed('agr-1', 'org-fabrikam', { domainAdministratorEmail: 'admin@fabrikam.example' }),
      { key: 'agr-1', tenant: 'org-fabrikam' },
    );

    expect(await orgRows('org-fabrikam')).toEqual([
      { name: 'Fabrikam', kind: 'CUSTOMER', status: 'PENDING' },
    ]);
    expect(
      await accounts.rows(
        'select partner_organization_id from partner_relationship where customer_organization_id = ?',
        ['org-fabrikam'],
      ),
    ).toEqual([{ partner_organization_id: 'partner-1' }]);
    expect(await invitationRows('org-fabrikam')).toEqual([
      {
        recipient_email: 'admin@fabrikam.example',
        partner_organization_id: 'partner-1',
        superseded_at: null,
      },
    ]);

    const [invitation] = accounts.emitted(events.invitationSent);
    expect(invitation).toMatchObject({
      tenant: 'org-fabrikam',
      payload: {
        organizationId: 'org-fabrikam',
        organizationName: 'Fabrikam',
        recipientEmail: 'admin@fabrikam.example',
        resend: false,
        partnerOrganizationId: 'partner-1',
      },
    });
    // ACC-2: the link goes to the configured portal and expires after 14 days; OPS-3: its token is
    // not in the event (the mailer makes it from the invitation's id).
    expect(invitation?.payload.linkPage).toBe('https://portal.test/register');
    expect(JSON.stringify(invitation)).not.toMatch(/token/i);
    expect(Date.parse(invitation!.payload.expiresAt) - Date.parse(invitation!.occurredAt)).toBe(
      14 * 24 * 60 * 60 * 1000,
    );
    expect(accounts.emitted(events.customerLinked).map((e) => e.payload)).toEqual([
      {
        partnerOrganizationId: 'partner-1',
        customerOrganizationId: 'org-fabrikam',
        customerName: 'Fabrikam',
      },
    ]);

    // The same event again (the inbox drops it) and a second agreement for the same organization
    // (registration is keyed by organization): still one organization, one link, one invitation.
    await accounts.redeliver(agreements.agreementSigned, first);
    await accounts.publish(
      agreements.agreementSigned,
      signed('agr-2', 'org-fabrikam', { domainAdministratorEmail: 'admin@fabrikam.example' }),
      { key: 'agr-2', tenant: 'org-fabrikam' },
    );
    expect(await orgRows('org-fabrikam')).toHaveLength(1);
    expect(await invitationRows('org-fabrikam')).toHaveLength(1);
    expect(accounts.emitted(events.invitationSent)).toHaveLength(1);
    expect(accounts.emitted(events.customerLinked)).toHaveLength(1);
    // Dropped by the inbox, not failed until dead-lettered.
    expect(accounts.emitted(deadLettered)).toEqual([]);
  });

  it('ACC-2 an agreement signed by an existing customer registers nothing', async () => {
    await accounts.publish(agreements.agreementSigned, signed('agr-3', 'org-contoso', null), {
      key: 'agr-3',
      tenant: 'org-contoso',
    });
    expect(await orgRows('org-contoso')).toEqual([]);
    expect(await invitationRows('org-contoso')).toEqual([]);
    expect(accounts.emitted(events.invitationSent).filter((e) => e.tenant === 'org-contoso')).toEqual([]);
  });
});
