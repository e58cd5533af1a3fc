import { agreements as events } from '@bc/contracts';
import {
  type ConnectionArgs,
  clientCustomerFilter,
  conflict,
  containsText,
  filterText,
  findPage,
  notFound,
  requirePermission,
} from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { AgreementsContext } from '../context.ts';
import { canSeeAgreement, requireReader } from '../customers/access.ts';
import { PurchasingAccount } from '../purchasing-accounts/purchasing-account.ts';
import { Agreement, type AgreementStatus } from './agreement.ts';
import { agreementChangedPayload } from './events.ts';
import { requireDate, requireMonth } from './rules.ts';

export interface AgreementFilter {
  purchasingAccountId?: string | null;
  purchasingAccountName?: string | null;
  purchasingAccountNumber?: string | null;
  agreementNumber?: string | null;
  startDateFrom?: string | null;
  startDateTo?: string | null;
  status?: AgreementStatus | null;
  location?: string | null;
}

/** AGR-3: every filter alone or combined; purchasing-account filters resolve to account ids first. */
export async function findAgreements(
  ctx: AgreementsContext,
  filter: AgreementFilter | null | undefined,
  args: ConnectionArgs,
) {
  const user = requireReader(ctx.identity, 'VIEW_AGREEMENTS');
  const where: FilterQuery<Agreement> =
    user.organizationKind === 'PARTNER'
      ? { partnerOrganizationId: user.organizationId, ...clientCustomerFilter(user, 'organizationId') }
      : { organizationId: user.organizationId, status: { $ne: 'DRAFT' } };
  const f = filter ?? {};
  const agreementNumber = filterText('agreementNumber', f.agreementNumber);
  const accountNumber = filterText('purchasingAccountNumber', f.purchasingAccountNumber);
  const location = filterText('location', f.location);
  const accountName = filterText('purchasingAccountName', f.purchasingAccountName);
  if (agreementNumber) where.number = agreementNumber.toUpperCase();
  if (f.status) where.status = f.status;
  const start: Record<string, string> = {};
  if (f.startDateFrom) start.$gte = requireDate('startDateFrom', f.startDateFrom);
  if (f.startDateTo) start.$lte = requireDate('startDateTo', f.startDateTo);
  if (Object.keys(start).length) where.startDate = start;
  const accountWhere: FilterQuery<PurchasingAccount> = {};
  if (f.purchasingAccountId) accountWhere.id = f.purchasingAccountId;
  if (accountNumber) accountWhere.number = accountNumber.toUpperCase();
  if (location) accountWhere.location = location.toUpperCase();
  if (accountName) Object.assign(accountWhere, containsText('name', accountName));
  // Own keys, not Object.keys: a raw condition (containsText) is keyed by a symbol.
  if (Reflect.ownKeys(accountWhere).length > 0) {
    const accounts = await ctx.em.find(PurchasingAccount, accountWhere, { fields: ['id'] });
    where.purchasingAccountId = { $in: accounts.map((a) => a.id) };
  }
  // The agreement number is unique: it breaks ties between agreements starting on the same day.
  return findPage(ctx.em, Agreement, where, args, [
    ['startDate', 'desc'],
    ['number', 'asc'],
  ]);
}

export async function findAgreement(ctx: AgreementsContext, id: string): Promise<Agreement | null> {
  const user = requireReader(ctx.identity, 'VIEW_AGREEMENTS');
  const agreement = await ctx.loaders.agreements.load(id);
  return agreement && canSeeAgreement(user, agreement) ? agreement : null;
}

/** AGR-4: the anniversary month of an active (signed) agreement, by EDIT_ACTIVE_AGREEMENTS. */
export async function updateAnniversaryMonth(
  ctx: AgreementsContext,
  id: string,
  month: number,
): Promise<Agreement> {
  const user = requirePermission(ctx.identity, 'EDIT_ACTIVE_AGREEMENTS');
  const anniversaryMonth = requireMonth('anniversaryMonth', month);
  return ctx.tx(async ({ em, emit }) => {
    const agreement = await em.findOne(Agreement, { id });
    if (!agreement || !canSeeAgreement(user, agreement)) throw notFound('Agreement');
    if (agreement.status !== 'SIGNED')
      throw conflict('agreementId', 'only active (signed) agreements can be edited');
    if (agreement.anniversaryMonth === anniversaryMonth) return agreement;
    agreement.anniversaryMonth = anniversaryMonth;
    agreement.updatedAt = ctx.clock.now();
    emit(events.agreementChanged, agreementChangedPayload(agreement, ['anniversaryMonth']));
    return agreement;
  });
}
