import {
  accounts,
  agreements,
  benefits,
  deadLettered,
  type EventContract,
  type EventEnvelope,
  inventory,
} from '@bc/contracts';
import type { Clock, EventConsumer, EventHandler, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import {
  administratorEmails,
  administratorsAndRequester,
  partnerContact,
} from '../contacts/organization-contact.ts';
import { agreementDeclinedMail, agreementSignedMail, readyToSignMail } from '../mail/agreement-templates.ts';
import {
  expiryAlertMail,
  orderDueMail,
  serviceCancelledMail,
  serviceReadyMail,
} from '../mail/inventory-templates.ts';
import { invitationMail, passwordResetMail, type RenderedMail, userInvitedMail } from '../mail/templates.ts';
import { subscribableEvents } from '../subscriptions/event-types.ts';
import { queueWebhooks } from '../subscriptions/fan-out.ts';
import { Delivery } from './delivery.ts';

/** `mailLinkSecret`: the key shared with accounts that makes mailed links' tokens (OPS-3). */
type Deps = { clock: Clock; ids: IdGenerator; mailLinkSecret: string };

/** The organization a raw (possibly invalid) event names, if it names one. */
function tenantOf(value: string): string | null {
  try {
    const tenant = (JSON.parse(value) as { tenant?: unknown }).tenant;
    return typeof tenant === 'string' && tenant.length <= 36 ? tenant : null;
  } catch {
    return null;
  }
}

/**
 * Turns events into deliveries inside the consumer's inbox transaction, so each event yields its
 * emails and webhooks exactly once; the dispatcher sends them with retries.
 */
export function registerHandlers(outer: EventConsumer, deps: Deps): void {
  const queue = (
    em: EntityManager,
    event: EventEnvelope<unknown>,
    tenant: string | null,
    channel: 'EMAIL',
    to: string,
    subject: string,
    text: string,
  ) => {
    const now = deps.clock.now();
    em.persist(
      Object.assign(new Delivery(), {
        id: deps.ids.uuid(),
        organizationId: tenant,
        eventId: event.id,
        eventType: event.type,
        channel,
        recipient: to,
        subject,
        text,
        nextAttemptAt: now,
        createdAt: now,
      }),
    );
  };
  const email = (
    em: EntityManager,
    event: EventEnvelope<unknown>,
    mail: RenderedMail,
    tenant = event.tenant,
  ) => queue(em, event, tenant, 'EMAIL', mail.to, mail.subject, mail.text);
  // API-3: every subscribable event also goes to the endpoints that want it, after its mails.
  const handled = new Set<string>();
  const consumer = {
    on<P>(contract: EventContract<P>, handler: EventHandler<P>) {
      handled.add(contract.type);
      outer.on(contract, async (event, tx) => {
        await handler(event, tx);
        await queueWebhooks(tx.em, event as EventEnvelope<unknown>, deps);
      });
      return consumer;
    },
  };
  /** NOT-2: the partner's mail (its webhooks are the subscriptions, API-3: `queueWebhooks`). */
  const toPartner = async (
    em: EntityManager,
    event: EventEnvelope<unknown>,
    partnerId: string,
    mail: (to: string) => RenderedMail,
  ) => {
    const contact = await partnerContact(em, partnerId);
    email(em, event, mail(contact.notificationEmail), partnerId);
  };
  const toAdministrators = async (
    em: EntityManager,
    event: EventEnvelope<unknown>,
    orgId: string,
    mail: (to: string) => RenderedMail,
  ) => {
    for (const to of await administratorEmails(em, orgId)) email(em, event, mail(to), orgId);
  };

  // NOT-5: every consumer's dead letters land in the delivery log of the event's organization.
  outer.on(deadLettered, async (event, { em }) => {
    const p = event.payload;
    const now = deps.clock.now();
    em.persist(
      Object.assign(new Delivery(), {
        id: deps.ids.uuid(),
        organizationId: tenantOf(p.value),
        eventId: event.id,
        eventType: event.type,
        channel: 'EVENT',
        recipient: p.consumer,
        subject: `${p.topic} (key ${p.key}) dead-lettered by ${p.consumer}`,
        text: p.value.slice(0, 10_000),
        status: 'FAILED',
        attempts: p.attempts,
        lastError: p.reason,
        nextAttemptAt: now,
        createdAt: now,
      }),
    );
  });

  consumer
    .on(accounts.invitationSent, async (event, { em }) =>
      email(em, event, invitationMail(event, deps.mailLinkSecret)),
    )
    .on(accounts.userInvited, async (event, { em }) =>
      email(em, event, userInvitedMail(event, deps.mailLinkSecret)),
    )
    .on(accounts.passwordReset, async (event, { em }) =>
      email(em, event, passwordResetMail(event, deps.mailLinkSecret)),
    )
    // BEN-7/NOT-2: customers learn of a request; the partner learns of every decision.
    .on(benefits.partnerPermissionChanged, async (event, { em }) => {
      const p = event.payload;
      if (p.status === 'PENDING') {
        await toAdministrators(em, event, p.customerOrganizationId, (to) => ({
          to,
          subject: 'A partner asks to manage your benefits',
          text: 'Your partner asks for permission to manage your Software Assurance benefits. Approve or deny it under partner benefit permissions.',
        }));
        return;
      }
      await toPartner(em, event, p.partnerOrganizationId, (to) => ({
        to,
        subject: `Benefit permission ${p.status.toLowerCase()} by ${p.customerName}`,
        text: `${p.customerName} ${p.status.toLowerCase()} your permission to manage its benefits.`,
      }));
    })
    // NOT-4: a benefit user's participant instructions, one mail per send.
    .on(benefits.instructionsSent, async (event, { em }) =>
      email(em, event, {
        to: event.payload.email,
        subject: `How to use ${event.payload.benefitName}`,
        text: `Hello ${event.payload.name},\n\n${event.payload.instructions}`,
      }),
    )
    // NOT-4: the trainee's instructions, exactly as the administrator previewed them.
    .on(benefits.voucherAssigned, async (event, { em }) =>
      email(em, event, {
        to: event.payload.email,
        subject: `Your ${event.payload.days} training day(s) from Microsoft Software Assurance`,
        text: `Hello ${event.payload.employeeName},\n\n${event.payload.instructions}`,
      }),
    )
    .on(agreements.salesPackageSent, async (event, { em }) =>
      email(em, event, readyToSignMail(event, deps.mailLinkSecret)),
    )
    .on(agreements.agreementSigned, async (event, { em }) =>
      toPartner(em, event, event.payload.partnerOrganizationId, (to) => agreementSignedMail(event, to)),
    )
    .on(agreements.agreementDeclined, async (event, { em }) =>
      toPartner(em, event, event.payload.partnerOrganizationId, (to) => agreementDeclinedMail(event, to)),
    )
    // INV-4: the administrators and the user who set the service up (once each) hear it is ready.
    .on(inventory.subscriptionProvisioned, async (event, { em }) => {
      const p = event.payload;
      for (const to of await administratorsAndRequester(em, p.organizationId, p.requestedByUserId))
        email(em, event, serviceReadyMail(event, to), p.organizationId);
      await toPartner(em, event, p.partnerOrganizationId, (to) => orderDueMail(event, to));
    })
    .on(inventory.subscriptionCancelled, async (event, { em }) => {
      const p = event.payload;
      for (const to of await administratorsAndRequester(em, p.organizationId, p.requestedByUserId))
        email(em, event, serviceCancelledMail(event, to), p.organizationId);
      await toPartner(em, event, event.payload.partnerOrganizationId, (to) =>
        serviceCancelledMail(event, to),
      );
    })
    .on(inventory.expiryAlerted, async (event, { em }) => {
      await toAdministrators(em, event, event.payload.organizationId, (to) => expiryAlertMail(event, to));
      if (event.payload.partnerOrganizationId) {
        await toPartner(em, event, event.payload.partnerOrganizationId, (to) => expiryAlertMail(event, to));
      }
    });
  // API-3: the subscribable events no mail is sent for go to webhooks alone.
  for (const { contract } of subscribableEvents)
    if (!handled.has(contract.type)) consumer.on(contract, async () => {});
}
