import { badInput, codedError, conflict, notFound, requirePermission, requireUser } from '@bc/platform';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { Domain, verificationRecord } from './domain.ts';
import { type DomainStatus, domainStatus, normalizeDomainName, txtRecordsProve } from './rules.ts';

export async function listDomains(ctx: AccountsContext): Promise<Domain[]> {
  const user = requireUser(ctx.identity);
  return ctx.em.find(
    Domain,
    { organizationId: user.organizationId },
    { orderBy: { createdAt: 'asc', name: 'asc' } },
  );
}

/** ACC-3: the names among `names` that some organization has verified, one query per request. */
export function verifiedNameLoader(em: EntityManager) {
  return new DataLoader<string, boolean>(async (names) => {
    const verified = await em.find(Domain, { name: { $in: [...names] }, verifiedAt: { $ne: null } });
    const set = new Set(verified.map((d) => d.name));
    return names.map((n) => set.has(n));
  });
}

/** ACC-3: PENDING, VERIFIED, or CLAIMED_ELSEWHERE when another organization proved the name first. */
export async function statusOf(ctx: AccountsContext, domain: Domain): Promise<DomainStatus> {
  if (domain.verifiedAt) return 'VERIFIED';
  return domainStatus(false, await ctx.loaders.verifiedDomainNames.load(domain.name));
}

/** Says only that the name is verified, never by whom (nor anything about pending claims). */
const claimedElsewhere = (field: string, name: string) =>
  codedError('CONFLICT', `${field}: ${name} is already verified by another organization`, {
    field,
    reason: 'CLAIMED_ELSEWHERE',
  });

/** ACC-3: whether any organization holds `name` as a verified domain. */
export const isVerifiedByAnyone = async (em: EntityManager, name: string) =>
  (await em.count(Domain, { name, verifiedAt: { $ne: null } })) > 0;

/**
 * ACC-3: registers a claim on a public domain, unverified until its TXT record is found. Claims by
 * other organizations neither block it nor show: only a name already verified elsewhere is refused.
 */
export async function addDomain(ctx: AccountsContext, rawName: string): Promise<Domain> {
  const actor = requirePermission(ctx.identity, 'MANAGE_DOMAINS');
  const name = normalizeDomainName('name', rawName);
  if (name.endsWith(`.${ctx.deps.settings.platformDomain}`)) {
    throw badInput('name', 'domains under the platform domain are initial domains, made at sign-up');
  }
  const alreadyOurs = () => conflict('name', `${name} is already one of your domains`);
  try {
    return await ctx.tx(async ({ em }) => {
      if (await em.findOne(Domain, { organizationId: actor.organizationId, name })) throw alreadyOurs();
      if (await isVerifiedByAnyone(em, name)) throw claimedElsewhere('name', name);
      const domain = new Domain();
      domain.id = ctx.ids.uuid();
      domain.organizationId = actor.organizationId;
      domain.name = name;
      domain.kind = 'PUBLIC';
      domain.verificationToken = ctx.ids.secret(18);
      domain.createdAt = ctx.clock.now();
      em.persist(domain);
      recordAudit(em, ctx, actor, {
        organizationId: actor.organizationId,
        action: 'ADD_DOMAIN',
        targetType: 'Domain',
        targetId: domain.id,
        after: { name, verified: false },
      });
      return domain;
    });
  } catch (error) {
    // Only the (organization, name) index can fire on an insert of an unverified claim.
    if (error instanceof UniqueConstraintViolationException) throw alreadyOurs();
    throw error;
  }
}

/**
 * ACC-3: looks for the TXT record; once found the domain is verified for good. The first
 * organization to prove a name wins: the partial unique index on verified names settles a race.
 */
export async function verifyDomain(ctx: AccountsContext, id: string): Promise<Domain> {
  const actor = requirePermission(ctx.identity, 'MANAGE_DOMAINS');
  const domain = await ctx.em.findOne(Domain, { id, organizationId: actor.organizationId });
  if (!domain) throw notFound('Domain');
  if (domain.verifiedAt) return domain;
  if (await isVerifiedByAnyone(ctx.em, domain.name)) throw claimedElsewhere('id', domain.name);
  const records = await ctx.deps.dns.resolveTxt(domain.name);
  if (!txtRecordsProve(records, verificationRecord(domain))) {
    throw badInput('id', `no TXT record "${verificationRecord(domain)}" was found on ${domain.name}`, {
      reason: 'TXT_RECORD_NOT_FOUND',
    });
  }
  const now = ctx.clock.now();
  try {
    await ctx.tx(async ({ em }) => {
      // Conditional, so a second verification of the same claim changes and audits nothing.
      const changed = await em.nativeUpdate(Domain, { id, verifiedAt: null }, { verifiedAt: now });
      if (changed === 0) return;
      recordAudit(em, ctx, actor, {
        organizationId: actor.organizationId,
        action: 'VERIFY_DOMAIN',
        targetType: 'Domain',
        targetId: id,
        before: { name: domain.name, verified: false },
        after: { name: domain.name, verified: true },
      });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw claimedElsewhere('id', domain.name);
    throw error;
  }
  return ctx.em.refreshOrFail(domain);
}
