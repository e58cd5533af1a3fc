import { EntitySchema } from '@mikro-orm/core';

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

/** AGR-1: a purchasing account of one organization; agreements and orders hang under it. */
export class PurchasingAccount {
  id!: string;
  organizationId!: string;
  number!: string;
  name!: string;
  address!: Address;
  contacts!: Contact[];
  /** Country of the address, kept apart for the AGR-3 location filter. */
  location!: string;
  createdAt!: Date;
  updatedAt!: Date;
}

export const PurchasingAccountSchema = new EntitySchema<PurchasingAccount>({
  class: PurchasingAccount,
  tableName: 'purchasing_account',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36, index: true },
    number: { type: 'string', length: 32, unique: true },
    name: { type: 'string' },
    address: { type: 'json' },
    contacts: { type: 'json' },
    location: { type: 'string', length: 2, index: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});
