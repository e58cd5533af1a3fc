import { defineEntity, p } from '@mikro-orm/core';
import type { AlertThreshold } from './alert-thresholds.ts';

export const ExpiryAlertSchema = defineEntity({
  name: 'ExpiryAlert',
  tableName: 'expiry_alert',
  uniques: [{ properties: ['itemId', 'threshold', 'expiresOn'] }],
  properties: {
    id: p.string().length(36).primary(),
    itemId: p.string().length(36).index(),
    itemKind: p.string().$type<'LICENSE' | 'SUBSCRIPTION'>().length(16),
    threshold: p.string().$type<AlertThreshold>().length(16),
    expiresOn: p.string().length(10),
    alertedAt: p.datetime(),
  },
});

/** INV-7: an alert sent for one item, threshold and expiry date; the unique key makes "never twice" hold across restarts and replicas. */
export class ExpiryAlert extends ExpiryAlertSchema.class {}
ExpiryAlertSchema.setClass(ExpiryAlert);
