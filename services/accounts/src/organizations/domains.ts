import { badInput, conflict, notFound, requirePermission, requireUser } from '@bc/platform';
import { recordAudit } from '../audit/audit-entry.ts';
import type { AccountsContext } from '../context.ts';
import { Domain, verificationRecord } from './domain.ts';
import { normalizeDomainName, txtRecordsProve } from './rules.ts';

export async function listDomains(ctx: AccountsContext): Promise<Domain[]> {
  const user = requireUser(ctx.identity);
  return ctx.em.find(
    Domain,
    { organizationId: user.organizationId },
    { orderBy: { createdAt: 'asc', name: 'asc' } },
  );
}

/** ACC-3: registers the organization's public domain, unverified until its TXT record is found. */
export async function addDomain(ctx: AccountsContext, rawName: string): Promise<Domain> {
  const actor = requirePermission(ctx.identity, 'MANAGE_DOMAINS');
  const name = normalizeDomainName('name', rawName);
  if (name.endsWith(`.${ctx.deps.settings.platformDomain}`)) {
    throw badInput('name', 'domains under the platform domain are initial domains, made at sign-up');
  }
  return ctx.deps.outbox.transaction(ctx.em, async (em) => {
    if (await em.findOne(Domain, { name })) throw conflict('name', `${name} is already registered`);
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
}

/** ACC-3: looks for the TXT record; once found the domain is verified for good. */
export async function verifyDomain(ctx: AccountsContext, id: string): Promise<Domain> {
  const actor = requirePermission(ctx.identity, 'MANAGE_DOMAINS');
  const domain = await ctx.em.findOne(Domain, { id, organizationId: actor.organizationId });
  if (!domain) throw notFound('Domain');
  if (domain.verifiedAt) return domain;
  const records = await ctx.deps.dns.resolveTxt(domain.name);
  if (!txtRecordsProve(records, verificationRecord(domain))) {
    throw badInput('id', `no TXT record "${verificationRecord(domain)}" was found on ${domain.name}`, {
      reason: 'TXT_RECORD_NOT_FOUND',
    });
  }
  return ctx.deps.outbox.transaction(ctx.em, async (em) => {
    const fresh = await em.findOneOrFail(Domain, { id });
    fresh.verifiedAt = ctx.clock.now();
    recordAudit(em, ctx, actor, {
      organizationId: actor.organizationId,
      action: 'VERIFY_DOMAIN',
      targetType: 'Domain',
      targetId: id,
      before: { name: fresh.name, verified: false },
      after: { name: fresh.name, verified: true },
    });
    return fresh;
  });
}
