import { agreements as events } from '@bc/contracts';
import {
  type ConnectionArgs,
  CustomerLink,
  clientCustomerFilter,
  clientReaches,
  conflict,
  findPage,
  notFound,
  requirePermission,
} from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import { Agreement } from '../agreements/agreement.ts';
import { agreementChangedPayload } from '../agreements/events.ts';
import { requireAddress, requireContacts } from '../agreements/rules.ts';
import type { AgreementsContext } from '../context.ts';
import { canSeePurchasingAccount, requireReader } from '../customers/access.ts';
import { purchasingAccountChangedPayload } from './events.ts';
import { type Address, type Contact, PurchasingAccount } from './purchasing-account.ts';

/** AGR-1: a customer's purchasing accounts, or a partner's customers' (optionally one customer). */
export async function findPurchasingAccounts(
  ctx: AgreementsContext,
  customerId: string | null | undefined,
  args: ConnectionArgs,
) {
  const user = requireReader(ctx.identity, 'VIEW_AGREEMENTS');
  let where: FilterQuery<PurchasingAccount>;
  if (user.organizationKind === 'PARTNER') {
    const links = await ctx.em.find(
      CustomerLink,
      {
        partnerOrganizationId: user.organizationId,
        // API-1: a partner's API client names only its chosen customers (another matches nothing).
        ...(customerId
          ? { customerOrganizationId: clientReaches(user, customerId) ? customerId : { $in: [] } }
          : clientCustomerFilter(user, 'customerOrganizationId')),
      },
      { fields: ['customerOrganizationId'] },
    );
    where = { organizationId: { $in: links.map((l) => l.customerOrganizationId) } };
  } else {
    where = { organizationId: user.organizationId };
  }
  return findPage(ctx.em, PurchasingAccount, where, args, [
    ['name', 'asc'],
    ['id', 'asc'],
  ]);
}

export async function findPurchasingAccount(
  ctx: AgreementsContext,
  id: string,
): Promise<PurchasingAccount | null> {
  const user = requireReader(ctx.identity, 'VIEW_AGREEMENTS');
  const account = await ctx.loaders.purchasingAccounts.load(id);
  return account && (await canSeePurchasingAccount(ctx.em, user, account)) ? account : null;
}

/**
 * AGR-4: address and contacts of a purchasing account under an active agreement, by
 * EDIT_ACTIVE_AGREEMENTS of the customer (or its partner).
 */
export async function updatePurchasingAccount(
  ctx: AgreementsContext,
  input: { id: string; address?: Address | null; contacts?: Contact[] | null },
): Promise<PurchasingAccount> {
  const user = requirePermission(ctx.identity, 'EDIT_ACTIVE_AGREEMENTS');
  const address = input.address ? requireAddress('address', input.address) : null;
  const contacts = input.contacts ? requireContacts('contacts', input.contacts) : null;
  return ctx.tx(async ({ em, emit }) => {
    const account = await em.findOne(PurchasingAccount, { id: input.id });
    if (!account || !(await canSeePurchasingAccount(em, user, account))) throw notFound('Purchasing account');
    const active = await em.find(Agreement, { purchasingAccountId: account.id, status: 'SIGNED' });
    if (active.length === 0) throw conflict('id', 'the purchasing account has no active agreement to edit');
    const changes: string[] = [];
    if (address) {
      account.address = address;
      account.location = address.country;
      changes.push('purchasingAccount.address');
    }
    if (contacts) {
      account.contacts = contacts;
      changes.push('purchasingAccount.contacts');
    }
    account.updatedAt = ctx.clock.now();
    emit(events.purchasingAccountChanged, purchasingAccountChangedPayload(account));
    for (const agreement of active)
      emit(events.agreementChanged, agreementChangedPayload(agreement, changes));
    return account;
  });
}
