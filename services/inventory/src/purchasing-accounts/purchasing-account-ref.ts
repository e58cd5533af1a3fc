import { agreements } from '@bc/contracts';
import type { EventConsumer } from '@bc/platform';
import { defineEntity, p } from '@mikro-orm/core';

export const PurchasingAccountRefSchema = defineEntity({
  name: 'PurchasingAccountRef',
  tableName: 'purchasing_account_ref',
  properties: {
    id: p.string().length(36).primary(),
    number: p.string().length(32),
    organizationId: p.string().length(36).index(),
    partnerOrganizationId: p.string().length(36),
    /** The latest end date of its signed agreements (YYYY-MM-DD). */
    coveredUntil: p.string().length(10),
  },
});

/**
 * What inventory knows of a purchasing account, from agreements' `agreement.signed` events: whose it
 * is, its partner of record (told of self-provisioning, NOT-2) and how long its agreements run.
 */
export class PurchasingAccountRef extends PurchasingAccountRefSchema.class {}
PurchasingAccountRefSchema.setClass(PurchasingAccountRef);

export function followPurchasingAccounts(consumer: EventConsumer): void {
  consumer.on(agreements.agreementSigned, async (event, { em }) => {
    const p = event.payload;
    const ref =
      (await em.findOne(PurchasingAccountRef, { id: p.purchasingAccountId })) ?? new PurchasingAccountRef();
    const later = !ref.coveredUntil || p.endDate > ref.coveredUntil;
    em.persist(
      Object.assign(ref, {
        id: p.purchasingAccountId,
        number: p.purchasingAccountNumber,
        organizationId: p.organizationId,
        partnerOrganizationId: later ? p.partnerOrganizationId : ref.partnerOrganizationId,
        coveredUntil: later ? p.endDate : ref.coveredUntil,
      }),
    );
  });
}
