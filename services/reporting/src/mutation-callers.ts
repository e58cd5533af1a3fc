import type { MutationCallers } from '@bc/platform';
import type { MutationResolvers } from './__generated__/resolvers.ts';

/**
 * Who may call each reporting mutation (see `@bc/platform` callers.ts); `guardMutations` in
 * resolvers.ts enforces it. Custom reports and exports belong to the caller's own organization.
 */
export const mutationCallers: MutationCallers<keyof MutationResolvers & string> = {
  saveCustomReport: ['CUSTOMER', 'PARTNER'],
  selectCustomReportColumns: ['CUSTOMER', 'PARTNER'],
  deleteCustomReport: ['CUSTOMER', 'PARTNER'],
  exportReport: ['CUSTOMER', 'PARTNER'],
  rebuildReadModels: ['OPERATOR'],
};
