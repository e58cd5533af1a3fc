import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  baseConfigSchema,
  type Clock,
  CustomerLinkSchema,
  type EventTransport,
  followCustomerLinks,
  type IdGenerator,
  type Logger,
  loadConfig,
  ServiceRuntime,
} from '@bc/platform';
import { parse } from 'graphql';
import { z } from 'zod';
import { grantFromOrders } from './licenses/grants.ts';
import { LicenseSchema, SubscriptionSchema } from './licenses/license.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers.ts';

export const SERVICE = 'inventory';

export const inventoryConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4004),
});

export const entities = [LicenseSchema, SubscriptionSchema, CustomerLinkSchema];
export const typeDefs = parse(
  readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8'),
);
export { migrations };
export const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

export interface InventoryServiceOptions {
  env?: Record<string, string | undefined>;
  clock?: Clock;
  ids?: IdGenerator;
  transport?: EventTransport;
  logger?: Logger;
}

/** Builds the inventory subgraph without listening (tests and the embedded start use it). */
export async function buildInventoryService(options: InventoryServiceOptions = {}) {
  const config = loadConfig(inventoryConfigSchema, options.env ?? process.env);
  const runtime = await ServiceRuntime.open({
    name: SERVICE,
    config,
    entities,
    migrationsPath,
    migrations,
    ...options,
  });
  followCustomerLinks(runtime.consumer, runtime.clock);
  grantFromOrders(runtime.consumer, runtime);
  const http = runtime.createSubgraphServer({ typeDefs, resolvers, context: (base) => base });
  return { runtime, http, config };
}
