import {
  baseConfigSchema,
  CustomerLinkSchema,
  createAccessTokenVerifier,
  defineService,
  followCustomerLinks,
} from '@bc/platform';
import { z } from 'zod';
import type { InventoryDeps } from './context.ts';
import { downloadRoute } from './downloads/downloads.ts';
import { ExpiryAlertSchema } from './expiry/expiry-alert.ts';
import { sendExpiryAlerts } from './expiry/expiry-alert-job.ts';
import { fillTotalsIfMissing, InventoryTotalSchema } from './inventory-view/inventory-total.ts';
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
  InventoryTotalSchema,
  CustomerLinkSchema,
  PurchasingAccountRefSchema,
  ExpiryAlertSchema,
  BenefitPermissionRefSchema,
];
/** Inventory: licenses, online services and their provisioning, downloads and expiry alerts. */
export const inventoryService = defineService({
  name: SERVICE,
  port: 4004,
  moduleUrl: import.meta.url,
  config: inventoryConfigSchema,
  entities,
  migrations,
  async setup(runtime, config) {
    // A database from before the dashboard's totals gets them once (PostgreSQL: in its migration).
    if (await fillTotalsIfMissing(runtime.orm.em.fork()))
      runtime.logger.info('inventory totals filled from the items');
    followCustomerLinks(runtime.consumer, runtime.clock);
    followPurchasingAccounts(runtime.consumer);
    followBenefitPermissions(runtime.consumer);
    grantFromOrders(runtime.consumer, runtime);
    const downloadSecret = runtime.secretFor('download-links');
    const deps: InventoryDeps = {
      settings: {
        orderDays: config.BC_PROVISIONING_ORDER_DAYS,
        downloadSecret,
        publicUrl: config.BC_PUBLIC_URL,
      },
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
      orderDays: config.BC_PROVISIONING_ORDER_DAYS,
    };
    return {
      resolvers,
      context: (base) => ({ ...base, deps }),
      routes: {
        '/downloads/file': downloadRoute({ secret: downloadSecret, clock: runtime.clock, verifyAccessToken }),
      },
      jobs: {
        intervalMs: config.BC_JOB_INTERVAL_MS,
        run: {
          cancelUnorderedServices: () => cancelUnorderedServices(runtime.tx, jobDeps),
          sendExpiryAlerts: () => sendExpiryAlerts(runtime.tx, jobDeps),
        },
      },
    };
  },
});
