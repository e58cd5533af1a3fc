import { EntitySchema } from '@mikro-orm/core';

/**
 * ACC-9 as agreements sees it: which partner is partner of record for which customer. Kept from
 * accounts' `customer.linked` events (and written directly when a new customer's agreement is signed).
 */
export class CustomerLink {
  partnerOrganizationId!: string;
  customerOrganizationId!: string;
  customerName!: string;
  linkedAt!: Date;
}

export const CustomerLinkSchema = new EntitySchema<CustomerLink>({
  class: CustomerLink,
  tableName: 'customer_link',
  properties: {
    partnerOrganizationId: { type: 'string', length: 36, primary: true },
    customerOrganizationId: { type: 'string', length: 36, primary: true, index: true },
    customerName: { type: 'string' },
    linkedAt: { type: 'datetime' },
  },
});
