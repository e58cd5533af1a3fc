import { describe, expect, it } from 'vitest';
import { emptySalesPackage, salesPackageInput } from './sales-package-form.ts';

describe('WEB-10 AGR-2 the Draft a sales package form', () => {
  const offer = { code: 'sql-server', name: 'SQL Server', productPool: 'Servers' };

  it('WEB-10 AGR-2 a new customer gets newCustomer and a new purchasing account, offers at the price level', () => {
    const draft = {
      ...emptySalesPackage('2026-12-04'),
      organizationName: ' Northwind ',
      domainAdministratorEmail: 'ada@northwind.example',
      accountName: 'Northwind HQ',
      line1: '1 Main St',
      city: 'Oslo',
      postalCode: '0150',
      country: 'no',
      contactName: 'Pat',
      contactEmail: 'pat@northwind.example',
      offers: [offer],
      priceLevel: 'B',
      signingMethod: 'PAPER' as const,
      signerName: 'Sam',
      signerEmail: 'sam@northwind.example',
      // A purchasing account picked for another customer earlier does not leak into a new customer's package.
      purchasingAccountId: 'pa-of-someone-else',
    };
    const input = salesPackageInput(draft);
    expect(input).toMatchObject({
      newCustomer: { organizationName: 'Northwind', domainAdministratorEmail: 'ada@northwind.example' },
      newPurchasingAccount: { name: 'Northwind HQ', address: { country: 'NO' } },
      offers: [{ ...offer, priceLevel: 'B' }],
      signingMethod: 'PAPER',
      startDate: '2026-12-04',
      termMonths: 36,
      anniversaryMonth: 12,
    });
    expect(input).not.toHaveProperty('customerId');
    expect(input).not.toHaveProperty('purchasingAccountId');
  });

  it('WEB-10 AGR-2 an existing customer and account are sent by id only', () => {
    const input = salesPackageInput({
      ...emptySalesPackage('2026-01-15'),
      customerId: 'org-1',
      purchasingAccountId: 'pa-1',
      offers: [offer],
    });
    expect(input).toMatchObject({ customerId: 'org-1', purchasingAccountId: 'pa-1', anniversaryMonth: 1 });
    expect(input).not.toHaveProperty('newCustomer');
    expect(input).not.toHaveProperty('newPurchasingAccount');
  });
});
