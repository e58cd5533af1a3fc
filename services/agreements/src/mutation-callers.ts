import type { MutationCallers } from '@bc/platform';
import type { MutationResolvers } from './__generated__/resolvers.ts';

/**
 * Who may call each agreements mutation (see `@bc/platform` callers.ts); `guardMutations` in
 * resolvers.ts enforces it. The partner of record drafts, sends and records sales packages and places
 * orders (AGR-2, AGR-5); only the customer signs or declines, and "customers can update the
 * anniversary month of the agreement, purchasing account address and purchasing account contact
 * information" (AGR-4): not the partner, whatever benefit permission it holds (BEN-7).
 */
export const mutationCallers: MutationCallers<keyof MutationResolvers & string> = {
  draftSalesPackage: ['PARTNER_OF_RECORD'],
  updateSalesPackage: ['PARTNER_OF_RECORD'],
  sendSalesPackage: ['PARTNER_OF_RECORD'],
  recordPaperSignature: ['PARTNER_OF_RECORD'],
  placeOrder: ['PARTNER_OF_RECORD'],
  signSalesPackage: ['CUSTOMER'],
  declineSalesPackage: ['CUSTOMER'],
  signSalesPackageWithLink: ['PUBLIC'],
  declineSalesPackageWithLink: ['PUBLIC'],
  updateAnniversaryMonth: ['CUSTOMER'],
  updatePurchasingAccount: ['CUSTOMER'],
};
