import { DateTimeScalar, guardMutations } from '@bc/platform';
import type { MutationResolvers, Resolvers } from './__generated__/resolvers.ts';
import type { NotificationsContext } from './context.ts';
import { deliveryLog, mailbox } from './deliveries/delivery-log.ts';
import { mutationCallers } from './mutation-callers.ts';
import {
  attemptLog,
  createWebhookEndpoint,
  endpointDeliveries,
  pingWebhookEndpoint,
  redeliverWebhook,
  redeliverWebhooksSince,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  webhookEndpoint,
  webhookEndpoints,
  webhookEventTypes,
} from './subscriptions/endpoints-api.ts';

export const resolvers: Resolvers<NotificationsContext> = {
  DateTime: DateTimeScalar,
  Query: {
    deliveryLog: (_, args, ctx) => deliveryLog(ctx, args.filter, args),
    mailbox: (_, args, ctx) => mailbox(ctx, args.recipient, args),
    webhookSigningKeys: (_, __, ctx) => JSON.stringify(ctx.webhookKeys()),
    webhookEndpoints: (_, __, ctx) => webhookEndpoints(ctx),
    webhookEndpoint: (_, args, ctx) => webhookEndpoint(ctx, args.id),
    webhookEventTypes: (_, __, ctx) => webhookEventTypes(ctx),
  },
  Mutation: guardMutations<MutationResolvers<NotificationsContext>>(mutationCallers, {
    createWebhookEndpoint: (_, args, ctx) => createWebhookEndpoint(ctx, args.input),
    updateWebhookEndpoint: (_, args, ctx) => updateWebhookEndpoint(ctx, args.id, args.input),
    rotateWebhookSecret: (_, args, ctx) => rotateWebhookSecret(ctx, args.id),
    pingWebhookEndpoint: (_, args, ctx) => pingWebhookEndpoint(ctx, args.id),
    redeliverWebhook: (_, args, ctx) => redeliverWebhook(ctx, args.deliveryId),
    redeliverWebhooksSince: (_, args, ctx) => redeliverWebhooksSince(ctx, args.endpointId, args.since),
  }),
  WebhookEndpoint: {
    deliveries: (endpoint, args, ctx) => endpointDeliveries(ctx, endpoint, args.status, args),
  },
  WebhookDelivery: {
    nextAttemptAt: (delivery) => (delivery.status === 'PENDING' ? delivery.nextAttemptAt : null),
    attemptLog: (delivery, _, ctx) => attemptLog(ctx, delivery),
  },
};
