import {
  accounts,
  agreements,
  benefits,
  type EventContract,
  type EventEnvelope,
  inventory,
} from '@bc/contracts';

/** The test event a ping sends (not a domain event: no topic carries it). */
export const PING_EVENT_TYPE = 'webhook.ping';

/**
 * API-3: the events an endpoint may subscribe to, with what they mean to a receiver. Left out on
 * purpose: events that carry a secret or a person's data the API does not show another organization
 * (invitations and password resets carry links and temporary passwords; user changes, access
 * revocations, benefit users' and trainees' instructions carry people's contact data), partner
 * settings and dead letters (the delivery log shows those).
 */
// biome-ignore lint/suspicious/noExplicitAny: one entry per contract, each of its own payload type
export type AnyContract = EventContract<any>;

export const subscribableEvents: { contract: AnyContract; description: string }[] = [
  { contract: accounts.customerLinked, description: 'A customer was linked to its partner of record' },
  { contract: agreements.salesPackageSent, description: 'A sales package was sent to the customer to sign' },
  { contract: agreements.agreementSigned, description: 'An agreement was signed (NOT-2)' },
  { contract: agreements.agreementDeclined, description: 'A sales package was declined (NOT-2)' },
  { contract: agreements.agreementChanged, description: 'An agreement changed' },
  { contract: agreements.purchasingAccountChanged, description: 'A purchasing account changed' },
  { contract: agreements.orderPlaced, description: 'An order was placed' },
  {
    contract: inventory.subscriptionProvisioned,
    description: 'An online service was set up; its order is due (NOT-2)',
  },
  {
    contract: inventory.subscriptionCancelled,
    description: 'A self-provisioned service was cancelled (NOT-2)',
  },
  { contract: inventory.expiryAlerted, description: 'A license or subscription expires soon (NOT-3)' },
  { contract: inventory.licenseChanged, description: 'A license changed' },
  { contract: inventory.subscriptionChanged, description: 'A subscription changed' },
  {
    contract: benefits.partnerPermissionChanged,
    description: 'A benefit permission was requested or answered (NOT-2)',
  },
  { contract: benefits.entitlementChanged, description: 'A Software Assurance entitlement changed' },
  { contract: benefits.supportRequestOpened, description: 'A support request was opened' },
  { contract: benefits.voucherRevoked, description: 'A training voucher was revoked' },
];

export const subscribableTypes = new Set(subscribableEvents.map((e) => e.contract.type));

/** What the partner's old single `webhookUrl` received (NOT-2, NOT-3): its migrated endpoint's types. */
export const partnerNotificationTypes = [
  agreements.agreementSigned.type,
  agreements.agreementDeclined.type,
  inventory.subscriptionProvisioned.type,
  inventory.subscriptionCancelled.type,
  inventory.expiryAlerted.type,
  benefits.partnerPermissionChanged.type,
];

/**
 * API-3: the organizations whose endpoints may receive this event, as the API filters reads: the
 * event's own organization (its tenant), and the partner the payload names (the partner of record of
 * the agreement, order or subscription, the partner that asked for a benefit permission, the partner a
 * customer was linked to), which the API lets read that very record. No other organization, ever.
 */
export function audienceOf(event: EventEnvelope<unknown>): string[] {
  const orgs = new Set<string>();
  if (event.tenant) orgs.add(event.tenant);
  const partner = (event.payload as { partnerOrganizationId?: unknown } | null)?.partnerOrganizationId;
  if (typeof partner === 'string' && partner) orgs.add(partner);
  return [...orgs];
}
