import { EntitySchema } from '@mikro-orm/core';

export type PermissionStatus = 'PENDING' | 'APPROVED' | 'DENIED' | 'REMOVED';

/** BEN-7: a partner's request to manage a customer's benefits, and the customer's decision. */
export class PartnerPermission {
  id!: string;
  partnerOrganizationId!: string;
  customerOrganizationId!: string;
  customerName!: string;
  status!: PermissionStatus;
  requestedAt!: Date;
  decidedAt: Date | null = null;
}

export const PartnerPermissionSchema = new EntitySchema<PartnerPermission>({
  class: PartnerPermission,
  tableName: 'partner_permission',
  indexes: [
    { properties: ['customerOrganizationId', 'status'] },
    // Named as MikroORM 6 named it (v7 hashes long names differently), so the migrated schema stays as is.
    {
      properties: ['partnerOrganizationId', 'customerOrganizationId'],
      name: 'partner_permission_partner_organization_id_custome_80239_index',
    },
  ],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    partnerOrganizationId: { type: 'string', length: 36 },
    customerOrganizationId: { type: 'string', length: 36 },
    customerName: { type: 'string' },
    status: { type: 'string', length: 16 },
    requestedAt: { type: 'datetime' },
    decidedAt: { type: 'datetime', nullable: true },
  },
});
