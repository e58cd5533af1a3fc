import { DateTimeScalar } from '@bc/platform';
import type { Resolvers } from './__generated__/resolvers.ts';
import type { NotificationsContext } from './context.ts';
import { deliveryLog, mailbox } from './deliveries/delivery-log.ts';

export const resolvers: Resolvers<NotificationsContext> = {
  DateTime: DateTimeScalar,
  Query: {
    deliveryLog: (_, args, ctx) => deliveryLog(ctx, args.filter, args),
    mailbox: (_, args, ctx) => mailbox(ctx, args.recipient, args),
    webhookSigningKeys: (_, __, ctx) => JSON.stringify(ctx.webhookKeys()),
  },
};
