import { accounts } from '@bc/contracts';
import type { Clock, EventConsumer } from '@bc/platform';
import { CustomerLink } from './customer-link.ts';

/** Keeps agreements' view of partner-of-record relationships (ACC-9) from accounts' events. */
export function registerCustomerLinkHandlers(consumer: EventConsumer, clock: Clock): void {
  consumer.on(accounts.customerLinked, async (event, em) => {
    const { partnerOrganizationId, customerOrganizationId, customerName } = event.payload;
    const existing = await em.findOne(CustomerLink, { partnerOrganizationId, customerOrganizationId });
    if (existing) {
      existing.customerName = customerName;
      return;
    }
    em.persist(
      Object.assign(new CustomerLink(), {
        partnerOrganizationId,
        customerOrganizationId,
        customerName,
        linkedAt: clock.now(),
      }),
    );
  });
}
