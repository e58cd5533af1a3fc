import type { PartnerPermission } from './partner-permission.ts';

/** The `benefits.partner-permission.changed.v1` payload: the permission as it is now (BEN-7). */
export function partnerPermissionChangedPayload(p: PartnerPermission) {
  return {
    permissionId: p.id,
    partnerOrganizationId: p.partnerOrganizationId,
    customerOrganizationId: p.customerOrganizationId,
    customerName: p.customerName,
    status: p.status,
  };
}
