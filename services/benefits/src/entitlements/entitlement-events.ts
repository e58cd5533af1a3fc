import { benefits as events, inventory } from '@bc/contracts';
import type { Clock, EventConsumer, Tx } from '@bc/platform';
import { type BenefitDefinition, benefitCatalog } from '../catalog/benefit-catalog.ts';
import { BenefitUsage } from '../vouchers/voucher.ts';
import { CoveredLicense } from './covered-license.ts';
import { recountCovered } from './covered-total.ts';
import { availableOf, entitlementOf } from './entitlement-rules.ts';

/**
 * BEN-2/BEN-8: records `benefits.entitlement.changed.v1` with the purchasing account's entitlement
 * to each of `benefits` as it is now (entitled, used, available), in the caller's transaction.
 * Benefits that are not measured have no entitlement and are left out.
 */
export async function recordEntitlements(
  { em, emit }: Tx,
  clock: Clock,
  account: { organizationId: string; purchasingAccountId: string },
  benefits: BenefitDefinition[],
): Promise<void> {
  const { organizationId, purchasingAccountId } = account;
  // Writes the caller's pending changes (covered licenses, usage) so the reads below see them.
  await em.flush();
  const licenses = await em.find(CoveredLicense, { organizationId, purchasingAccountId });
  const usage = await em.find(BenefitUsage, { purchasingAccountId });
  const today = clock.now().toISOString().slice(0, 10);
  for (const benefit of benefits) {
    const entitled = entitlementOf(benefit, licenses, today);
    if (entitled === null) continue;
    const used = usage.find((u) => u.benefitCode === benefit.code)?.used ?? 0;
    emit(events.entitlementChanged, {
      organizationId,
      purchasingAccountId,
      benefitCode: benefit.code,
      benefitName: benefit.name,
      unit: benefit.unit,
      entitled,
      ...availableOf(entitled, used),
    });
  }
}

/**
 * BEN-2: keeps covered licenses current from `inventory.license.changed.v1` and, in the same
 * transaction (the consumer's outbox), announces the account's entitlements to the benefits the
 * license's product group earns: no other benefit can change with it.
 */
export function followLicenses(consumer: EventConsumer, clock: Clock): void {
  consumer.on(inventory.licenseChanged, async (event, tx) => {
    const { em } = tx;
    const p = event.payload;
    const found = await em.findOne(CoveredLicense, { licenseId: p.licenseId });
    const before = found ? { ...found } : null;
    const row = found ?? new CoveredLicense();
    em.persist(
      Object.assign(row, {
        licenseId: p.licenseId,
        organizationId: p.organizationId,
        purchasingAccountId: p.purchasingAccountId,
        family: p.family,
        quantity: p.quantity,
        softwareAssurance: p.softwareAssurance,
        active: p.status === 'ACTIVE',
        expiresOn: p.expiresOn,
      }),
    );
    await recountCovered(em, before, row);
    const earned = benefitCatalog.filter((b) => b.productGroups.includes(p.family));
    await recordEntitlements(tx, clock, p, earned);
  });
}
