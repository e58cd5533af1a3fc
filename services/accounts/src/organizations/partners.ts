import { accounts } from '@bc/contracts';
import {
  badInput,
  type ConnectionArgs,
  can,
  checkOutboundUrl,
  conflict,
  findPage,
  forbidden,
  mapConnection,
  OutboundRefused,
  requireOrganizationKind,
} from '@bc/platform';
import { recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { issuePasswordSetup } from '../password-setup/set-password.ts';
import { UNUSABLE_HASH } from '../sign-in/passwords.ts';
import { userChangedPayload } from '../users/events.ts';
import { normalizeEmail, normalizeUserId } from '../users/rules.ts';
import { User } from '../users/user.ts';
import { Domain } from './domain.ts';
import { isVerifiedByAnyone } from './domains.ts';
import { Organization, PartnerRelationship } from './organization.ts';
import { normalizeDomainName, requireName } from './rules.ts';

/** ACC-9: the customers of the caller's partner organization. */
export async function myCustomers(ctx: AccountsContext, args: ConnectionArgs) {
  const partner = requireOrganizationKind(ctx.identity, 'PARTNER');
  const links = await findPage(
    ctx.em,
    PartnerRelationship,
    {
      partnerOrganizationId: partner.organizationId,
      // API-1: a partner's API client sees only the customers chosen for it.
      ...(partner.client?.customerIds ? { customerOrganizationId: { $in: partner.client.customerIds } } : {}),
    },
    args,
    [
      ['createdAt', 'asc'],
      ['id', 'asc'],
    ],
  );
  // The cursors are the links' (when the partner took the customer on); the nodes their organizations.
  const orgs = await ctx.loaders.organizations.loadMany(
    links.edges.map((e) => e.node.customerOrganizationId),
  );
  return mapConnection(
    links,
    orgs.map((o) => (o instanceof Organization ? o : null)),
  );
}

export async function partnerOfRecord(
  ctx: AccountsContext,
  customerId: string,
): Promise<Organization | null> {
  const link = await ctx.em.findOne(
    PartnerRelationship,
    { customerOrganizationId: customerId },
    { orderBy: { createdAt: 'asc' } },
  );
  return link ? ctx.loaders.organizations.load(link.partnerOrganizationId) : null;
}

export interface CreatePartnerInput {
  name: string;
  domain: string;
  administratorUserId: string;
  administratorEmail: string;
  administratorFirstName: string;
  administratorLastName: string;
}

/** ACC-9 (operator): a partner organization with a verified domain and its first administrator. */
export async function createPartnerOrganization(
  ctx: AccountsContext,
  input: CreatePartnerInput,
): Promise<Organization> {
  const operator = requireOrganizationKind(ctx.identity, 'OPERATOR');
  const name = requireName('name', input.name);
  const domainName = normalizeDomainName('domain', input.domain);
  const userId = normalizeUserId('administratorUserId', input.administratorUserId);
  const email = normalizeEmail('administratorEmail', input.administratorEmail);
  const firstName = requireName('administratorFirstName', input.administratorFirstName, 100);
  const lastName = requireName('administratorLastName', input.administratorLastName, 100);
  return ctx.tx(async (tx) => {
    const { em, emit } = tx;
    // ACC-3: only a verified domain holds a name; pending claims on it become CLAIMED_ELSEWHERE.
    if (await isVerifiedByAnyone(em, domainName))
      throw conflict('domain', `${domainName} is already registered`);
    const now = ctx.clock.now();
    const org = Object.assign(new Organization(), {
      id: ctx.ids.uuid(),
      name,
      kind: 'PARTNER' as const,
      status: 'ACTIVE' as const,
      createdAt: now,
      registeredAt: now,
      notificationEmail: email,
    });
    const domain = Object.assign(new Domain(), {
      id: ctx.ids.uuid(),
      organizationId: org.id,
      name: domainName,
      kind: 'PUBLIC' as const,
      verificationToken: ctx.ids.secret(16),
      verifiedAt: now,
      createdAt: now,
    });
    const admin = Object.assign(new User(), {
      id: ctx.ids.uuid(),
      organizationId: org.id,
      userId,
      domain: domainName,
      workAccount: `${userId}@${domainName}`,
      email,
      firstName,
      lastName,
      roles: ['ACCOUNT_ADMINISTRATOR', 'USER_ADMINISTRATOR'],
      globalAdmin: true,
      status: 'ACTIVE' as const,
      // No password until the administrator sets one from the mailed link (OPS-3).
      passwordHash: UNUSABLE_HASH,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    });
    em.persist([org, domain, admin]);
    recordAudit(em, ctx, operator, {
      organizationId: org.id,
      action: 'CREATE_PARTNER_ORGANIZATION',
      targetType: 'Organization',
      targetId: org.id,
      after: { name, domain: domainName, administrator: admin.workAccount },
    });
    emit(accounts.partnerRegistered, { organizationId: org.id, name, notificationEmail: email });
    emit(accounts.userChanged, userChangedPayload(admin));
    issuePasswordSetup(ctx, tx, admin, 'WELCOME', name);
    return org;
  });
}

/**
 * NOT-2: a webhook URL is checked when saved (and again by notifications before each delivery, as DNS
 * can change): public https only in production, loopback too in development and tests.
 */
async function requireWebhookUrl(ctx: AccountsContext, raw: string): Promise<string> {
  try {
    return (await checkOutboundUrl(raw, ctx.deps.settings.webhookPolicy)).url.toString();
  } catch (error) {
    if (error instanceof OutboundRefused) throw badInput('webhookUrl', error.reason);
    throw error;
  }
}

/** NOT-2: a partner's account administrator sets where notifications go. */
export async function updatePartnerNotifications(
  ctx: AccountsContext,
  input: { notificationEmail: string; webhookUrl?: string | null },
): Promise<Organization> {
  const user = requireOrganizationKind(ctx.identity, 'PARTNER');
  if (!can(user, 'MANAGE_ORGANIZATION'))
    throw forbidden('Only account administrators change notification settings');
  const notificationEmail = normalizeEmail('notificationEmail', input.notificationEmail);
  const webhookUrl = input.webhookUrl ? await requireWebhookUrl(ctx, input.webhookUrl) : null;
  return ctx.tx(async ({ em, emit }) => {
    const org = await em.findOneOrFail(Organization, { id: user.organizationId });
    const before = { notificationEmail: org.notificationEmail, webhookUrl: org.webhookUrl };
    org.notificationEmail = notificationEmail;
    org.webhookUrl = webhookUrl;
    recordAudit(em, ctx, user, {
      organizationId: org.id,
      action: 'UPDATE_PARTNER_NOTIFICATIONS',
      targetType: 'Organization',
      targetId: org.id,
      before,
      after: { notificationEmail, webhookUrl },
    });
    emit(accounts.partnerChanged, { organizationId: org.id, name: org.name, notificationEmail, webhookUrl });
    return org;
  });
}
