import { requireUser } from '@bc/platform';
import type { Resolvers } from './__generated__/resolvers.ts';
import { benefitCatalog } from './catalog/benefit-catalog.ts';
import type { BenefitsContext } from './context.ts';
import { addEligibleDomain, removeEligibleDomain } from './domains/domains.ts';
import { benefitDetails, benefitGroups } from './entitlements/benefits-query.ts';

/** Thin: the feature modules do the work. */
export const resolvers: Resolvers<BenefitsContext> = {
  Query: {
    benefitCatalog: (_, __, ctx) => {
      requireUser(ctx.identity);
      return benefitCatalog;
    },
    benefitGroups: (_, args, ctx) => benefitGroups(ctx, args.purchasingAccountId),
    benefitDetails: (_, args, ctx) => benefitDetails(ctx, args.benefit, args.purchasingAccountId),
  },
  Mutation: {
    addEligibleDomain: (_, args, ctx) => addEligibleDomain(ctx, args.benefit, args.name),
    removeEligibleDomain: (_, { id }, ctx) => removeEligibleDomain(ctx, id),
  },
  BenefitDetails: {
    administratorInstructions: (d) => d.benefit.administratorInstructions,
    participantInstructions: (d) =>
      Object.entries(d.benefit.participantInstructions).map(([language, text]) => ({
        language,
        text: text.replace('{accessCode}', d.accessCode ?? '(add an eligible domain first)'),
      })),
  },
};
