import type { OrganizationKind } from '@bc/platform';
import { EntitySchema } from '@mikro-orm/core';

export type OrganizationStatus = 'PENDING' | 'ACTIVE';

/** A customer, a partner (reseller) or the platform operator. */
export class Organization {
  id!: string;
  name!: string;
  kind!: OrganizationKind;
  status!: OrganizationStatus;
  createdAt!: Date;
  registeredAt: Date | null = null;
  /** Partners: where NOT-2 notifications go. */
  notificationEmail: string | null = null;
  webhookUrl: string | null = null;
}

export const OrganizationSchema = new EntitySchema<Organization>({
  class: Organization,
  tableName: 'organization',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    name: { type: 'string' },
    kind: { type: 'string', length: 16 },
    status: { type: 'string', length: 16 },
    createdAt: { type: 'datetime' },
    registeredAt: { type: 'datetime', nullable: true },
    notificationEmail: { type: 'string', nullable: true },
    webhookUrl: { type: 'string', nullable: true },
  },
});

/** ACC-9: the partner of record for a customer relationship. */
export class PartnerRelationship {
  id!: string;
  partnerOrganizationId!: string;
  customerOrganizationId!: string;
  createdAt!: Date;
}

export const PartnerRelationshipSchema = new EntitySchema<PartnerRelationship>({
  class: PartnerRelationship,
  tableName: 'partner_relationship',
  // Named as MikroORM 6 named it (v7 hashes long names differently), so the migrated schema stays as is.
  uniques: [
    {
      properties: ['partnerOrganizationId', 'customerOrganizationId'],
      name: 'partner_relationship_partner_organization_id_cust_77a00_unique',
    },
  ],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    partnerOrganizationId: { type: 'string', length: 36, index: true },
    customerOrganizationId: { type: 'string', length: 36, index: true },
    createdAt: { type: 'datetime' },
  },
});
