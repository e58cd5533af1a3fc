import {
  baseConfigSchema,
  CustomerLinkSchema,
  defineService,
  followCustomerLinks,
  IdempotencyRecordSchema,
  mailLinkConfigSchema,
  mailLinkSecret,
} from '@bc/platform';
import { z } from 'zod';
import { AgreementSchema } from './agreements/agreement.ts';
import { signedCopyRoute } from './agreements/signed-copy-document.ts';
import { type AgreementsDeps, createLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { OrderSchema, ServicePurchaseSchema } from './orders/order.ts';
import { PurchasingAccountSchema } from './purchasing-accounts/purchasing-account.ts';
import { resolvers } from './resolvers.ts';

export const SERVICE = 'agreements';

export const agreementsConfigSchema = baseConfigSchema.extend(mailLinkConfigSchema.shape).extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  BC_PORTAL_URL: z.string().url().default('http://localhost:3000'),
  /** AGR-3: the gateway's public URL: signed-copy links are `<it>/documents/…`, forwarded here. */
  BC_PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
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
    const linkSecret = runtime.secretFor('signed-copy-links');
    const deps: AgreementsDeps = {
      settings: {
        portalUrl: config.BC_PORTAL_URL,
        publicUrl: config.BC_PUBLIC_URL,
        linkSecret,
        mailLinkSecret: mailLinkSecret(config),
      },
    };
    followCustomerLinks(runtime.consumer, runtime.clock);
    return {
      resolvers,
      context: (base) => ({ ...base, deps, loaders: createLoaders(base.em) }),
      routes: {
        // ACC-4/5: a link stops working when the session that asked for it ends or the user's access changes.
        '/documents/signed-copy': signedCopyRoute({
          em: runtime.orm.em,
          secret: linkSecret,
          clock: runtime.clock,
          revocations: runtime.revocations,
        }),
      },
      expose: { deps },
    };
  },
});
