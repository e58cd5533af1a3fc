import { accounts } from '@bc/contracts';
import type { EntityManager } from '@mikro-orm/core';
import { defineEntity, p } from '@mikro-orm/core';
import type { Clock } from '../clock.ts';
import type { EventConsumer } from '../events/consumer.ts';

export const CustomerLinkSchema = defineEntity({
  name: 'CustomerLink',
  tableName: 'customer_link',
  properties: {
    partnerOrganizationId: p.string().length(36).primary(),
    customerOrganizationId: p.string().length(36).primary().index(),
    customerName: p.string(),
    linkedAt: p.datetime(),
  },
});

/**
 * ACC-9 as every other service sees it: which partner is partner of record for which customer,
 * kept from accounts' `customer.linked` events. A service adds `CustomerLinkSchema` to its entities
 * and calls `followCustomerLinks` to use the tenant rule "a partner only sees its customers".
 */
export class CustomerLink extends CustomerLinkSchema.class {}
CustomerLinkSchema.setClass(CustomerLink);

export function followCustomerLinks(consumer: EventConsumer, clock: Clock): void {
  consumer.on(accounts.customerLinked, async (event, { em }) => {
    const { partnerOrganizationId, customerOrganizationId, customerName } = event.payload;
    await upsertCustomerLink(
      em,
      { partnerOrganizationId, customerOrganizationId, customerName },
      clock.now(),
    );
  });
}

export async function upsertCustomerLink(
  em: EntityManager,
  link: { partnerOrganizationId: string; customerOrganizationId: string; customerName: string },
  at: Date,
): Promise<void> {
  const existing = await em.findOne(CustomerLink, {
    partnerOrganizationId: link.partnerOrganizationId,
    customerOrganizationId: link.customerOrganizationId,
  });
  if (existing) {
    existing.customerName = link.customerName;
    return;
  }
  em.persist(Object.assign(new CustomerLink(), { ...link, linkedAt: at }));
}

export async function partnerServes(
  em: EntityManager,
  partnerId: string,
  customerId: string,
): Promise<boolean> {
  return (
    (await em.count(CustomerLink, { partnerOrganizationId: partnerId, customerOrganizationId: customerId })) >
    0
  );
}

/** The customers a partner serves (ids), for list queries. */
export async function customersOf(em: EntityManager, partnerId: string): Promise<string[]> {
  const links = await em.find(
    CustomerLink,
    { partnerOrganizationId: partnerId },
    { fields: ['customerOrganizationId'] },
  );
  return links.map((l) => l.customerOrganizationId);
}
