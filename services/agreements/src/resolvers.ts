import { DateTimeScalar, decimalAmount, guardMutations, MinorUnitsScalar } from '@bc/platform';
import type { MutationResolvers, Resolvers } from './__generated__/resolvers.ts';
import { findAgreement, findAgreements, updateAnniversaryMonth } from './agreements/agreements.ts';
import {
  declineSalesPackage,
  declineSalesPackageWithLink,
  draftSalesPackage,
  recordPaperSignature,
  salesPackageForSigning,
  sendSalesPackage,
  signSalesPackage,
  signSalesPackageWithLink,
  updateSalesPackage,
} from './agreements/sales-packages.ts';
import { signedCopyContent, signedCopyOf } from './agreements/signed-copy-document.ts';
import type { AgreementsContext } from './context.ts';
import { canSeeAgreement, canSeeOrder, canSeePurchasingAccount } from './customers/access.ts';
import { mutationCallers } from './mutation-callers.ts';
import { findOrder, findOrders, placeOrder } from './orders/orders.ts';
import type { Money } from './orders/price-protection.ts';
import {
  findPurchasingAccount,
  findPurchasingAccounts,
  updatePurchasingAccount,
} from './purchasing-accounts/purchasing-accounts.ts';

const money = (m: Money) => ({ ...m, amount: decimalAmount(m.amountMinor, m.currency) });

/** Thin: every resolver hands over to its feature module; lists below an entity go through loaders. */
export const resolvers: Resolvers<AgreementsContext> = {
  MinorUnits: MinorUnitsScalar,
  DateTime: DateTimeScalar,
  Query: {
    purchasingAccounts: (_, args, ctx) => findPurchasingAccounts(ctx, args.customerId, args),
    purchasingAccount: (_, { id }, ctx) => findPurchasingAccount(ctx, id),
    agreements: (_, args, ctx) => findAgreements(ctx, args.filter, args),
    agreement: (_, { id }, ctx) => findAgreement(ctx, id),
    salesPackageForSigning: (_, { token }, ctx) => salesPackageForSigning(ctx, token),
    orders: (_, args, ctx) => findOrders(ctx, args.filter, args),
    order: (_, { id }, ctx) => findOrder(ctx, id),
  },
  // Who may call each mutation is declared once, in mutation-callers.ts, and checked before it runs.
  Mutation: guardMutations<MutationResolvers<AgreementsContext>>(mutationCallers, {
    draftSalesPackage: (_, { input, idempotencyKey }, ctx) => draftSalesPackage(ctx, input, idempotencyKey),
    updateSalesPackage: (_, { input, idempotencyKey }, ctx) => updateSalesPackage(ctx, input, idempotencyKey),
    sendSalesPackage: (_, { id, idempotencyKey }, ctx) => sendSalesPackage(ctx, id, idempotencyKey),
    signSalesPackage: (_, { id, signer }, ctx) => signSalesPackage(ctx, id, signer),
    signSalesPackageWithLink: (_, { token, signer }, ctx) => signSalesPackageWithLink(ctx, token, signer),
    recordPaperSignature: (_, { id, signer, idempotencyKey }, ctx) =>
      recordPaperSignature(ctx, id, signer, idempotencyKey),
    declineSalesPackage: (_, { id, reason }, ctx) => declineSalesPackage(ctx, id, reason),
    declineSalesPackageWithLink: (_, { token, reason }, ctx) =>
      declineSalesPackageWithLink(ctx, token, reason),
    updateAnniversaryMonth: (_, { agreementId, anniversaryMonth }, ctx) =>
      updateAnniversaryMonth(ctx, agreementId, anniversaryMonth),
    updatePurchasingAccount: (_, { input }, ctx) => updatePurchasingAccount(ctx, input),
    placeOrder: (_, { input, idempotencyKey }, ctx) => placeOrder(ctx, input, idempotencyKey),
  }),
  PurchasingAccount: {
    __resolveReference: async (ref, ctx) => {
      const account = await ctx.loaders.purchasingAccounts.load(ref.id);
      const user = ctx.identity.user;
      return account && user && (await canSeePurchasingAccount(ctx.em, user, account)) ? account : null;
    },
    agreements: async (account, _, ctx) => {
      const user = ctx.identity.user!;
      return (await ctx.loaders.agreementsByPurchasingAccount.load(account.id)).filter((a) =>
        canSeeAgreement(user, a),
      );
    },
    orders: async (account, _, ctx) => {
      const user = ctx.identity.user!;
      return (await ctx.loaders.ordersByPurchasingAccount.load(account.id)).filter((o) =>
        canSeeOrder(user, o),
      );
    },
  },
  Agreement: {
    __resolveReference: async (ref, ctx) => {
      const agreement = await ctx.loaders.agreements.load(ref.id);
      return agreement && ctx.identity.user && canSeeAgreement(ctx.identity.user, agreement)
        ? agreement
        : null;
    },
    purchasingAccount: async (agreement, _, ctx) =>
      (await ctx.loaders.purchasingAccounts.load(agreement.purchasingAccountId))!,
    signedCopy: (agreement, _, ctx) => signedCopyOf(ctx, agreement),
  },
  Document: {
    contentBase64: (document, _, ctx) => signedCopyContent(ctx, document),
  },
  Order: {
    __resolveReference: async (ref, ctx) => {
      const order = await ctx.loaders.orders.load(ref.id);
      return order && ctx.identity.user && canSeeOrder(ctx.identity.user, order) ? order : null;
    },
    purchasingAccount: async (order, _, ctx) =>
      (await ctx.loaders.purchasingAccounts.load(order.purchasingAccountId))!,
    agreement: async (order, _, ctx) => (await ctx.loaders.agreements.load(order.agreementId))!,
    lines: (order) =>
      order.lines.map((l) => ({
        ...l,
        unitPrice: money(l.unitPrice),
        listUnitPrice: money(l.listUnitPrice),
        total: money({ amountMinor: l.unitPrice.amountMinor * l.quantity, currency: l.unitPrice.currency }),
      })),
    total: (order) => money({ amountMinor: order.totalMinor, currency: order.currency }),
  },
};
