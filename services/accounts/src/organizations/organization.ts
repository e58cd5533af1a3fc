import type { OrganizationKind } from '@bc/platform';
import { defineEntity, p } from '@mikro-orm/core';

export type OrganizationStatus = 'PENDING' | 'ACTIVE';

export const OrganizationSchema = defineEntity({
  name: 'Organization',
  tableName: 'organization',
  properties: {
    id: p.string().length(36).primary(),
    name: p.string(),
    kind: p.string().$type<OrganizationKind>().length(16),
    status: p.string().$type<OrganizationStatus>().length(16),
    createdAt: p.datetime(),
    registeredAt: p.datetime().strictNullable(),
    /** Partners: where NOT-2 notifications go. */
    notificationEmail: p.string().strictNullable(),
    webhookUrl: p.string().strictNullable(),
  },
});

/** A customer, a partner (reseller) or the platform operator. */
export class Organization extends OrganizationSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.registeredAt = null;
    this.notificationEmail = null;
    this.webhookUrl = null;
  }
}
OrganizationSchema.setClass(Organization);

export const PartnerRelationshipSchema = defineEntity({
  name: 'PartnerRelationship',
  tableName: 'partner_relationship',
  // API-6: the keyset pages of this list read this index in the list's order.
  indexes: [
    {
      properties: ['partnerOrganizationId', 'createdAt', 'id'],
      name: 'partner_relationship_partner_created_at_id_index',
    },
  ],
  // Named as MikroORM 6 named it (v7 hashes long names differently), so the migrated schema stays as is.
  uniques: [
    {
      properties: ['partnerOrganizationId', 'customerOrganizationId'],
      name: 'partner_relationship_partner_organization_id_cust_77a00_unique',
    },
  ],
  properties: {
    id: p.string().length(36).primary(),
    partnerOrganizationId: p.string().length(36).index(),
    customerOrganizationId: p.string().length(36).index(),
    createdAt: p.datetime(),
  },
});

/** ACC-9: the partner of record for a customer relationship. */
export class PartnerRelationship extends PartnerRelationshipSchema.class {}
PartnerRelationshipSchema.setClass(PartnerRelationship);
