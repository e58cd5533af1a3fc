import {
  BackgroundTask,
  baseConfigSchema,
  CustomerLinkSchema,
  createAccessTokenVerifier,
  followCustomerLinks,
  loadConfig,
  type ServiceOptions,
  ServiceRuntime,
  serviceFiles,
} from '@bc/platform';
import { z } from 'zod';
import type { InventoryDeps } from './context.ts';
import { downloadRoute } from './downloads/downloads.ts';
import { ExpiryAlertSchema } from './expiry/expiry-alert.ts';
import { sendExpiryAlerts } from './expiry/expiry-alert-job.ts';
import { grantFromOrders } from './licenses/grants.ts';
import { LicenseSchema, SubscriptionSchema } from './licenses/license.ts';
import { migrations } from './migrations/index.ts';
import { cancelUnorderedServices } from './provisioning/order-deadline-job.ts';
import {
  BenefitPermissionRefSchema,
  followBenefitPermissions,
} from './purchasing-accounts/benefit-permission-ref.ts';
import {
  followPurchasingAccounts,
  PurchasingAccountRefSchema,
} from './purchasing-accounts/purchasing-account-ref.ts';
import { resolvers } from './resolvers.ts';

export const SERVICE = 'inventory';

export const inventoryConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** INV-4: days a self-provisioned service waits for its order. */
  BC_PROVISIONING_ORDER_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How often the scheduled jobs (order deadlines, expiry alerts) run. */
  BC_JOB_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  /** INV-5: where users reach this service's /downloads route, and how their tokens are checked there. */
  BC_PUBLIC_URL: z.string().url().default('http://127.0.0.1:4004'),
  BC_JWKS_URL: z.string().url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  BC_JWT_ISSUER: z.string().default('https://accounts.businesscenter.example'),
  BC_JWT_AUDIENCE: z.string().default('business-center'),
});

export const entities = [
  LicenseSchema,
  SubscriptionSchema,
  CustomerLinkSchema,
  PurchasingAccountRefSchema,
  ExpiryAlertSchema,
  BenefitPermissionRefSchema,
];
export const { typeDefs, migrationsPath } = serviceFiles(import.meta.url);
export { migrations };

export type InventoryServiceOptions = ServiceOptions;

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
  followPurchasingAccounts(runtime.consumer);
  followBenefitPermissions(runtime.consumer);
  grantFromOrders(runtime.consumer, runtime);
  let publicUrl = config.BC_PUBLIC_URL;
  const downloadSecret = runtime.secretFor('download-links');
  const deps: InventoryDeps = {
    outbox: runtime.outbox,
    settings: { orderDays: config.BC_PROVISIONING_ORDER_DAYS, downloadSecret, publicUrl: () => publicUrl },
  };
  const verifyAccessToken = createAccessTokenVerifier({
    jwksUrl: config.BC_JWKS_URL,
    issuer: config.BC_JWT_ISSUER,
    audience: config.BC_JWT_AUDIENCE,
    clock: runtime.clock,
    // ACC-4: a link stops working when the session that asked for it ends.
    revocations: runtime.revocations,
  });
  const jobDeps = {
    clock: runtime.clock,
    ids: runtime.ids,
    outbox: runtime.outbox,
    orderDays: config.BC_PROVISIONING_ORDER_DAYS,
  };
  /** The scheduled jobs; each is safe to run on several replicas at once (job lock, guarded updates). */
  const jobs = {
    cancelUnorderedServices: () => cancelUnorderedServices(runtime.orm.em, jobDeps),
    sendExpiryAlerts: () => sendExpiryAlerts(runtime.orm.em, jobDeps),
    async runAll(): Promise<number> {
      const changed = (await jobs.cancelUnorderedServices()) + (await jobs.sendExpiryAlerts());
      runtime.relay.kick();
      return changed;
    },
  };
  const schedule = new BackgroundTask(
    async () => {
      await jobs.runAll();
      return 0;
    },
    (error) => runtime.logger.error({ err: error }, 'scheduled inventory jobs failed'),
    config.BC_JOB_INTERVAL_MS,
  );
  const http = runtime.createSubgraphServer({
    typeDefs,
    resolvers,
    context: (base) => ({ ...base, deps }),
    routes: {
      '/downloads/file': downloadRoute({ secret: downloadSecret, clock: runtime.clock, verifyAccessToken }),
    },
  });
  return {
    runtime,
    http,
    config,
    jobs,
    /** The embedded start and tests listen on a port chosen at run time. */
    setPublicUrl(url: string) {
      publicUrl = url;
    },
    async start() {
      await runtime.startEvents();
      schedule.start();
    },
    async stop() {
      await schedule.stop();
      await runtime.stop();
    },
  };
}
