import { EntitySchema } from '@mikro-orm/core';

/** Where a partner's notifications go (NOT-2), kept from accounts' partner events. */
export class PartnerContact {
  organizationId!: string;
  name!: string;
  notificationEmail!: string;
  webhookUrl: string | null = null;
}

export const PartnerContactSchema = new EntitySchema<PartnerContact>({
  class: PartnerContact,
  tableName: 'partner_contact',
  properties: {
    organizationId: { type: 'string', length: 36, primary: true },
    name: { type: 'string' },
    notificationEmail: { type: 'string' },
    webhookUrl: { type: 'string', nullable: true },
  },
});
