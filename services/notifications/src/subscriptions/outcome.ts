import type { Clock, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { administratorEmails } from '../contacts/organization-contact.ts';
import { PartnerContact } from '../contacts/partner-contact.ts';
import { Delivery } from '../deliveries/delivery.ts';
import { WebhookAttempt, WebhookEndpoint } from './endpoint.ts';
import { nextWebhookAttemptAt } from './retry-schedule.ts';
import { signWebhook } from './signature.ts';

export const ENDPOINT_DISABLED_EVENT = 'webhook.endpoint.disabled';

/** The secrets that sign now: the current one, and the previous one during a rotation's overlap. */
export function signingSecrets(endpoint: WebhookEndpoint, now: Date): string[] {
  const overlap =
    endpoint.previousSecret && endpoint.previousSecretExpiresAt && now < endpoint.previousSecretExpiresAt;
  return overlap ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}

/** API-3: the Standard Webhooks headers of one attempt; `webhook-id` is the delivery's, the same on every retry. */
export function standardHeaders(
  delivery: Delivery,
  endpoint: WebhookEndpoint,
  now: Date,
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': delivery.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(
      signingSecrets(endpoint, now),
      delivery.id,
      timestamp,
      delivery.text ?? '',
    ),
  };
}

export interface AttemptResult {
  statusCode: number | null;
  responseTimeMs: number;
  error: string | null;
}

/**
 * Records one attempt of a subscription delivery and decides what follows (in the result's
 * transaction): sent; retried on the 3-day schedule; or, once the window is over, FAILED and the
 * endpoint disabled, its organization's administrators told by mail. Returns the new status.
 */
export async function recordWebhookAttempt(
  em: EntityManager,
  row: Delivery,
  result: AttemptResult,
  deps: { clock: Clock; ids: IdGenerator; random?: () => number },
): Promise<void> {
  const now = deps.clock.now();
  // Attempts in the current window, this one included (counted before it is written).
  const windowStart = row.retryFrom ?? row.createdAt;
  const inWindow =
    (await em.count(WebhookAttempt, { deliveryId: row.id, attemptedAt: { $gte: windowStart } })) + 1;
  em.persist(
    Object.assign(new WebhookAttempt(), {
      id: deps.ids.uuid(),
      deliveryId: row.id,
      attemptedAt: now,
      statusCode: result.statusCode,
      responseTimeMs: Math.round(result.responseTimeMs),
      error: result.error?.slice(0, 500) ?? null,
    }),
  );
  if (result.error === null) return;
  const next = nextWebhookAttemptAt(windowStart, inWindow, now, deps.random);
  if (next) {
    row.nextAttemptAt = next;
    return;
  }
  row.status = 'FAILED';
  await disableEndpoint(em, row.endpointId, `deliveries failed for 3 days (last: ${result.error})`, deps);
}

/** Turns the endpoint off and mails its organization's administrators (a partner's notification address if none is known). */
export async function disableEndpoint(
  em: EntityManager,
  endpointId: string,
  reason: string,
  deps: { clock: Clock; ids: IdGenerator },
): Promise<void> {
  const endpoint = await em.findOne(WebhookEndpoint, { id: endpointId });
  if (!endpoint?.enabled) return;
  const now = deps.clock.now();
  Object.assign(endpoint, { enabled: false, disabledReason: reason.slice(0, 255), updatedAt: now });
  let recipients = await administratorEmails(em, endpoint.organizationId);
  if (recipients.length === 0) {
    const partner = await em.findOne(PartnerContact, { organizationId: endpoint.organizationId });
    recipients = partner ? [partner.notificationEmail] : [];
  }
  const eventId = deps.ids.uuid();
  for (const to of recipients)
    em.persist(
      Object.assign(new Delivery(), {
        id: deps.ids.uuid(),
        organizationId: endpoint.organizationId,
        eventId,
        eventType: ENDPOINT_DISABLED_EVENT,
        channel: 'EMAIL' as const,
        recipient: to,
        subject: `Webhook endpoint disabled: ${endpoint.url}`.slice(0, 255),
        text:
          `Deliveries to your webhook endpoint ${endpoint.url} (${endpoint.description || 'no description'}) ` +
          `failed for 3 days, so it was disabled and receives no events.\n\nLast error: ${reason}\n\n` +
          'Fix the endpoint, enable it again under webhook subscriptions, and redeliver what it missed.',
        nextAttemptAt: now,
        createdAt: now,
      }),
    );
}
