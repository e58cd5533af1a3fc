import { accounts, agreements, type EventEnvelope } from '@bc/contracts';
import type { Clock, EventConsumer, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { agreementDeclinedMail, agreementSignedMail, readyToSignMail } from '../mail/agreement-templates.ts';
import { invitationMail, passwordResetMail, type RenderedMail, userInvitedMail } from '../mail/templates.ts';
import { PartnerContact } from '../partners/partner-contact.ts';
import { Delivery } from './delivery.ts';

/** NOT-2 mail belongs to the partner's delivery log, not the customer's. */
const partnerEvent = <P extends { partnerOrganizationId: string }>(event: EventEnvelope<P>) => ({
  ...event,
  tenant: event.payload.partnerOrganizationId,
});

/** Fails (and so retries) until the partner's contact has arrived from accounts. */
async function partnerEmail(em: EntityManager, partnerOrganizationId: string): Promise<string> {
  const contact = await em.findOne(PartnerContact, { organizationId: partnerOrganizationId });
  if (!contact) throw new Error(`no notification email known yet for partner ${partnerOrganizationId}`);
  return contact.notificationEmail;
}

/** Turns events into deliveries; runs inside the consumer's inbox transaction (exactly once per event). */
export function registerHandlers(consumer: EventConsumer, deps: { clock: Clock; ids: IdGenerator }): void {
  const queue = (em: EntityManager, event: EventEnvelope<unknown>, mail: RenderedMail) => {
    const now = deps.clock.now();
    em.persist(
      Object.assign(new Delivery(), {
        id: deps.ids.uuid(),
        organizationId: event.tenant,
        eventId: event.id,
        eventType: event.type,
        channel: 'EMAIL' as const,
        recipient: mail.to,
        subject: mail.subject,
        text: mail.text,
        nextAttemptAt: now,
        createdAt: now,
      }),
    );
  };
  consumer
    .on(accounts.invitationSent, async (event, em) => queue(em, event, invitationMail(event)))
    .on(accounts.userInvited, async (event, em) => queue(em, event, userInvitedMail(event)))
    .on(accounts.passwordReset, async (event, em) => queue(em, event, passwordResetMail(event)))
    .on(accounts.partnerRegistered, async (event, em) => {
      const { organizationId, name, notificationEmail } = event.payload;
      const contact = (await em.findOne(PartnerContact, { organizationId })) ?? new PartnerContact();
      em.persist(Object.assign(contact, { organizationId, name, notificationEmail }));
    })
    .on(agreements.salesPackageSent, async (event, em) => queue(em, event, readyToSignMail(event)))
    .on(agreements.agreementSigned, async (event, em) =>
      queue(
        em,
        partnerEvent(event),
        agreementSignedMail(event, await partnerEmail(em, event.payload.partnerOrganizationId)),
      ),
    )
    .on(agreements.agreementDeclined, async (event, em) =>
      queue(
        em,
        partnerEvent(event),
        agreementDeclinedMail(event, await partnerEmail(em, event.payload.partnerOrganizationId)),
      ),
    );
}
