import {
  baseConfigSchema,
  CustomerLinkSchema,
  defineService,
  followCustomerLinks,
  IdempotencyRecordSchema,
} from '@bc/platform';
import { z } from 'zod';
import { BenefitUserSchema } from './benefit-users/benefit-user.ts';
import { AccessCodeSchema, EligibleDomainSchema } from './domains/eligible-domain.ts';
import { CoveredLicenseSchema } from './entitlements/covered-license.ts';
import { CoveredTotalSchema, fillCoveredTotalsIfMissing } from './entitlements/covered-total.ts';
import { followLicenses } from './entitlements/entitlement-events.ts';
import { migrations } from './migrations/index.ts';
import { PartnerPermissionSchema } from './partner-permissions/partner-permission.ts';
import { resolvers } from './resolvers.ts';
import { SupportRequestSchema } from './support-requests/support-request.ts';
import { BenefitUsageSchema, VoucherAssignmentSchema } from './vouchers/voucher.ts';

export const SERVICE = 'benefits';

export const benefitsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4005),
});

export const entities = [
  CoveredLicenseSchema,
  CoveredTotalSchema,
  EligibleDomainSchema,
  AccessCodeSchema,
  CustomerLinkSchema,
  BenefitUsageSchema,
  VoucherAssignmentSchema,
  BenefitUserSchema,
  PartnerPermissionSchema,
  SupportRequestSchema,
  IdempotencyRecordSchema,
];
/** Benefits: Software Assurance benefits, vouchers, benefit users and partner permissions. */
export const benefitsService = defineService({
  name: SERVICE,
  port: 4005,
  moduleUrl: import.meta.url,
  config: benefitsConfigSchema,
  entities,
  migrations,
  async setup(runtime) {
    // A database from before the covered totals gets them once (PostgreSQL: in its migration).
    if (await fillCoveredTotalsIfMissing(runtime.orm.em.fork()))
      runtime.logger.info('covered license totals filled from the covered licenses');
    followCustomerLinks(runtime.consumer, runtime.clock);
    followLicenses(runtime.consumer, runtime.clock);
    return { resolvers, context: (base) => base };
  },
});
