import { benefits } from '@bc/contracts';
import type { EventConsumer } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { EntitySchema } from '@mikro-orm/core';

/**
 * BEN-7 as inventory sees it: which partners a customer approved to manage its benefits, which
 * includes downloads and product keys. Kept from `benefits.partner-permission.changed.v1`.
 */
export class BenefitPermissionRef {
  partnerOrganizationId!: string;
  customerOrganizationId!: string;
  approved!: boolean;
}

export const BenefitPermissionRefSchema = new EntitySchema<BenefitPermissionRef>({
  class: BenefitPermissionRef,
  tableName: 'benefit_permission_ref',
  properties: {
    partnerOrganizationId: { type: 'string', length: 36, primary: true },
    customerOrganizationId: { type: 'string', length: 36, primary: true },
    approved: { type: 'boolean' },
  },
});

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
