import type { MutationCallers } from '@bc/platform';
import type { MutationResolvers } from './__generated__/resolvers.ts';

/**
 * Who may call each benefits mutation (see `@bc/platform` callers.ts); `guardMutations` in
 * resolvers.ts enforces it. An approved partner does the BEN-7 list — domains, access codes, benefit
 * users, vouchers — and no more: support incidents and the permission decision stay the customer's.
 */
export const mutationCallers: MutationCallers<keyof MutationResolvers & string> = {
  addEligibleDomain: ['CUSTOMER', 'BENEFIT_PARTNER'],
  removeEligibleDomain: ['CUSTOMER', 'BENEFIT_PARTNER'],
  assignTrainingVoucher: ['CUSTOMER', 'BENEFIT_PARTNER'],
  revokeTrainingVoucher: ['CUSTOMER', 'BENEFIT_PARTNER'],
  addBenefitUser: ['CUSTOMER', 'BENEFIT_PARTNER'],
  editBenefitUser: ['CUSTOMER', 'BENEFIT_PARTNER'],
  deleteBenefitUser: ['CUSTOMER', 'BENEFIT_PARTNER'],
  resendBenefitInstructions: ['CUSTOMER', 'BENEFIT_PARTNER'],
  openSupportRequest: ['CUSTOMER'],
  // "The request to manage benefits must come from the partner"; the customer decides.
  requestBenefitPermission: ['PARTNER_OF_RECORD'],
  decideBenefitPermission: ['CUSTOMER'],
};
