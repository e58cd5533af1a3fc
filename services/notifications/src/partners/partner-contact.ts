import { EntitySchema } from '@mikro-orm/core';

/** Where a partner's notifications go (NOT-2), kept from accounts' `partner.registered` events. */
export class PartnerContact {
  organizationId!: string;
  name!: string;
  notificationEmail!: string;
}

export const PartnerContactSchema = new EntitySchema<PartnerContact>({
  class: PartnerContact,
  tableName: 'partner_contact',
  properties: {
    organizationId: { type: 'string', length: 36, primary: true },
    name: { type: 'string' },
    notificationEmail: { type: 'string' },
  },
});
