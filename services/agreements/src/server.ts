import {
  baseConfigSchema,
  CustomerLinkSchema,
  defineService,
  followCustomerLinks,
  IdempotencyRecordSchema,
} from '@bc/platform';
import { z } from 'zod';
import { AgreementSchema } from './agreements/agreement.ts';
import { type AgreementsDeps, createLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { OrderSchema, ServicePurchaseSchema } from './orders/order.ts';
import { PurchasingAccountSchema } from './purchasing-accounts/purchasing-account.ts';
import { resolvers } from './resolvers.ts';

export const SERVICE = 'agreements';

export const agreementsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  BC_PORTAL_URL: z.string().url().default('http://localhost:3000'),
});

export const entities = [
  PurchasingAccountSchema,
  AgreementSchema,
  OrderSchema,
  ServicePurchaseSchema,
  CustomerLinkSchema,
  IdempotencyRecordSchema,
];
/** Agreements: purchasing accounts, agreements and orders. */
export const agreementsService = defineService({
  name: SERVICE,
  port: 4003,
  moduleUrl: import.meta.url,
  config: agreementsConfigSchema,
  entities,
  migrations,
  async setup(runtime, config) {
    const deps: AgreementsDeps = { settings: { portalUrl: config.BC_PORTAL_URL } };
    followCustomerLinks(runtime.consumer, runtime.clock);
    return {
      resolvers,
      context: (base) => ({ ...base, deps, loaders: createLoaders(base.em) }),
      expose: { deps },
    };
  },
});
