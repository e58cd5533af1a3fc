import { benefits } from '@bc/contracts';
import type { EventConsumer } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { defineEntity, p } from '@mikro-orm/core';

export const BenefitPermissionRefSchema = defineEntity({
  name: 'BenefitPermissionRef',
  tableName: 'benefit_permission_ref',
  properties: {
    partnerOrganizationId: p.string().length(36).primary(),
    customerOrganizationId: p.string().length(36).primary(),
    approved: p.boolean(),
  },
});

/**
 * BEN-7 as inventory sees it: which partners a customer approved to manage its benefits, which
 * includes downloads and product keys. Kept from `benefits.partner-permission.changed.v1`.
 */
export class BenefitPermissionRef extends BenefitPermissionRefSchema.class {}
BenefitPermissionRefSchema.setClass(BenefitPermissionRef);

export function followBenefitPermissions(consumer: EventConsumer): void {
  consumer.on(benefits.partnerPermissionChanged, async (event, { em }) => {
    const { partnerOrganizationId, customerOrganizationId, status } = event.payload;
    const ref =
      (await em.findOne(BenefitPermissionRef, { partnerOrganizationId, customerOrganizationId })) ??
      new BenefitPermissionRef();
    em.persist(
      Object.assign(ref, { partnerOrganizationId, customerOrganizationId, approved: status === 'APPROVED' }),
    );
  });
}

export async function partnerMayManage(
  em: EntityManager,
  partnerOrganizationId: string,
  customerOrganizationId: string,
): Promise<boolean> {
  return (
    (await em.count(BenefitPermissionRef, {
      partnerOrganizationId,
      customerOrganizationId,
      approved: true,
    })) > 0
  );
}
