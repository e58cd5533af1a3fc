import { DateTimeScalar, guardMutations, requireUser } from '@bc/platform';
import type { MutationResolvers, Resolvers } from './__generated__/resolvers.ts';
import {
  addBenefitUser,
  benefitUsers,
  deleteBenefitUser,
  editBenefitUser,
  resendBenefitInstructions,
} from './benefit-users/benefit-users.ts';
import { benefitCatalog } from './catalog/benefit-catalog.ts';
import type { BenefitsContext } from './context.ts';
import { addEligibleDomain, removeEligibleDomain } from './domains/domains.ts';
import { benefitDetails, benefitGroups } from './entitlements/benefits-query.ts';
import { mutationCallers } from './mutation-callers.ts';
import {
  benefitPermissions,
  decideBenefitPermission,
  requestBenefitPermission,
} from './partner-permissions/partner-permissions.ts';
import { openSupportRequest } from './support-requests/support-requests.ts';
import {
  assignTrainingVoucher,
  revokeTrainingVoucher,
  trainingVouchers,
  voucherInstructions,
} from './vouchers/vouchers.ts';

/** Thin: the feature modules do the work. */
export const resolvers: Resolvers<BenefitsContext> = {
  DateTime: DateTimeScalar,
  Query: {
    benefitCatalog: (_, __, ctx) => {
      requireUser(ctx.identity);
      return benefitCatalog;
    },
    benefitGroups: (_, args, ctx) => benefitGroups(ctx, args.purchasingAccountId, args.customerId),
    benefitDetails: (_, args, ctx) =>
      benefitDetails(ctx, args.benefit, args.purchasingAccountId, args.customerId),
    trainingVouchers: (_, args, ctx) =>
      trainingVouchers(ctx, args.purchasingAccountId, args.customerId, args),
    benefitUsers: (_, args, ctx) => benefitUsers(ctx, args.benefit, args.customerId, args),
    benefitPermissions: (_, __, ctx) => benefitPermissions(ctx),
    previewVoucherInstructions: (_, { language, days }, ctx) => {
      requireUser(ctx.identity);
      return voucherInstructions(language, days, 'TV-PREVIEW');
    },
  },
  // Who may call each mutation is declared once, in mutation-callers.ts, and checked before it runs.
  Mutation: guardMutations<MutationResolvers<BenefitsContext>>(mutationCallers, {
    addEligibleDomain: (_, args, ctx) => addEligibleDomain(ctx, args.benefit, args.name, args.customerId),
    removeEligibleDomain: (_, { id, customerId }, ctx) => removeEligibleDomain(ctx, id, customerId),
    assignTrainingVoucher: (_, { input, idempotencyKey }, ctx) =>
      assignTrainingVoucher(ctx, input, idempotencyKey),
    revokeTrainingVoucher: (_, { id, customerId }, ctx) => revokeTrainingVoucher(ctx, id, customerId),
    addBenefitUser: (_, { input }, ctx) => addBenefitUser(ctx, input),
    editBenefitUser: (_, { input }, ctx) => editBenefitUser(ctx, input),
    deleteBenefitUser: (_, { id, customerId }, ctx) => deleteBenefitUser(ctx, id, customerId),
    resendBenefitInstructions: (_, { id, customerId }, ctx) => resendBenefitInstructions(ctx, id, customerId),
    requestBenefitPermission: (_, { customerId }, ctx) => requestBenefitPermission(ctx, customerId),
    openSupportRequest: (_, { input, idempotencyKey }, ctx) => openSupportRequest(ctx, input, idempotencyKey),
    decideBenefitPermission: (_, { id, decision }, ctx) => decideBenefitPermission(ctx, id, decision),
  }),
  BenefitDetails: {
    administratorInstructions: (d) => d.benefit.administratorInstructions,
    participantInstructions: (d) =>
      Object.entries(d.benefit.participantInstructions).map(([language, text]) => ({
        language,
        text: text.replace('{accessCode}', d.accessCode ?? '(add an eligible domain first)'),
      })),
  },
};
