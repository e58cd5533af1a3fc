import {
  badInput,
  type ConnectionArgs,
  checkOutboundUrl,
  conflict,
  findPage,
  notFound,
  type OutboundPolicy,
  OutboundRefused,
  requirePermission,
} from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { NotificationsContext } from '../context.ts';
import { Delivery, type DeliveryStatus } from '../deliveries/delivery.ts';
import { DELIVERY_ORDER } from '../deliveries/delivery-log.ts';
import { WebhookAttempt, WebhookEndpoint } from './endpoint.ts';
import { subscribableEvents, subscribableTypes } from './event-types.ts';
import { pingDelivery } from './fan-out.ts';
import { newWebhookSecret } from './signature.ts';

/** API-3: how long the secret before a rotation keeps signing. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60_000;
export const MAX_ENDPOINTS = 20;

type EndpointInput = {
  url?: string | null;
  description?: string | null;
  eventTypes?: readonly string[] | null;
  enabled?: boolean | null;
};

/** Endpoints are an organization's own settings: its account administrators manage them. */
const owner = (ctx: NotificationsContext) => requirePermission(ctx.identity, 'MANAGE_ORGANIZATION');

async function checkedUrl(raw: string, policy: OutboundPolicy): Promise<string> {
  if (raw.length > 2000) throw badInput('url', 'must be at most 2000 characters');
  try {
    return (await checkOutboundUrl(raw.trim(), policy)).url.toString();
  } catch (error) {
    if (error instanceof OutboundRefused) throw badInput('url', error.reason);
    throw error;
  }
}

function checkedTypes(types: readonly string[]): string[] {
  const unknown = types.filter((t) => !subscribableTypes.has(t));
  if (unknown.length) throw badInput('eventTypes', `not a subscribable event type: ${unknown.join(', ')}`);
  if (types.length === 0) throw badInput('eventTypes', 'choose at least one event type');
  return [...new Set(types)];
}

function checkedDescription(text: string | null | undefined): string {
  const value = (text ?? '').trim();
  if (value.length > 500) throw badInput('description', 'must be at most 500 characters');
  return value;
}

async function ownEndpoint(ctx: NotificationsContext, id: string): Promise<WebhookEndpoint> {
  const user = owner(ctx);
  const endpoint = await ctx.em.findOne(WebhookEndpoint, { id, organizationId: user.organizationId });
  if (!endpoint) throw notFound('Webhook endpoint');
  return endpoint;
}

export const webhookEndpoints = (ctx: NotificationsContext) =>
  ctx.em.find(
    WebhookEndpoint,
    { organizationId: owner(ctx).organizationId },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );

export async function webhookEndpoint(ctx: NotificationsContext, id: string) {
  const user = owner(ctx);
  return ctx.em.findOne(WebhookEndpoint, { id, organizationId: user.organizationId });
}

export function webhookEventTypes(ctx: NotificationsContext) {
  owner(ctx);
  return subscribableEvents.map((e) => ({ type: e.contract.type, description: e.description }));
}

export async function createWebhookEndpoint(
  ctx: NotificationsContext,
  input: EndpointInput & { url: string },
) {
  const user = owner(ctx);
  const url = await checkedUrl(input.url, ctx.webhookPolicy);
  const eventTypes = checkedTypes(input.eventTypes ?? []);
  const description = checkedDescription(input.description);
  return ctx.tx(async ({ em }) => {
    if ((await em.count(WebhookEndpoint, { organizationId: user.organizationId })) >= MAX_ENDPOINTS)
      throw conflict('url', `An organization has at most ${MAX_ENDPOINTS} webhook endpoints`);
    const now = ctx.clock.now();
    const endpoint = Object.assign(new WebhookEndpoint(), {
      id: ctx.ids.uuid(),
      organizationId: user.organizationId,
      url,
      description,
      eventTypes,
      enabled: input.enabled ?? true,
      secret: newWebhookSecret(),
      createdAt: now,
      updatedAt: now,
    });
    em.persist(endpoint);
    return { endpoint, secret: endpoint.secret };
  });
}

export async function updateWebhookEndpoint(ctx: NotificationsContext, id: string, input: EndpointInput) {
  const endpoint = await ownEndpoint(ctx, id);
  const changes: Partial<WebhookEndpoint> = {};
  if (input.url != null) changes.url = await checkedUrl(input.url, ctx.webhookPolicy);
  if (input.eventTypes != null) changes.eventTypes = checkedTypes(input.eventTypes);
  if (input.description != null) changes.description = checkedDescription(input.description);
  if (input.enabled != null) {
    changes.enabled = input.enabled;
    changes.disabledReason = input.enabled ? null : 'disabled by an administrator';
  }
  return ctx.tx(async ({ em }) => {
    const row = await em.findOneOrFail(WebhookEndpoint, { id: endpoint.id });
    return Object.assign(row, changes, { updatedAt: ctx.clock.now() });
  });
}

export async function rotateWebhookSecret(ctx: NotificationsContext, id: string) {
  const endpoint = await ownEndpoint(ctx, id);
  return ctx.tx(async ({ em }) => {
    const row = await em.findOneOrFail(WebhookEndpoint, { id: endpoint.id });
    const now = ctx.clock.now();
    Object.assign(row, {
      previousSecret: row.secret,
      previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS),
      secret: newWebhookSecret(),
      updatedAt: now,
    });
    return { endpoint: row, secret: row.secret };
  });
}

const requireEnabled = (endpoint: WebhookEndpoint) => {
  if (!endpoint.enabled) throw conflict('enabled', 'The endpoint is disabled: enable it first');
};

export async function pingWebhookEndpoint(ctx: NotificationsContext, id: string) {
  const endpoint = await ownEndpoint(ctx, id);
  requireEnabled(endpoint);
  const delivery = await ctx.tx(async ({ em }) => {
    const row = pingDelivery(endpoint, ctx);
    em.persist(row);
    return row;
  });
  ctx.kickDeliveries();
  return delivery;
}

/** Due again now, a new 3-day window; the same row, so the same `webhook-id`. */
function redeliver(row: Delivery, now: Date) {
  Object.assign(row, {
    status: 'PENDING',
    nextAttemptAt: now,
    retryFrom: now,
    sentAt: null,
    lastError: null,
  });
}

export async function redeliverWebhook(ctx: NotificationsContext, deliveryId: string) {
  const user = owner(ctx);
  const found = await ctx.em.findOne(Delivery, {
    id: deliveryId,
    organizationId: user.organizationId,
    endpointId: { $ne: '' },
  });
  if (!found) throw notFound('Webhook delivery');
  requireEnabled(await ownEndpoint(ctx, found.endpointId));
  const delivery = await ctx.tx(async ({ em }) => {
    const row = await em.findOneOrFail(Delivery, { id: found.id });
    redeliver(row, ctx.clock.now());
    return row;
  });
  ctx.kickDeliveries();
  return delivery;
}

export async function redeliverWebhooksSince(ctx: NotificationsContext, endpointId: string, since: Date) {
  const endpoint = await ownEndpoint(ctx, endpointId);
  requireEnabled(endpoint);
  const count = await ctx.tx(async ({ em }) => {
    // Finished ones only: a pending delivery is already on its way (and may be in flight right now).
    const rows = await em.find(Delivery, {
      endpointId: endpoint.id,
      createdAt: { $gte: since },
      status: { $in: ['SENT', 'FAILED'] },
    });
    const now = ctx.clock.now();
    for (const row of rows) redeliver(row, now);
    return rows.length;
  });
  ctx.kickDeliveries();
  return count;
}

export function endpointDeliveries(
  ctx: NotificationsContext,
  endpoint: WebhookEndpoint,
  status: DeliveryStatus | null | undefined,
  args: ConnectionArgs,
) {
  owner(ctx);
  const where: FilterQuery<Delivery> = { endpointId: endpoint.id, organizationId: endpoint.organizationId };
  if (status) where.status = status;
  return findPage(ctx.em, Delivery, where, args, DELIVERY_ORDER);
}

export const attemptLog = (ctx: NotificationsContext, delivery: Delivery) =>
  ctx.em.find(WebhookAttempt, { deliveryId: delivery.id }, { orderBy: { attemptedAt: 'asc', id: 'asc' } });
