import { baseConfigSchema, CustomerLinkSchema, defineService, followCustomerLinks } from '@bc/platform';
import { z } from 'zod';
import type { InventoryDeps } from './context.ts';
import { downloadRoute } from './downloads/downloads.ts';
import { ExpiryAlertSchema } from './expiry/expiry-alert.ts';
import { sendExpiryAlerts } from './expiry/expiry-alert-job.ts';
import { fillTotalsIfMissing, InventoryTotalSchema } from './inventory-view/inventory-total.ts';
import { grantFromOrders } from './licenses/grants.ts';
import { LicenseSchema, SubscriptionSchema } from './licenses/license.ts';
import { migrations } from './migrations/index.ts';
import { productKeyRoute } from './product-keys/product-key-queries.ts';
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
  /** INV-5/6: the gateway's public URL: links are `<it>/downloads/…`, which the gateway forwards here. */
  BC_PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
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
    // ACC-4/5: a link stops working when the session that asked for it ends or the user's access changes.
    const links = { secret: downloadSecret, clock: runtime.clock, revocations: runtime.revocations };
    const jobDeps = {
      clock: runtime.clock,
      ids: runtime.ids,
      orderDays: config.BC_PROVISIONING_ORDER_DAYS,
    };
    return {
      resolvers,
      context: (base) => ({ ...base, deps }),
      routes: {
        '/downloads/file': downloadRoute(links),
        '/downloads/product-keys': productKeyRoute({ ...links, em: runtime.orm.em }),
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
