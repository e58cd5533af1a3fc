import {
  clientReaches,
  forbidden,
  notFound,
  type RequestIdentity,
  requireUser,
  type UserIdentity,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { Organization, PartnerRelationship } from './organization.ts';

/** ACC-9: is the caller's organization the partner of record of this customer? */
export async function isPartnerOf(
  em: EntityManager,
  partnerId: string,
  customerId: string,
): Promise<boolean> {
  return (
    (await em.count(PartnerRelationship, {
      partnerOrganizationId: partnerId,
      customerOrganizationId: customerId,
    })) > 0
  );
}

/** Tenant rule: a caller sees its own organization, a partner its customers, the operator everything. */
export async function canSeeOrganization(
  em: EntityManager,
  user: UserIdentity | null,
  orgId: string,
): Promise<boolean> {
  if (!user) return false;
  if (user.organizationKind === 'OPERATOR' || user.organizationId === orgId) return true;
  if (user.organizationKind === 'PARTNER')
    return clientReaches(user, orgId) && isPartnerOf(em, user.organizationId, orgId);
  return isPartnerOf(em, orgId, user.organizationId);
}

/** For partner-of-record actions (resend / change the domain administrator): partner or operator. */
export async function requirePartnerOfRecordOrOperator(
  em: EntityManager,
  identity: RequestIdentity,
  customerId: string,
): Promise<{ user: UserIdentity; customer: Organization }> {
  const user = requireUser(identity);
  const customer = await em.findOne(Organization, { id: customerId, kind: 'CUSTOMER' });
  if (user.organizationKind === 'OPERATOR') {
    if (!customer) throw notFound('Organization');
    return { user, customer };
  }
  if (user.organizationKind !== 'PARTNER') throw forbidden('Only the partner of record can do this');
  if (
    !customer ||
    !clientReaches(user, customerId) ||
    !(await isPartnerOf(em, user.organizationId, customerId))
  )
    throw notFound('Organization');
  return { user, customer };
}
