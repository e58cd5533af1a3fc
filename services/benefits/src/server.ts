import {
  baseConfigSchema,
  CustomerLinkSchema,
  followCustomerLinks,
  IdempotencyRecordSchema,
  loadConfig,
  type ServiceOptions,
  ServiceRuntime,
  serviceFiles,
} from '@bc/platform';
import { z } from 'zod';
import { BenefitUserSchema } from './benefit-users/benefit-user.ts';
import { AccessCodeSchema, EligibleDomainSchema } from './domains/eligible-domain.ts';
import { CoveredLicenseSchema } from './entitlements/covered-license.ts';
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
export const { typeDefs, migrationsPath } = serviceFiles(import.meta.url);
export { migrations };

/** Builds the benefits subgraph without listening (tests and the embedded start use it). */
export async function buildBenefitsService(options: ServiceOptions = {}) {
  const config = loadConfig(benefitsConfigSchema, options.env ?? process.env);
  const runtime = await ServiceRuntime.open({
    name: SERVICE,
    config,
    entities,
    migrationsPath,
    migrations,
    ...options,
  });
  followCustomerLinks(runtime.consumer, runtime.clock);
  followLicenses(runtime.consumer, runtime);
  const deps = { outbox: runtime.outbox };
  const http = runtime.createSubgraphServer({ typeDefs, resolvers, context: (base) => ({ ...base, deps }) });
  return { runtime, http, config };
}
