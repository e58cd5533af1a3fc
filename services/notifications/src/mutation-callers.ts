import type { MutationCallers } from '@bc/platform';
import type { MutationResolvers } from './__generated__/resolvers.ts';

/**
 * Who may call each notifications mutation (see `@bc/platform` callers.ts); `guardMutations` in
 * resolvers.ts enforces it. Webhook endpoints belong to the caller's own organization (API-3).
 */
export const mutationCallers: MutationCallers<keyof MutationResolvers & string> = {
  createWebhookEndpoint: ['CUSTOMER', 'PARTNER'],
  updateWebhookEndpoint: ['CUSTOMER', 'PARTNER'],
  rotateWebhookSecret: ['CUSTOMER', 'PARTNER'],
  pingWebhookEndpoint: ['CUSTOMER', 'PARTNER'],
  redeliverWebhook: ['CUSTOMER', 'PARTNER'],
  redeliverWebhooksSince: ['CUSTOMER', 'PARTNER'],
};
