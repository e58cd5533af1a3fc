import { EntitySchema } from '@mikro-orm/core';

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

/**
 * AGR-2/AGR-3: an agreement from the partner's draft (the sales package) to signed or declined.
 * While DRAFT or SENT it is the sales package; once SIGNED it is the active agreement.
 */
export class Agreement {
  id!: string;
  number!: string;
  organizationId!: string;
  customerName!: string;
  /** Set while the customer organization does not exist yet: who gets the ACC-2 invitation. */
  newCustomerAdministratorEmail: string | null = null;
  partnerOrganizationId!: string;
  purchasingAccountId!: string;
  status!: AgreementStatus;
  signingMethod!: SigningMethod;
  signerName!: string;
  signerEmail!: string;
  offers!: Offer[];
  startDate!: string;
  termMonths!: number;
  endDate!: string;
  anniversaryMonth!: number;
  signature: Signature | null = null;
  declineReason: string | null = null;
  /** SHA-256 of the review-and-sign link token (electronic signing). */
  signingTokenHash: string | null = null;
  statusHistory!: StatusChange[];
  createdAt!: Date;
  updatedAt!: Date;
}

export const AgreementSchema = new EntitySchema<Agreement>({
  class: Agreement,
  tableName: 'agreement',
  indexes: [{ properties: ['organizationId', 'startDate'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    number: { type: 'string', length: 32, unique: true },
    organizationId: { type: 'string', length: 36 },
    customerName: { type: 'string' },
    newCustomerAdministratorEmail: { type: 'string', nullable: true },
    partnerOrganizationId: { type: 'string', length: 36, index: true },
    purchasingAccountId: { type: 'string', length: 36, index: true },
    status: { type: 'string', length: 16 },
    signingMethod: { type: 'string', length: 16 },
    signerName: { type: 'string' },
    signerEmail: { type: 'string' },
    offers: { type: 'json' },
    startDate: { type: 'string', length: 10 },
    termMonths: { type: 'integer' },
    endDate: { type: 'string', length: 10 },
    anniversaryMonth: { type: 'integer' },
    signature: { type: 'json', nullable: true },
    declineReason: { type: 'text', nullable: true },
    signingTokenHash: { type: 'string', length: 64, nullable: true, unique: true },
    statusHistory: { type: 'json' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});
