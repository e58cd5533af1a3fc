import { defineEntity, p } from '@mikro-orm/core';

export type PermissionStatus = 'PENDING' | 'APPROVED' | 'DENIED' | 'REMOVED';

export const PartnerPermissionSchema = defineEntity({
  name: 'PartnerPermission',
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
    id: p.string().length(36).primary(),
    partnerOrganizationId: p.string().length(36),
    customerOrganizationId: p.string().length(36),
    customerName: p.string(),
    status: p.string().$type<PermissionStatus>().length(16),
    requestedAt: p.datetime(),
    decidedAt: p.datetime().strictNullable(),
  },
});

/** BEN-7: a partner's request to manage a customer's benefits, and the customer's decision. */
export class PartnerPermission extends PartnerPermissionSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.decidedAt = null;
  }
}
PartnerPermissionSchema.setClass(PartnerPermission);
