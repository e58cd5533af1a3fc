/**
 * AGR-2: the Draft a sales package form as the partner fills it in, and the `DraftSalesPackageInput`
 * it becomes: an existing customer or a new one (who gets the welcome invitation once it is signed),
 * an existing purchasing account of that customer or a new one, offers picked from the catalog.
 */
export interface OfferChoice {
  code: string;
  name: string;
  productPool: string;
}

export interface SalesPackageDraft {
  /** '' = a new customer. */
  customerId: string;
  organizationName: string;
  domainAdministratorEmail: string;
  /** '' = a new purchasing account. */
  purchasingAccountId: string;
  accountName: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
  contactName: string;
  contactEmail: string;
  offers: OfferChoice[];
  priceLevel: string;
  signingMethod: 'ELECTRONIC' | 'PAPER';
  signerName: string;
  signerEmail: string;
  startDate: string;
  termMonths: string;
  anniversaryMonth: string;
}

export const emptySalesPackage = (today: string): SalesPackageDraft => ({
  customerId: '',
  organizationName: '',
  domainAdministratorEmail: '',
  purchasingAccountId: '',
  accountName: '',
  line1: '',
  city: '',
  postalCode: '',
  country: 'US',
  contactName: '',
  contactEmail: '',
  offers: [],
  priceLevel: 'A',
  signingMethod: 'ELECTRONIC',
  signerName: '',
  signerEmail: '',
  startDate: today,
  termMonths: '36',
  anniversaryMonth: String(Number(today.slice(5, 7)) || 1),
});

const t = (s: string) => s.trim();

export function salesPackageInput(d: SalesPackageDraft) {
  return {
    ...(d.customerId
      ? { customerId: d.customerId }
      : {
          newCustomer: {
            organizationName: t(d.organizationName),
            domainAdministratorEmail: t(d.domainAdministratorEmail),
          },
        }),
    ...(d.customerId && d.purchasingAccountId
      ? { purchasingAccountId: d.purchasingAccountId }
      : {
          newPurchasingAccount: {
            name: t(d.accountName),
            address: {
              line1: t(d.line1),
              city: t(d.city),
              postalCode: t(d.postalCode),
              country: t(d.country).toUpperCase(),
            },
            contacts: [{ name: t(d.contactName), email: t(d.contactEmail), role: 'Purchasing' }],
          },
        }),
    offers: d.offers.map((o) => ({ ...o, priceLevel: d.priceLevel })),
    signingMethod: d.signingMethod,
    signer: { name: t(d.signerName), email: t(d.signerEmail) },
    startDate: d.startDate,
    termMonths: Number(d.termMonths),
    anniversaryMonth: Number(d.anniversaryMonth),
  };
}
