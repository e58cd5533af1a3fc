import {
  baseConfigSchema,
  defineService,
  mailLinkConfigSchema,
  mailLinkSecret,
  outboundConfigSchema,
  outboundPolicyFor,
  sendJson,
} from '@bc/platform';
import { z } from 'zod';
import { followContacts, OrganizationContactSchema } from './contacts/organization-contact.ts';
import { PartnerContactSchema } from './contacts/partner-contact.ts';
import {
  DeliverySchema,
  finishedDeliveries,
  MailboxMessageSchema,
  oldMailbox,
} from './deliveries/delivery.ts';
import { DeliveryDispatcher, defaultLimits } from './deliveries/dispatcher.ts';
import { registerHandlers } from './deliveries/handlers.ts';
import { MailboxMailer, type Mailer, SmtpMailer } from './mail/mailer.ts';
import { resolvers } from './resolvers.ts';
import { oldWebhookAttempts, WebhookAttemptSchema, WebhookEndpointSchema } from './subscriptions/endpoint.ts';
import { WEBHOOK_TIMEOUT_MS, webhookSender } from './webhooks/webhook-sender.ts';
import { WebhookKeySchema, WebhookSigner } from './webhooks/webhook-signer.ts';

export const SERVICE = 'notifications';

export const notificationsConfigSchema = baseConfigSchema
  .extend(outboundConfigSchema.shape)
  .extend(mailLinkConfigSchema.shape)
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(4002),
    /** `mailbox` (embedded default: a table) or `smtp` (production, nodemailer). */
    BC_MAILER: z.enum(['mailbox', 'smtp']).default('mailbox'),
    BC_SMTP_URL: z.string().default('smtp://127.0.0.1:2525'),
    BC_MAIL_FROM: z.string().default('Business Center <no-reply@businesscenter.example>'),
    /** NOT-2: one webhook attempt (connect + headers + body); also the SMTP connect and greeting time-out. */
    BC_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(WEBHOOK_TIMEOUT_MS),
    /** NOT-2: requests open at once to one webhook URL. */
    BC_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
    /** OPS-3: days a finished delivery (sent or given up) stays in the delivery log. */
    BC_KEEP_DELIVERIES_DAYS: z.coerce.number().int().min(1).default(30),
    /** OPS-3: days a message stays in the embedded mailbox. */
    BC_KEEP_MAILBOX_DAYS: z.coerce.number().int().min(1).default(30),
  });

export const entities = [
  DeliverySchema,
  MailboxMessageSchema,
  PartnerContactSchema,
  OrganizationContactSchema,
  WebhookKeySchema,
  WebhookEndpointSchema,
  WebhookAttemptSchema,
];

import { migrations } from './migrations/index.ts';

/** Notifications: email and partner webhooks for what happens elsewhere, the delivery log and the mailbox. */
export const notificationsService = defineService({
  name: SERVICE,
  role: 'worker',
  port: 4002,
  moduleUrl: import.meta.url,
  config: notificationsConfigSchema,
  entities,
  migrations,
  async setup(runtime, config) {
    const mailer: Mailer =
      config.BC_MAILER === 'smtp'
        ? new SmtpMailer(config.BC_SMTP_URL, config.BC_MAIL_FROM, config.BC_WEBHOOK_TIMEOUT_MS)
        : new MailboxMailer(runtime.clock, runtime.ids);
    const signer = new WebhookSigner();
    await signer.init(runtime.orm.em.fork(), runtime);
    const dispatcher = new DeliveryDispatcher(
      runtime.orm.em,
      runtime.tx,
      mailer,
      webhookSender(signer, outboundPolicyFor(config), config.BC_WEBHOOK_TIMEOUT_MS),
      runtime.clock,
      runtime.logger.child({ component: 'dispatcher' }),
      { ...defaultLimits(config.BC_WEBHOOK_TIMEOUT_MS), perEndpoint: config.BC_WEBHOOK_CONCURRENCY },
      runtime.ids,
    );
    followContacts(runtime.consumer, runtime);
    registerHandlers(runtime.consumer, {
      clock: runtime.clock,
      ids: runtime.ids,
      mailLinkSecret: mailLinkSecret(config),
    });
    runtime.consumer.afterHandled = () => dispatcher.kick();
    return {
      resolvers,
      context: (base) => ({
        ...base,
        mailboxEnabled: mailer.kind === 'mailbox',
        webhookKeys: () => signer.jwks(),
        webhookPolicy: outboundPolicyFor(config),
        kickDeliveries: () => dispatcher.kick(),
      }),
      routes: {
        // NOT-2: partners verify webhook signatures with these keys.
        '/.well-known/webhook-jwks.json': (_req, res) => sendJson(res, 200, signer.jwks()),
      },
      // Stopped in reverse: the dispatcher ends its sends before the mailer closes.
      workers: [{ start() {}, stop: () => mailer.close() }, dispatcher],
      retention: [
        finishedDeliveries(config.BC_KEEP_DELIVERIES_DAYS),
        oldMailbox(config.BC_KEEP_MAILBOX_DAYS),
        oldWebhookAttempts(config.BC_KEEP_DELIVERIES_DAYS),
      ],
      metrics: [dispatcher.attempts],
      expose: { dispatcher },
    };
  },
});
