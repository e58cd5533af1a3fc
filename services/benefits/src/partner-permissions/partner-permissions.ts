import { benefits as events } from '@bc/contracts';
import {
  badInput,
  CustomerLink,
  clientCustomerFilter,
  clientReaches,
  conflict,
  forbidden,
  notFound,
  requirePermission,
  type UserIdentity,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import type { BenefitsContext } from '../context.ts';
import { partnerPermissionChangedPayload } from './events.ts';
import { PartnerPermission, type PermissionStatus } from './partner-permission.ts';

/** BEN-7: a partner asks one of its customers for permission to manage benefits. */
export async function requestBenefitPermission(
  ctx: BenefitsContext,
  customerId: string,
): Promise<PartnerPermission> {
  const partner = requirePermission(ctx.identity, 'MANAGE_BENEFITS');
  if (partner.organizationKind !== 'PARTNER') throw forbidden('Only partners request benefit permissions');
  return ctx.tx(async ({ em, emit }) => {
    const link = await em.findOne(CustomerLink, {
      partnerOrganizationId: partner.organizationId,
      customerOrganizationId: customerId,
    });
    if (!link) throw notFound('Customer');
    const open = await em.findOne(PartnerPermission, {
      partnerOrganizationId: partner.organizationId,
      customerOrganizationId: customerId,
      status: { $in: ['PENDING', 'APPROVED'] },
    });
    if (open) throw conflict('customerId', `a ${open.status.toLowerCase()} permission already exists`);
    const permission = Object.assign(new PartnerPermission(), {
      id: ctx.ids.uuid(),
      partnerOrganizationId: partner.organizationId,
      customerOrganizationId: customerId,
      customerName: link.customerName,
      status: 'PENDING' as const,
      requestedAt: ctx.clock.now(),
    });
    em.persist(permission);
    emit(events.partnerPermissionChanged, partnerPermissionChangedPayload(permission));
    return permission;
  });
}

const NEXT: Record<string, PermissionStatus[]> = { PENDING: ['APPROVED', 'DENIED'], APPROVED: ['REMOVED'] };

/** BEN-7: the customer approves or denies a pending request, or removes an approved permission. */
export async function decideBenefitPermission(
  ctx: BenefitsContext,
  id: string,
  status: 'APPROVED' | 'DENIED' | 'REMOVED',
) {
  const customer = requirePermission(ctx.identity, 'MANAGE_BENEFITS');
  if (customer.organizationKind !== 'CUSTOMER')
    throw forbidden('Only the customer decides on benefit permissions');
  return ctx.tx(async ({ em, emit }) => {
    const permission = await em.findOne(PartnerPermission, {
      id,
      customerOrganizationId: customer.organizationId,
    });
    if (!permission) throw notFound('Benefit permission');
    if (!(NEXT[permission.status] ?? []).includes(status)) {
      throw conflict(
        'id',
        `a ${permission.status.toLowerCase()} permission cannot become ${status.toLowerCase()}`,
      );
    }
    permission.status = status;
    permission.decidedAt = ctx.clock.now();
    emit(events.partnerPermissionChanged, partnerPermissionChangedPayload(permission));
    return permission;
  });
}

export async function benefitPermissions(ctx: BenefitsContext) {
  const user = requirePermission(ctx.identity, 'MANAGE_BENEFITS');
  const where =
    user.organizationKind === 'PARTNER'
      ? {
          partnerOrganizationId: user.organizationId,
          ...clientCustomerFilter(user, 'customerOrganizationId'),
        }
      : { customerOrganizationId: user.organizationId };
  return ctx.em.find(PartnerPermission, where, { orderBy: { requestedAt: 'desc', id: 'asc' } });
}

/**
 * The organization a benefits read or change acts on: the caller's own (a customer may name itself
 * or nobody), or, for a partner, the customer named by `customerId` when that customer approved it
 * (BEN-7). A removed or denied permission stops working at once: it is checked on every call.
 * Changing needs MANAGE_BENEFITS, reading VIEW_LICENSES, in the caller's own organization.
 */
export async function actingOrganization(
  ctx: BenefitsContext,
  customerId: string | null | undefined,
  /** Inside a transaction, its EntityManager: SQLite's one connection is held by it. */
  em: EntityManager = ctx.em,
  permission: 'MANAGE_BENEFITS' | 'VIEW_LICENSES' = 'MANAGE_BENEFITS',
): Promise<{ user: UserIdentity; organizationId: string }> {
  const user = requirePermission(ctx.identity, permission);
  if (user.organizationKind === 'CUSTOMER') {
    // Naming another organization is a mistake or a probe: refuse it rather than answer for the caller.
    if (customerId && customerId !== user.organizationId)
      throw forbidden('Customers manage only their own benefits');
    return { user, organizationId: user.organizationId };
  }
  if (user.organizationKind !== 'PARTNER')
    throw forbidden('Only customers and their approved partners manage benefits');
  if (!customerId) throw badInput('customerId', 'partners name the customer they act for');
  if (!clientReaches(user, customerId)) throw forbidden('This API client does not act for that customer');
  const approved = await em.count(PartnerPermission, {
    partnerOrganizationId: user.organizationId,
    customerOrganizationId: customerId,
    status: 'APPROVED',
  });
  if (approved === 0) throw forbidden('The customer has not given you permission to manage its benefits');
  return { user, organizationId: customerId };
}

/** The organization a benefits read is for (see `actingOrganization`). */
export async function readingOrganization(ctx: BenefitsContext, customerId: string | null | undefined) {
  return actingOrganization(ctx, customerId, ctx.em, 'VIEW_LICENSES');
}
