import { defineEntity, p } from '@mikro-orm/core';

export const PartnerContactSchema = defineEntity({
  name: 'PartnerContact',
  tableName: 'partner_contact',
  properties: {
    organizationId: p.string().length(36).primary(),
    name: p.string(),
    notificationEmail: p.string(),
    webhookUrl: p.string().strictNullable(),
  },
});

/** Where a partner's notifications go (NOT-2), kept from accounts' partner events. */
export class PartnerContact extends PartnerContactSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.webhookUrl = null;
  }
}
PartnerContactSchema.setClass(PartnerContact);
