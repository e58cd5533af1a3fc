import { EntitySchema } from '@mikro-orm/core';

/** BEN-8: a 24x7 support request; opening one uses an incident of the phone or web benefit. */
export class SupportRequest {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  channel!: 'PHONE' | 'WEB';
  summary!: string;
  openedByWorkAccount!: string;
  openedAt!: Date;
}

export const SupportRequestSchema = new EntitySchema<SupportRequest>({
  class: SupportRequest,
  tableName: 'support_request',
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36 },
    purchasingAccountId: { type: 'string', length: 36 },
    channel: { type: 'string', length: 8 },
    summary: { type: 'text' },
    openedByWorkAccount: { type: 'string' },
    openedAt: { type: 'datetime' },
  },
});
