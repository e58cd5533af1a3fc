import { z } from 'zod';
import { defineEvent } from './envelope.ts';

const id = z.string().min(1);
const email = z.string().email();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** API-5: zod 4's `int()` accepts safe integers only, the platform's `MinorUnits` bound (2^53 − 1). */
export const money = z.object({ amountMinor: z.number().int(), currency: z.string().length(3) });

const offer = z.object({
  code: z.string(),
  name: z.string(),
  productPool: z.string(),
  priceLevel: z.string(),
});

const agreementRef = {
  agreementId: id,
  agreementNumber: z.string(),
  organizationId: id,
  organizationName: z.string(),
  partnerOrganizationId: id,
};

/**
 * AGR-2: the partner sent a sales package; the customer's signer is told it is ready to sign. v2
 * (OPS-3): the signing link's token is not in the event; the mailer makes it from `signingLinkId`.
 */
export const salesPackageSent = defineEvent(
  'agreements.sales-package.sent',
  2,
  z.object({
    ...agreementRef,
    signerName: z.string(),
    signerEmail: email,
    signingMethod: z.enum(['ELECTRONIC', 'PAPER']),
    /** The review-and-sign link's id (electronic signing); null for paper. */
    signingLinkId: id.nullable(),
    /** The portal page the link opens; the mailer adds `?token=`. Null for paper. */
    signingPage: z.string().url().nullable(),
  }),
  { key: (p) => p.agreementId, tenant: (p) => p.organizationId },
);

/** AGR-2: signed electronically or on paper. For a new customer, accounts starts ACC-2 from it. */
export const agreementSigned = defineEvent(
  'agreements.agreement.signed',
  1,
  z.object({
    ...agreementRef,
    method: z.enum(['ELECTRONIC', 'PAPER']),
    signerName: z.string(),
    signerTitle: z.string(),
    signedAt: z.string().datetime(),
    startDate: isoDate,
    endDate: isoDate,
    purchasingAccountId: id,
    purchasingAccountNumber: z.string(),
    anniversaryMonth: z.number().int().min(1).max(12),
    /** The offers of the agreement (reports: Agreement Offers). */
    offers: z.array(offer),
    /** Set when the organization does not exist yet: who gets the domain-administrator invitation. */
    newCustomer: z.object({ domainAdministratorEmail: email }).nullable(),
  }),
  { key: (p) => p.agreementId, tenant: (p) => p.organizationId },
);

/** AGR-2: the customer declined the sales package. */
export const agreementDeclined = defineEvent(
  'agreements.agreement.declined',
  1,
  z.object({ ...agreementRef, reason: z.string(), declinedAt: z.string().datetime() }),
  { key: (p) => p.agreementId, tenant: (p) => p.organizationId },
);

/** AGR-4: anniversary month, purchasing account address or contacts changed. */
export const agreementChanged = defineEvent(
  'agreements.agreement.changed',
  1,
  z.object({
    ...agreementRef,
    changes: z.array(z.string()),
    anniversaryMonth: z.number().int().min(1).max(12),
  }),
  { key: (p) => p.agreementId, tenant: (p) => p.organizationId },
);

/**
 * AGR-1/AGR-4: a purchasing account as it is now (created with its first agreement, or edited):
 * number, name, address, location and contacts. Reporting keeps its Agreements report from it.
 */
export const purchasingAccountChanged = defineEvent(
  'agreements.purchasing-account.changed',
  1,
  z.object({
    purchasingAccountId: id,
    organizationId: id,
    number: z.string(),
    name: z.string(),
    address: z.object({
      line1: z.string(),
      line2: z.string().nullable().optional(),
      city: z.string(),
      region: z.string().nullable().optional(),
      postalCode: z.string(),
      country: z.string(),
    }),
    /** ISO country of the address (AGR-3 location). */
    location: z.string(),
    contacts: z.array(
      z.object({
        name: z.string(),
        email: z.string(),
        phone: z.string().nullable().optional(),
        role: z.string(),
      }),
    ),
  }),
  { key: (p) => p.purchasingAccountId, tenant: (p) => p.organizationId },
);

/** AGR-5: an order with every line, so inventory can grant licenses and subscriptions. */
export const orderPlaced = defineEvent(
  'agreements.order.placed',
  1,
  z.object({
    orderId: id,
    orderNumber: z.string(),
    organizationId: id,
    partnerOrganizationId: id,
    purchasingAccountId: id,
    purchasingAccountNumber: z.string(),
    agreementId: id,
    agreementNumber: z.string(),
    /** Licenses' Software Assurance and subscriptions run to the agreement's end (next expiration). */
    agreementEndDate: isoDate,
    type: z.enum(['NEW', 'ADD_ON', 'RENEWAL', 'TRUE_UP']),
    purchaseOrderNumber: z.string(),
    orderedAt: z.string().datetime(),
    lines: z.array(
      z.object({
        lineNumber: z.number().int().positive(),
        kind: z.enum(['PRODUCT', 'ONLINE_SERVICE']),
        sku: z.string(),
        name: z.string(),
        quantity: z.number().int().positive(),
        unitPrice: money,
        listUnitPrice: money,
        priceProtected: z.boolean(),
      }),
    ),
  }),
  { key: (p) => p.purchasingAccountId, tenant: (p) => p.organizationId },
);

export const agreementsEvents = [
  salesPackageSent,
  agreementSigned,
  agreementDeclined,
  agreementChanged,
  purchasingAccountChanged,
  orderPlaced,
];
