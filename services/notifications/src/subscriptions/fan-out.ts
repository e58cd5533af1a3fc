import { benefits, type EventEnvelope } from '@bc/contracts';
import type { Clock, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { Delivery } from '../deliveries/delivery.ts';
import { WebhookEndpoint } from './endpoint.ts';
import { audienceOf, PING_EVENT_TYPE, partnerNotificationTypes, subscribableTypes } from './event-types.ts';
import { newWebhookSecret } from './signature.ts';

type Deps = { clock: Clock; ids: IdGenerator };

/** A webhook delivery of `body` to one endpoint: one row per (event, endpoint), its id the stable `webhook-id`. */
export function webhookDelivery(
  endpoint: WebhookEndpoint,
  event: { id: string; type: string },
  body: string,
  deps: Deps,
): Delivery {
  const now = deps.clock.now();
  return Object.assign(new Delivery(), {
    id: deps.ids.uuid(),
    organizationId: endpoint.organizationId,
    endpointId: endpoint.id,
    eventId: event.id,
    eventType: event.type,
    channel: 'WEBHOOK' as const,
    recipient: endpoint.url,
    subject: event.type,
    text: body,
    nextAttemptAt: now,
    createdAt: now,
  });
}

/**
 * API-3: queues the event for every enabled endpoint that wants its type and belongs to an
 * organization that may see it (`audienceOf`), in the consumer's inbox transaction (exactly once).
 */
export async function queueWebhooks(
  em: EntityManager,
  event: EventEnvelope<unknown>,
  deps: Deps,
): Promise<void> {
  if (!subscribableTypes.has(event.type)) return;
  const audience = audienceOf(event);
  if (audience.length === 0) return;
  const endpoints = await em.find(WebhookEndpoint, { organizationId: { $in: audience }, enabled: true });
  const body = JSON.stringify(event);
  for (const endpoint of endpoints)
    if (endpoint.eventTypes.includes(event.type) && (!isLegacy(endpoint) || legacyReceives(event)))
      em.persist(webhookDelivery(endpoint, event, body, deps));
}

/** The endpoint the deprecated `webhookUrl` setting maps to (its id is the partner's organization id). */
export const isLegacy = (endpoint: WebhookEndpoint) => endpoint.id === endpoint.organizationId;

/**
 * The deprecated alias keeps exactly what the single URL received: benefit permissions only once
 * answered (NOT-2), not the partner's own pending request, which a subscription does receive.
 */
function legacyReceives(event: EventEnvelope<unknown>): boolean {
  if (event.type !== benefits.partnerPermissionChanged.type) return true;
  return (event.payload as { status?: string }).status !== 'PENDING';
}

/** API-3: a test event for one endpoint, sent like any other delivery. */
export function pingDelivery(endpoint: WebhookEndpoint, deps: Deps): Delivery {
  const id = deps.ids.uuid();
  const body = JSON.stringify({
    id,
    type: PING_EVENT_TYPE,
    version: 1,
    occurredAt: deps.clock.now().toISOString(),
    producer: 'notifications',
    tenant: endpoint.organizationId,
    key: endpoint.id,
    payload: { endpointId: endpoint.id },
  });
  return webhookDelivery(endpoint, { id, type: PING_EVENT_TYPE }, body, deps);
}

export const LEGACY_DESCRIPTION = 'Partner notifications (the deprecated webhookUrl setting)';

/**
 * The deprecated alias: a partner's `webhookUrl` (accounts' `partner.changed`) is the endpoint whose id
 * is the partner's organization id, subscribed to the NOT-2/NOT-3 types it always received. Setting
 * the URL creates or moves it (and enables it); clearing it disables it.
 */
export async function followLegacyWebhookUrl(
  em: EntityManager,
  organizationId: string,
  webhookUrl: string | null | undefined,
  deps: Deps,
): Promise<void> {
  const existing = await em.findOne(WebhookEndpoint, { id: organizationId });
  const now = deps.clock.now();
  if (!webhookUrl) {
    if (existing?.enabled)
      Object.assign(existing, { enabled: false, disabledReason: 'webhookUrl removed', updatedAt: now });
    return;
  }
  if (existing) {
    if (existing.url !== webhookUrl || !existing.enabled)
      Object.assign(existing, { url: webhookUrl, enabled: true, disabledReason: null, updatedAt: now });
    return;
  }
  em.persist(
    Object.assign(new WebhookEndpoint(), {
      id: organizationId,
      organizationId,
      url: webhookUrl,
      description: LEGACY_DESCRIPTION,
      eventTypes: [...partnerNotificationTypes],
      secret: newWebhookSecret(),
      createdAt: now,
      updatedAt: now,
    }),
  );
}
