import { badInput, conflict, notFound } from '@bc/platform';
import { type BenefitDefinition, benefitByCode } from '../catalog/benefit-catalog.ts';
import type { BenefitsContext } from '../context.ts';
import { actingOrganization } from '../partner-permissions/partner-permissions.ts';
import { AccessCode, EligibleDomain } from './eligible-domain.ts';

const DOMAIN = /^(?=.{4,253}$)(?!-)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function requireBenefit(code: string): BenefitDefinition {
  const benefit = benefitByCode(code);
  if (!benefit) throw badInput('benefit', `${code} is not a benefit`);
  return benefit;
}

function requireDomainBenefit(code: string): BenefitDefinition {
  const benefit = requireBenefit(code);
  if (!benefit.usesEligibleDomains) throw badInput('benefit', `${benefit.name} has no eligible domains`);
  return benefit;
}

/** BEN-4: adds an eligible domain; the first one creates the access code, the same for all employees. */
export async function addEligibleDomain(
  ctx: BenefitsContext,
  benefitCode: string,
  rawName: string,
  customerId?: string | null,
): Promise<EligibleDomain> {
  const { organizationId } = await actingOrganization(ctx, customerId);
  const benefit = requireDomainBenefit(benefitCode);
  const name = rawName.trim().toLowerCase();
  if (!DOMAIN.test(name)) throw badInput('name', `"${rawName}" is not a valid domain name`);
  return ctx.tx(async ({ em }) => {
    const key = { organizationId, benefitCode: benefit.code };
    if (await em.findOne(EligibleDomain, { ...key, name }))
      throw conflict('name', `${name} is already listed`);
    const domain = Object.assign(new EligibleDomain(), {
      id: ctx.ids.uuid(),
      ...key,
      name,
      createdAt: ctx.clock.now(),
    });
    em.persist(domain);
    if (!(await em.findOne(AccessCode, key))) {
      const bytes = Buffer.from(ctx.ids.secret(12), 'base64url');
      const code = [...bytes]
        .slice(0, 12)
        .map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length])
        .join('');
      em.persist(
        Object.assign(new AccessCode(), {
          ...key,
          code: `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`,
          createdAt: ctx.clock.now(),
        }),
      );
    }
    return domain;
  });
}

/** BEN-4: removes a domain; removing the last one withdraws the access code. */
export async function removeEligibleDomain(
  ctx: BenefitsContext,
  id: string,
  customerId?: string | null,
): Promise<boolean> {
  const { organizationId } = await actingOrganization(ctx, customerId);
  return ctx.tx(async ({ em }) => {
    const domain = await em.findOne(EligibleDomain, { id, organizationId });
    if (!domain) throw notFound('Eligible domain');
    em.remove(domain);
    const key = { organizationId, benefitCode: domain.benefitCode };
    const remaining = await em.count(EligibleDomain, { ...key, id: { $ne: id } });
    if (remaining === 0) await em.nativeDelete(AccessCode, key);
    return true;
  });
}

/** BEN-4: only employees whose email is on a listed domain qualify. */
export function qualifies(email: string, domains: string[]): boolean {
  const at = email.trim().toLowerCase().split('@')[1];
  return !!at && domains.includes(at);
}
