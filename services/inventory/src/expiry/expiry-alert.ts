import { EntitySchema } from '@mikro-orm/core';
import type { AlertThreshold } from './alert-thresholds.ts';

/** INV-7: an alert sent for one item, threshold and expiry date; the unique key makes "never twice" hold across restarts and replicas. */
export class ExpiryAlert {
  id!: string;
  itemId!: string;
  itemKind!: 'LICENSE' | 'SUBSCRIPTION';
  threshold!: AlertThreshold;
  expiresOn!: string;
  alertedAt!: Date;
}

export const ExpiryAlertSchema = new EntitySchema<ExpiryAlert>({
  class: ExpiryAlert,
  tableName: 'expiry_alert',
  uniques: [{ properties: ['itemId', 'threshold', 'expiresOn'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    itemId: { type: 'string', length: 36, index: true },
    itemKind: { type: 'string', length: 16 },
    threshold: { type: 'string', length: 16 },
    expiresOn: { type: 'string', length: 10 },
    alertedAt: { type: 'datetime' },
  },
});
