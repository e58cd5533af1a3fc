import { defineEntity, p } from '@mikro-orm/core';

export interface Address {
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
}

export interface Contact {
  name: string;
  email: string;
  phone?: string | null;
  role: string;
}

export const PurchasingAccountSchema = defineEntity({
  name: 'PurchasingAccount',
  tableName: 'purchasing_account',
  // API-6: the keyset pages of this list read this index in the list's order.
  indexes: [
    {
      properties: ['organizationId', 'name', 'id'],
      name: 'purchasing_account_organization_id_name_id_index',
    },
  ],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36).index(),
    number: p.string().length(32).unique(),
    name: p.string(),
    address: p.json<Address>(),
    contacts: p.json<Contact[]>(),
    /** Country of the address, kept apart for the AGR-3 location filter. */
    location: p.string().length(2).index(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

/** AGR-1: a purchasing account of one organization; agreements and orders hang under it. */
export class PurchasingAccount extends PurchasingAccountSchema.class {}
PurchasingAccountSchema.setClass(PurchasingAccount);
