import { defineEntity, p } from '@mikro-orm/core';

export const BenefitUsageSchema = defineEntity({
  name: 'BenefitUsage',
  tableName: 'benefit_usage',
  properties: {
    purchasingAccountId: p.string().length(36).primary(),
    benefitCode: p.string().length(40).primary(),
    used: p.integer().default(0),
  },
});

/** BEN-8: how much of a benefit a purchasing account has used; the row assignments lock. */
export class BenefitUsage extends BenefitUsageSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.used = 0;
  }
}
BenefitUsageSchema.setClass(BenefitUsage);

export const VoucherAssignmentSchema = defineEntity({
  name: 'VoucherAssignment',
  tableName: 'voucher_assignment',
  indexes: [
    { properties: ['organizationId', 'purchasingAccountId'] },
    // API-6: an account's assignments, newest first, read in keyset pages.
    {
      properties: ['organizationId', 'purchasingAccountId', 'assignedAt', 'id'],
      name: 'voucher_assignment_keyset_index',
    },
  ],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    purchasingAccountId: p.string().length(36),
    employeeName: p.string(),
    email: p.string(),
    days: p.integer(),
    language: p.string().length(10),
    voucherCode: p.string().length(32),
    status: p.string().$type<'ASSIGNED' | 'REVOKED'>().length(16),
    assignedAt: p.datetime(),
    revokedAt: p.datetime().strictNullable(),
  },
});

/** BEN-6: training days assigned to one employee. */
export class VoucherAssignment extends VoucherAssignmentSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.status = 'ASSIGNED';
    this.revokedAt = null;
  }
}
VoucherAssignmentSchema.setClass(VoucherAssignment);
