import type { Agreement } from './agreement.ts';

/** What every agreement event says about the agreement (`agreementRef` of the contracts). */
export const agreementRef = (a: Agreement) => ({
  agreementId: a.id,
  agreementNumber: a.number,
  organizationId: a.organizationId,
  organizationName: a.customerName,
  partnerOrganizationId: a.partnerOrganizationId,
});

/** The `agreements.agreement.changed.v1` payload of an AGR-4 edit. */
export function agreementChangedPayload(agreement: Agreement, changes: string[]) {
  return { ...agreementRef(agreement), changes, anniversaryMonth: agreement.anniversaryMonth };
}
