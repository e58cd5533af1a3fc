import { agreements } from '@bc/contracts';
import type { EventConsumer } from '@bc/platform';
import { EntitySchema } from '@mikro-orm/core';

/**
 * What inventory knows of a purchasing account, from agreements' `agreement.signed` events: whose it
 * is, its partner of record (told of self-provisioning, NOT-2) and how long its agreements run.
 */
export class PurchasingAccountRef {
  id!: string;
  number!: string;
  organizationId!: string;
  partnerOrganizationId!: string;
  /** The latest end date of its signed agreements (YYYY-MM-DD). */
  coveredUntil!: string;
}

export const PurchasingAccountRefSchema = new EntitySchema<PurchasingAccountRef>({
  class: PurchasingAccountRef,
  tableName: 'purchasing_account_ref',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    number: { type: 'string', length: 32 },
    organizationId: { type: 'string', length: 36, index: true },
    partnerOrganizationId: { type: 'string', length: 36 },
    coveredUntil: { type: 'string', length: 10 },
  },
});

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
