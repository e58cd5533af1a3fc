import type { RunningSystem } from '../system.ts';
import { ok } from './client.ts';
import { createPartner, registerCustomer } from './flows.ts';

export const AGREEMENT_FIELDS = `id number status organizationId customerName signingMethod startDate endDate anniversaryMonth
  offers { code } signature { method signerName signerTitle signedAt } declineReason
  purchasingAccount { id number name location } statusHistory { status byWorkAccount }`;

export const DRAFT = `mutation($input: DraftSalesPackageInput!) { draftSalesPackage(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const SEND = `mutation($id: ID!) { sendSalesPackage(id: $id) { ${AGREEMENT_FIELDS} } }`;
export const SIGN = `mutation($id: ID!, $signer: SignerInput!) { signSalesPackage(id: $id, signer: $signer) { ${AGREEMENT_FIELDS} } }`;
export const PLACE_ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  id number type status purchaseOrderNumber agreementNumber purchasingAccountNumber partnerOrganizationId
  lines { lineNumber kind sku quantity unitPrice { amountMinor amount currency } listUnitPrice { amountMinor } priceProtected total { amountMinor } }
  total { amountMinor amount currency } } }`;

export interface AgreementView {
  id: string;
  number: string;
  status: string;
  organizationId: string;
  purchasingAccount: { id: string; number: string; name: string; location: string };
  signature: { method: string; signerName: string } | null;
}

let n = 0;
export function draftInput(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    newPurchasingAccount: {
      name: `Account ${n}`,
      address: { line1: '1 Main Street', city: 'Redmond', postalCode: '98052', country: 'US' },
      contacts: [{ name: 'Pat Buyer', email: 'pat@mail.example', role: 'Purchasing' }],
    },
    offers: [{ code: 'O365-E3', name: 'Office 365 E3', productPool: 'Online Services', priceLevel: 'A' }],
    signingMethod: 'ELECTRONIC',
    signer: { name: 'Sam Signer', email: `signer${n}@mail.example` },
    startDate: '2026-03-01',
    termMonths: 36,
    anniversaryMonth: 3,
    ...overrides,
  };
}

/** A partner's package for one of its customers, sent and signed by the customer's administrator. */
export async function signedAgreement(
  system: Pick<RunningSystem, 'gatewayUrl'>,
  partnerToken: string,
  customerId: string,
  customerAdminToken: string,
  overrides: Record<string, unknown> = {},
): Promise<AgreementView> {
  const draft = await ok<{ draftSalesPackage: AgreementView }>(
    system.gatewayUrl,
    DRAFT,
    { input: draftInput({ customerId, ...overrides }) },
    partnerToken,
  );
  await ok(system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, partnerToken);
  const signed = await ok<{ signSalesPackage: AgreementView }>(
    system.gatewayUrl,
    SIGN,
    { id: draft.draftSalesPackage.id, signer: { name: 'Ada Admin', title: 'CIO' } },
    customerAdminToken,
  );
  return signed.signSalesPackage;
}

/** Waits until agreements has learnt (from accounts' event) that the partner serves the customer. */
export async function waitForCustomerLink(
  system: RunningSystem,
  partnerId: string,
  customerId: string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await system.settle();
    const em = system.agreements.runtime.orm.em.fork();
    const rows = await em
      .getConnection()
      .execute<unknown[]>(
        'select 1 from customer_link where partner_organization_id = ? and customer_organization_id = ?',
        [partnerId, customerId],
      );
    if (rows.length > 0) return;
    if (Date.now() > deadline) throw new Error('customer link never arrived in agreements');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A new customer of `partner` (known to agreements) with an agreement the partner sent and the
 * customer's administrator signed (`overrides` change the sales package).
 */
export async function customerWithAgreement(
  system: RunningSystem,
  partner: Awaited<ReturnType<typeof createPartner>>,
  overrides: Record<string, unknown> = {},
) {
  const customer = await registerCustomer(system, { partnerOrganizationId: partner.organizationId });
  await waitForCustomerLink(system, partner.organizationId, customer.organizationId);
  const agreement = await signedAgreement(
    system,
    partner.admin.accessToken,
    customer.organizationId,
    customer.admin.accessToken,
    overrides,
  );
  return { customer, agreement };
}

/** The usual start: a partner, a customer it serves (known to agreements), and a signed agreement. */
export async function partnerWithCustomer(system: RunningSystem) {
  const partner = await createPartner(system);
  return { partner, ...(await customerWithAgreement(system, partner)) };
}
