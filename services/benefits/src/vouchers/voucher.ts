import { EntitySchema } from '@mikro-orm/core';

/** BEN-8: how much of a benefit a purchasing account has used; the row assignments lock. */
export class BenefitUsage {
  purchasingAccountId!: string;
  benefitCode!: string;
  used = 0;
}

export const BenefitUsageSchema = new EntitySchema<BenefitUsage>({
  class: BenefitUsage,
  tableName: 'benefit_usage',
  properties: {
    purchasingAccountId: { type: 'string', length: 36, primary: true },
    benefitCode: { type: 'string', length: 40, primary: true },
    used: { type: 'integer', default: 0 },
  },
});

/** BEN-6: training days assigned to one employee. */
export class VoucherAssignment {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  employeeName!: string;
  email!: string;
  days!: number;
  language!: string;
  voucherCode!: string;
  status: 'ASSIGNED' | 'REVOKED' = 'ASSIGNED';
  assignedAt!: Date;
  revokedAt: Date | null = null;
}

export const VoucherAssignmentSchema = new EntitySchema<VoucherAssignment>({
  class: VoucherAssignment,
  tableName: 'voucher_assignment',
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36 },
    purchasingAccountId: { type: 'string', length: 36 },
    employeeName: { type: 'string' },
    email: { type: 'string' },
    days: { type: 'integer' },
    language: { type: 'string', length: 10 },
    voucherCode: { type: 'string', length: 32 },
    status: { type: 'string', length: 16 },
    assignedAt: { type: 'datetime' },
    revokedAt: { type: 'datetime', nullable: true },
  },
});
