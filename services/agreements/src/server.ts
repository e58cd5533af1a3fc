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
export const { typeDefs, migrationsPath } = serviceFiles(import.meta.url);
export { migrations };

export type AgreementsServiceOptions = ServiceOptions;

/** Builds the agreements subgraph without listening (tests and the embedded start use it). */
export async function buildAgreementsService(options: AgreementsServiceOptions = {}) {
  const config = loadConfig(agreementsConfigSchema, options.env ?? process.env);
  const runtime = await ServiceRuntime.open({
    name: SERVICE,
    config,
    entities,
    migrationsPath,
    migrations,
    ...options,
  });
  const deps: AgreementsDeps = { outbox: runtime.outbox, settings: { portalUrl: config.BC_PORTAL_URL } };
  followCustomerLinks(runtime.consumer, runtime.clock);
  const http = runtime.createSubgraphServer({
    typeDefs,
    resolvers,
    context: (base) => ({ ...base, deps, loaders: createLoaders(base.em) }),
  });
  return { runtime, http, config, deps };
}
