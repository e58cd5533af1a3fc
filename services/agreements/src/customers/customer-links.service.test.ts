import { accounts, deadLettered, agreements as events } from '@bc/contracts';
import { type ServiceUnderTest, serviceUnderTest, testUser } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementsService } from '../server.ts';

/** Agreements alone on PostgreSQL: accounts' customer links in, who may sell to whom out. */
describe('agreements, fed accounts.customer.linked', () => {
  let agreements: ServiceUnderTest;
  beforeAll(async () => {
    agreements = await serviceUnderTest(agreementsService);
  });
  afterAll(async () => agreements?.stop());

  const link = (customerName: string) => ({
    partnerOrganizationId: 'partner-1',
    customerOrganizationId: 'org-contoso',
    customerName,
  });
  const meta = { key: 'org-contoso', tenant: 'org-contoso' };

  it('ACC-9 EVT-2 a customer link is kept once per partner and customer; a later event renames it', async () => {
    const first = await agreements.publish(accounts.customerLinked, link('Contoso'), meta);
    await agreements.redeliver(accounts.customerLinked, first);
    const links = () =>
      agreements.rows(
        'select partner_organization_id, customer_organization_id, customer_name from customer_link',
      );
    expect(await links()).toEqual([
      {
        partner_organization_id: 'partner-1',
        customer_organization_id: 'org-contoso',
        customer_name: 'Contoso',
      },
    ]);

    await agreements.publish(accounts.customerLinked, link('Contoso Ltd'), meta);
    // Dropped by the inbox, not failed until dead-lettered.
    expect(agreements.emitted(deadLettered)).toEqual([]);
    expect(await links()).toEqual([
      {
        partner_organization_id: 'partner-1',
        customer_organization_id: 'org-contoso',
        customer_name: 'Contoso Ltd',
      },
    ]);
  });

  it('ACC-9 AGR-2 the linked partner drafts a sales package for its customer; another partner cannot', async () => {
    await agreements.publish(accounts.customerLinked, link('Contoso Ltd'), meta);
    const draft = /* GraphQL */ `
      mutation Draft($input: DraftSalesPackageInput!) {
        draftSalesPackage(input: $input) { organizationId customerName partnerOrganizationId status }
      }
    `;
    const input = {
      customerId: 'org-contoso',
      newPurchasingAccount: {
        name: 'Contoso Europe',
        address: { line1: '1 Main Street', city: 'Dublin', postalCode: 'D01', country: 'IE' },
        contacts: [{ name: 'Pat Buyer', email: 'pat@contoso.example', role: 'PRIMARY' }],
      },
      offers: [{ code: 'EA', name: 'Enterprise Agreement', productPool: 'Applications', priceLevel: 'A' }],
      signingMethod: 'ELECTRONIC',
      signer: { name: 'Sam Signer', email: 'sam@contoso.example' },
      startDate: '2026-04-01',
      anniversaryMonth: 4,
    };
    const seller = (organizationId: string) =>
      testUser({ organizationId, organizationKind: 'PARTNER', roles: ['ACCOUNT_MANAGER'] });

    const drafted = await agreements.graphql(draft, { input }, seller('partner-1'));
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data?.draftSalesPackage).toEqual({
      organizationId: 'org-contoso',
      customerName: 'Contoso Ltd',
      partnerOrganizationId: 'partner-1',
      status: 'DRAFT',
    });
    await agreements.settle();
    expect(agreements.emitted(events.purchasingAccountChanged).map((e) => e.payload)).toMatchObject([
      { organizationId: 'org-contoso', name: 'Contoso Europe', location: 'IE' },
    ]);

    // A partner that is not partner of record does not even learn that the customer exists.
    const refused = await agreements.graphql(draft, { input }, seller('partner-2'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await agreements.rows('select id from purchasing_account')).toHaveLength(1);
    expect(await agreements.rows('select id from agreement')).toHaveLength(1);
  });
});
