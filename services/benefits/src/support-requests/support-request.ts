import { defineEntity, p } from '@mikro-orm/core';

export const SupportRequestSchema = defineEntity({
  name: 'SupportRequest',
  tableName: 'support_request',
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    purchasingAccountId: p.string().length(36),
    channel: p.string().$type<'PHONE' | 'WEB'>().length(8),
    summary: p.text(),
    openedByWorkAccount: p.string(),
    openedAt: p.datetime(),
  },
});

/** BEN-8: a 24x7 support request; opening one uses an incident of the phone or web benefit. */
export class SupportRequest extends SupportRequestSchema.class {}
SupportRequestSchema.setClass(SupportRequest);
