import { z } from 'zod';
import { defineEvent } from './envelope.ts';

/** BEN-6/NOT-4: training days were assigned; the trainee gets the instructions in their language. */
export const voucherAssigned = defineEvent(
  'benefits.voucher.assigned',
  1,
  z.object({
    assignmentId: z.string().min(1),
    organizationId: z.string().min(1),
    purchasingAccountId: z.string().min(1),
    employeeName: z.string(),
    email: z.string().email(),
    days: z.number().int().positive(),
    language: z.string(),
    voucherCode: z.string(),
    /** The instructions exactly as previewed. */
    instructions: z.string(),
  }),
  { key: (p) => p.assignmentId, tenant: (p) => p.organizationId },
);

/** BEN-5/NOT-4: a benefit user was added, or their instructions re-sent; each send is one mail. */
export const instructionsSent = defineEvent(
  'benefits.instructions.sent',
  1,
  z.object({
    benefitUserId: z.string().min(1),
    organizationId: z.string().min(1),
    benefitCode: z.string(),
    benefitName: z.string(),
    name: z.string(),
    email: z.string().email(),
    instructions: z.string(),
  }),
  { key: (p) => p.benefitUserId, tenant: (p) => p.organizationId },
);

/** BEN-7/NOT-2: a partner's permission to manage a customer's benefits was requested or decided. */
export const partnerPermissionChanged = defineEvent(
  'benefits.partner-permission.changed',
  1,
  z.object({
    permissionId: z.string().min(1),
    partnerOrganizationId: z.string().min(1),
    customerOrganizationId: z.string().min(1),
    customerName: z.string(),
    status: z.enum(['PENDING', 'APPROVED', 'DENIED', 'REMOVED']),
  }),
  { key: (p) => p.customerOrganizationId, tenant: (p) => p.customerOrganizationId },
);

/** BEN-6: an assignment was revoked; its days return to the purchasing account. */
export const voucherRevoked = defineEvent(
  'benefits.voucher.revoked',
  1,
  z.object({
    assignmentId: z.string().min(1),
    organizationId: z.string().min(1),
    purchasingAccountId: z.string().min(1),
    days: z.number().int().positive(),
    revokedAt: z.string().datetime(),
  }),
  { key: (p) => p.assignmentId, tenant: (p) => p.organizationId },
);

/** BEN-8: a 24x7 support request was opened by phone or on the web; it used one incident. */
export const supportRequestOpened = defineEvent(
  'benefits.support-request.opened',
  1,
  z.object({
    requestId: z.string().min(1),
    organizationId: z.string().min(1),
    purchasingAccountId: z.string().min(1),
    channel: z.enum(['PHONE', 'WEB']),
    summary: z.string(),
    openedByWorkAccount: z.string(),
    openedAt: z.string().datetime(),
  }),
  { key: (p) => p.requestId, tenant: (p) => p.organizationId },
);

/**
 * BEN-2/BEN-8: a purchasing account's entitlement to one measured benefit as it is now: emitted when
 * covered licenses or usage change it. Keyed by purchasing account and benefit, so the latest wins.
 */
export const entitlementChanged = defineEvent(
  'benefits.entitlement.changed',
  1,
  z.object({
    organizationId: z.string().min(1),
    purchasingAccountId: z.string().min(1),
    benefitCode: z.string(),
    benefitName: z.string(),
    unit: z.string(),
    entitled: z.number().int().min(0),
    used: z.number().int().min(0),
    available: z.number().int().min(0),
  }),
  { key: (p) => `${p.purchasingAccountId}:${p.benefitCode}`, tenant: (p) => p.organizationId },
);

export const benefitsEvents = [
  voucherAssigned,
  voucherRevoked,
  instructionsSent,
  partnerPermissionChanged,
  supportRequestOpened,
  entitlementChanged,
];
