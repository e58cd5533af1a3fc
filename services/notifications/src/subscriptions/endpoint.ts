import type { RetentionRule } from '@bc/platform';
import { defineEntity, p } from '@mikro-orm/core';

export const WebhookEndpointSchema = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoint',
  indexes: [{ properties: ['organizationId', 'createdAt'] }],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    url: p.text(),
    description: p.string().length(500),
    eventTypes: p.json<string[]>(),
    enabled: p.boolean(),
    /** Why it is off: set when the retries of a delivery ran out (API-3), cleared when enabled again. */
    disabledReason: p.string().strictNullable(),
    /** `whsec_<base64>` (Standard Webhooks). Stored as is: it is an HMAC key, so it must be usable. */
    secret: p.string(),
    /** API-3: the secret before the last rotation, still signing (a second signature) until it expires. */
    previousSecret: p.string().strictNullable(),
    previousSecretExpiresAt: p.datetime().strictNullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

/**
 * API-3: one webhook endpoint of an organization (customer or partner): where to POST, and which
 * event types it wants. The partner's old single `webhookUrl` is the endpoint whose id is the
 * partner's organization id (kept in step with accounts' `partner.changed`).
 */
export class WebhookEndpoint extends WebhookEndpointSchema.class {
  constructor() {
    super();
    this.enabled = true;
    this.disabledReason = null;
    this.previousSecret = null;
    this.previousSecretExpiresAt = null;
  }
}
WebhookEndpointSchema.setClass(WebhookEndpoint);

export const WebhookAttemptSchema = defineEntity({
  name: 'WebhookAttempt',
  tableName: 'webhook_attempt',
  indexes: [{ properties: ['deliveryId', 'attemptedAt'] }],
  properties: {
    id: p.string().length(36).primary(),
    deliveryId: p.string().length(36),
    attemptedAt: p.datetime(),
    /** The endpoint's answer, or null when none came (time-out, refused, connection error). */
    statusCode: p.integer().strictNullable(),
    responseTimeMs: p.integer(),
    error: p.text().strictNullable(),
  },
});

/** API-3: one attempt of one webhook delivery, for the per-endpoint delivery log. */
export class WebhookAttempt extends WebhookAttemptSchema.class {}
WebhookAttemptSchema.setClass(WebhookAttempt);

/** OPS-3: attempts older than `days` (the deliveries they belong to go after the same time). */
export const oldWebhookAttempts = (days: number): RetentionRule<WebhookAttempt> => ({
  name: 'webhook attempts',
  entity: WebhookAttempt,
  days,
  where: (cutoff) => ({ attemptedAt: { $lt: cutoff } }),
});
