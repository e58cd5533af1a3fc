import type { MutationCallers } from '@bc/platform';
import type { MutationResolvers } from './__generated__/resolvers.ts';

/**
 * Who may call each inventory mutation (see `@bc/platform` callers.ts); `guardMutations` in
 * resolvers.ts enforces it. Self-provisioning is the customer's account manager's (INV-4); an
 * approved partner may "download software and view product keys" (BEN-7).
 */
export const mutationCallers: MutationCallers<keyof MutationResolvers & string> = {
  setUpOnlineService: ['CUSTOMER'],
  requestDownload: ['CUSTOMER', 'BENEFIT_PARTNER'],
};
