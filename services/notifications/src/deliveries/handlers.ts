import { accounts, type EventEnvelope } from '@bc/contracts';
import type { Clock, EventConsumer, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { invitationMail, passwordResetMail, type RenderedMail, userInvitedMail } from '../mail/templates.ts';
import { Delivery } from './delivery.ts';

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
    .on(accounts.passwordReset, async (event, em) => queue(em, event, passwordResetMail(event)));
}
