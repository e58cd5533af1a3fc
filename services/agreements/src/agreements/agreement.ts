import { defineEntity, p } from '@mikro-orm/core';

export type AgreementStatus = 'DRAFT' | 'SENT' | 'SIGNED' | 'DECLINED';
export type SigningMethod = 'ELECTRONIC' | 'PAPER';

export interface Offer {
  code: string;
  name: string;
  productPool: string;
  priceLevel: string;
}

export interface Signature {
  method: SigningMethod;
  signerName: string;
  signerTitle: string;
  signedAt: string;
}

export interface StatusChange {
  status: AgreementStatus;
  at: string;
  byWorkAccount: string | null;
}

export const AgreementSchema = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  indexes: [{ properties: ['organizationId', 'startDate'] }],
  properties: {
    id: p.string().length(36).primary(),
    number: p.string().length(32).unique(),
    organizationId: p.string().length(36),
    customerName: p.string(),
    /** Set while the customer organization does not exist yet: who gets the ACC-2 invitation. */
    newCustomerAdministratorEmail: p.string().strictNullable(),
    partnerOrganizationId: p.string().length(36).index(),
    purchasingAccountId: p.string().length(36).index(),
    status: p.string().$type<AgreementStatus>().length(16),
    signingMethod: p.string().$type<SigningMethod>().length(16),
    signerName: p.string(),
    signerEmail: p.string(),
    offers: p.json<Offer[]>(),
    startDate: p.string().length(10),
    termMonths: p.integer(),
    endDate: p.string().length(10),
    anniversaryMonth: p.integer(),
    signature: p.json<Signature>().strictNullable(),
    declineReason: p.text().strictNullable(),
    /** SHA-256 of the review-and-sign link token (electronic signing). */
    signingTokenHash: p.string().length(64).strictNullable().unique(),
    statusHistory: p.json<StatusChange[]>(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

/**
 * AGR-2/AGR-3: an agreement from the partner's draft (the sales package) to signed or declined.
 * While DRAFT or SENT it is the sales package; once SIGNED it is the active agreement.
 */
export class Agreement extends AgreementSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.newCustomerAdministratorEmail = null;
    this.signature = null;
    this.declineReason = null;
    this.signingTokenHash = null;
  }
}
AgreementSchema.setClass(Agreement);
