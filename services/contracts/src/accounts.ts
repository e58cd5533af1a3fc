import { z } from 'zod';
import { defineEvent } from './envelope.ts';

const id = z.string().min(1);
const email = z.string().email();

/**
 * ACC-2: a domain administrator's welcome invitation was sent or re-sent (NOT-1). v2 (OPS-3): the
 * link's token is not in the event; the mailer derives it from `invitationId` (platform mail-links).
 */
export const invitationSent = defineEvent(
  'accounts.invitation.sent',
  2,
  z.object({
    invitationId: id,
    organizationId: id,
    organizationName: z.string(),
    recipientEmail: email,
    /** The portal page the "Get started now" link opens; the mailer adds `?token=`. */
    linkPage: z.string().url(),
    expiresAt: z.string().datetime(),
    resend: z.boolean(),
    partnerOrganizationId: id.nullable(),
  }),
  { key: (p) => p.organizationId, tenant: (p) => p.organizationId },
);

/**
 * ACC-6: a user was added; the password recipient gets their work account and a one-time link to set
 * the password. v2 (OPS-3): no password and no link token in the event; the mailer derives the link's
 * token from `passwordSetupId` (platform mail-links).
 */
export const userInvited = defineEvent(
  'accounts.user.invited',
  2,
  z.object({
    userId: id,
    organizationId: id,
    organizationName: z.string(),
    workAccount: z.string(),
    recipientEmail: email,
    firstName: z.string(),
    passwordSetupId: id,
    /** The portal page the set-password link opens; the mailer adds `?token=`. */
    setPasswordPage: z.string().url(),
    /** When the link stops working. */
    expiresAt: z.string().datetime(),
  }),
  { key: (p) => p.userId, tenant: (p) => p.organizationId },
);

/** ACC-4: an administrator reset a password; the user sets a new one from a one-time link (v2: no secret, as above). */
export const passwordReset = defineEvent(
  'accounts.user.password-reset',
  2,
  z.object({
    userId: id,
    organizationId: id,
    workAccount: z.string(),
    recipientEmail: email,
    passwordSetupId: id,
    setPasswordPage: z.string().url(),
    expiresAt: z.string().datetime(),
  }),
  { key: (p) => p.userId, tenant: (p) => p.organizationId },
);

/** ACC-2: the organization's first administrator signed up or signed in from the invitation. */
export const organizationRegistered = defineEvent(
  'accounts.organization.registered',
  1,
  z.object({
    organizationId: id,
    organizationName: z.string(),
    administratorUserId: id,
    partnerOrganizationId: id.nullable(),
  }),
  { key: (p) => p.organizationId, tenant: (p) => p.organizationId },
);

/** ACC-6: a user was added or changed; carries the user's current state (notifications keeps administrators' emails). */
export const userChanged = defineEvent(
  'accounts.user.changed',
  1,
  z.object({
    userId: id,
    organizationId: id,
    workAccount: z.string(),
    email: email,
    roles: z.array(z.string()),
    status: z.enum(['ACTIVE', 'REVOKED']),
  }),
  { key: (p) => p.userId, tenant: (p) => p.organizationId },
);

/** ACC-9: a partner organization exists; its notification email is where partner mail goes (NOT-2). */
export const partnerRegistered = defineEvent(
  'accounts.partner.registered',
  1,
  z.object({ organizationId: id, name: z.string(), notificationEmail: email }),
  { key: (p) => p.organizationId, tenant: (p) => p.organizationId },
);

/** ACC-9: a partner became partner of record for a customer (agreements checks who may sell to whom). */
export const customerLinked = defineEvent(
  'accounts.customer.linked',
  1,
  z.object({ partnerOrganizationId: id, customerOrganizationId: id, customerName: z.string() }),
  { key: (p) => p.customerOrganizationId, tenant: (p) => p.customerOrganizationId },
);

/** ACC-9: a partner changed where its notifications go (email, and the webhook of NOT-2). */
export const partnerChanged = defineEvent(
  'accounts.partner.changed',
  1,
  z.object({
    organizationId: id,
    name: z.string(),
    notificationEmail: email,
    webhookUrl: z.string().url().nullable(),
  }),
  { key: (p) => p.organizationId, tenant: (p) => p.organizationId },
);

/**
 * ACC-4/5/6: sessions ended or a user's security stamp moved (sign-out, password change or reset,
 * revoke, restore, role change). Every gateway replica, and every service serving signed links,
 * refuses the tokens concerned until `until` (when they would have expired anyway). Carries no
 * personal data; kept a day, since only the last ten minutes matter to a replica that starts.
 */
export const accessRevoked = defineEvent(
  'accounts.access.revoked',
  1,
  z.object({
    userId: id,
    /**
     * The user's organization: the event's tenant. Optional, events recorded before it was added lack
     * it (their tenant was the same organization, in the envelope).
     */
    organizationId: id.optional(),
    sessionIds: z.array(id),
    securityStamp: z.number().int().nonnegative().nullable(),
    until: z.string().datetime(),
    reason: z.enum([
      'SIGNED_OUT',
      'PASSWORD_CHANGED',
      'PASSWORD_RESET',
      'REVOKED',
      'RESTORED',
      'ROLES_CHANGED',
    ]),
  }),
  { key: (p) => p.userId, tenant: (p) => p.organizationId ?? null, retentionMs: 24 * 60 * 60 * 1000 },
);

export const accountsEvents = [
  accessRevoked,
  partnerChanged,
  invitationSent,
  userInvited,
  passwordReset,
  organizationRegistered,
  userChanged,
  partnerRegistered,
  customerLinked,
];
