import {
  clientReaches,
  forbidden,
  type Permission,
  partnerServes,
  type RequestIdentity,
  requirePermission,
  type UserIdentity,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import type { Agreement } from '../agreements/agreement.ts';
import type { Order } from '../orders/order.ts';
import type { PurchasingAccount } from '../purchasing-accounts/purchasing-account.ts';

/**
 * Tenant rules of agreements. A customer sees its own organization's purchasing accounts, sent or
 * decided agreements and orders. A partner sees the agreements it drafted, the orders it placed and
 * the purchasing accounts of its customers (and of its own drafts). Operators see none of it.
 */
export function requireReader(identity: RequestIdentity, permission: Permission): UserIdentity {
  const user = requirePermission(identity, permission);
  if (user.organizationKind === 'OPERATOR') throw forbidden('Operators do not read customer agreements');
  return user;
}

/** Partner actions (draft, send, paper signature, orders): partner users who may edit agreements. */
export function requirePartnerSeller(identity: RequestIdentity): UserIdentity {
  const user = requirePermission(identity, 'EDIT_ACTIVE_AGREEMENTS');
  if (user.organizationKind !== 'PARTNER')
    throw forbidden('Only partners create sales packages and place orders');
  return user;
}

export function canSeeAgreement(user: UserIdentity, agreement: Agreement): boolean {
  if (user.organizationKind === 'PARTNER')
    return (
      agreement.partnerOrganizationId === user.organizationId && clientReaches(user, agreement.organizationId)
    );
  return agreement.organizationId === user.organizationId && agreement.status !== 'DRAFT';
}

export function canSeeOrder(user: UserIdentity, order: Order): boolean {
  if (user.organizationKind === 'PARTNER')
    return order.partnerOrganizationId === user.organizationId && clientReaches(user, order.organizationId);
  return order.organizationId === user.organizationId;
}

export async function canSeePurchasingAccount(
  em: EntityManager,
  user: UserIdentity,
  account: PurchasingAccount,
): Promise<boolean> {
  if (user.organizationKind === 'PARTNER')
    return (
      clientReaches(user, account.organizationId) &&
      partnerServes(em, user.organizationId, account.organizationId)
    );
  return account.organizationId === user.organizationId;
}
