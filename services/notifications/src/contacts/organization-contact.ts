import { accounts } from '@bc/contracts';
import type { Clock, EventConsumer, IdGenerator } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { defineEntity, p } from '@mikro-orm/core';
import { followLegacyWebhookUrl } from '../subscriptions/fan-out.ts';
import { PartnerContact } from './partner-contact.ts';

export const OrganizationContactSchema = defineEntity({
  name: 'OrganizationContact',
  tableName: 'organization_contact',
  properties: {
    userId: p.string().length(36).primary(),
    organizationId: p.string().length(36).index(),
    email: p.string(),
    roles: p.json<string[]>(),
    status: p.string().length(16),
  },
});

/** A user's contact email and roles, kept from accounts' `user.changed` events (NOT-3: administrators). */
export class OrganizationContact extends OrganizationContactSchema.class {}
OrganizationContactSchema.setClass(OrganizationContact);

/** The organization's active account administrators' contact emails. */
export async function administratorEmails(em: EntityManager, organizationId: string): Promise<string[]> {
  const contacts = await em.find(OrganizationContact, { organizationId, status: 'ACTIVE' });
  return contacts.filter((c) => c.roles.includes('ACCOUNT_ADMINISTRATOR')).map((c) => c.email);
}

/**
 * INV-4: who in the customer hears about a self-provisioned service: its administrators and the user
 * who set it up, each address once (the requester may be an administrator too). Fails (and so
 * retries) until the requester's contact has arrived from accounts; a revoked requester is left out.
 */
export async function administratorsAndRequester(
  em: EntityManager,
  organizationId: string,
  requestedByUserId: string | undefined,
): Promise<string[]> {
  const emails = await administratorEmails(em, organizationId);
  if (requestedByUserId) {
    const requester = await em.findOne(OrganizationContact, { userId: requestedByUserId, organizationId });
    if (!requester) throw new Error(`no contact known yet for user ${requestedByUserId}`);
    if (requester.status === 'ACTIVE') emails.push(requester.email);
  }
  const seen = new Set<string>();
  return emails.filter((email) => {
    const key = email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Fails (and so retries) until the partner's contact has arrived from accounts. */
export async function partnerContact(
  em: EntityManager,
  partnerOrganizationId: string,
): Promise<PartnerContact> {
  const contact = await em.findOne(PartnerContact, { organizationId: partnerOrganizationId });
  if (!contact) throw new Error(`no notification settings known yet for partner ${partnerOrganizationId}`);
  return contact;
}

export function followContacts(consumer: EventConsumer, deps: { clock: Clock; ids: IdGenerator }): void {
  consumer
    .on(accounts.userChanged, async (event, { em }) => {
      const p = event.payload;
      const contact =
        (await em.findOne(OrganizationContact, { userId: p.userId })) ?? new OrganizationContact();
      em.persist(
        Object.assign(contact, {
          userId: p.userId,
          organizationId: p.organizationId,
          email: p.email,
          roles: p.roles,
          status: p.status,
        }),
      );
    })
    .on(accounts.partnerRegistered, async (event, { em }) => {
      const { organizationId, name, notificationEmail } = event.payload;
      const contact = (await em.findOne(PartnerContact, { organizationId })) ?? new PartnerContact();
      em.persist(Object.assign(contact, { organizationId, name, notificationEmail }));
    })
    .on(accounts.partnerChanged, async (event, { em }) => {
      const { organizationId, name, notificationEmail, webhookUrl } = event.payload;
      const contact = (await em.findOne(PartnerContact, { organizationId })) ?? new PartnerContact();
      em.persist(Object.assign(contact, { organizationId, name, notificationEmail, webhookUrl }));
      // API-3: the deprecated single URL is kept as one subscription.
      await followLegacyWebhookUrl(em, organizationId, webhookUrl, deps);
    });
}
