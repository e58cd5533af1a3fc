import { type BenefitDefinition, benefitCatalog } from '../catalog/benefit-catalog.ts';
import type { BenefitsContext } from '../context.ts';
import { requireBenefit } from '../domains/domains.ts';
import { AccessCode, EligibleDomain } from '../domains/eligible-domain.ts';
import { readingOrganization } from '../partner-permissions/partner-permissions.ts';
import { usedByBenefit } from '../vouchers/vouchers.ts';
import { availableOf, type CoveredQuantity, entitlementOf } from './entitlement-rules.ts';

/**
 * The organization's covered licenses, summed by everything the entitlement rule looks at (account,
 * product group, coverage, state, expiry), from the totals kept on write (covered-total.ts): the rule
 * adds quantities, so the sums give the same entitlements as the rows, a few dozen rows however many.
 */
async function coveredLicenses(
  ctx: BenefitsContext,
  organizationId: string,
  purchasingAccountId: string | null | undefined,
): Promise<(CoveredQuantity & { purchasingAccountId: string })[]> {
  const byAccount = purchasingAccountId ? ' and purchasing_account_id = ?' : '';
  const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
    `select purchasing_account_id, family, software_assurance, active, expires_on, sum(quantity) as quantity
       from covered_total where organization_id = ?${byAccount}
      group by purchasing_account_id, family, software_assurance, active, expires_on`,
    purchasingAccountId ? [organizationId, purchasingAccountId] : [organizationId],
  );
  // PostgreSQL sums arrive as strings, SQLite booleans as 0/1.
  return rows.map((r: Record<string, unknown>) => ({
    purchasingAccountId: String(r.purchasing_account_id),
    family: String(r.family),
    softwareAssurance: r.software_assurance === true || r.software_assurance === 1,
    active: r.active === true || r.active === 1,
    expiresOn: String(r.expires_on),
    quantity: Number(r.quantity),
  }));
}

const today = (ctx: BenefitsContext) => ctx.clock.now().toISOString().slice(0, 10);

export interface BenefitSummary {
  benefit: BenefitDefinition;
  entitled: number | null;
  used: number;
  available: number | null;
}

/**
 * BEN-2/BEN-8: entitlements per product group (the benefits tab arranges them so), with used and
 * available amounts; usage comes from the features that consume benefits (training vouchers so far).
 */
export async function benefitGroups(
  ctx: BenefitsContext,
  purchasingAccountId: string | null | undefined,
  customerId?: string | null,
) {
  const { organizationId } = await readingOrganization(ctx, customerId);
  const licenses = await coveredLicenses(ctx, organizationId, purchasingAccountId);
  const used = await usedByBenefit(ctx.em, [...new Set(licenses.map((l) => l.purchasingAccountId))]);
  const groups = [...new Set(licenses.filter((l) => l.softwareAssurance).map((l) => l.family))].sort();
  return groups
    .map((productGroup) => {
      const inGroup = licenses.filter((l) => l.family === productGroup);
      const benefits: BenefitSummary[] = benefitCatalog
        .filter((b) => b.productGroups.includes(productGroup))
        .map((benefit) => {
          const entitled = entitlementOf(benefit, inGroup, today(ctx));
          return { benefit, entitled, ...availableOf(entitled, used.get(benefit.code) ?? 0) };
        })
        .filter((b) => b.entitled === null || b.entitled > 0);
      return { productGroup, benefits };
    })
    .filter((g) => g.benefits.length > 0);
}

/** BEN-3: one benefit's details: instructions, eligible domains, access code and the totals. */
export async function benefitDetails(
  ctx: BenefitsContext,
  code: string,
  purchasingAccountId: string | null | undefined,
  customerId?: string | null,
) {
  const { organizationId } = await readingOrganization(ctx, customerId);
  const benefit = requireBenefit(code);
  const [licenses, domains, accessCode] = await Promise.all([
    coveredLicenses(ctx, organizationId, purchasingAccountId),
    ctx.em.find(EligibleDomain, { organizationId, benefitCode: benefit.code }, { orderBy: { name: 'asc' } }),
    ctx.em.findOne(AccessCode, { organizationId, benefitCode: benefit.code }),
  ]);
  const entitled = entitlementOf(benefit, licenses, today(ctx));
  const used = await usedByBenefit(ctx.em, [...new Set(licenses.map((l) => l.purchasingAccountId))]);
  return {
    benefit,
    entitled,
    ...availableOf(entitled, used.get(benefit.code) ?? 0),
    eligibleDomains: domains,
    accessCode: accessCode?.code ?? null,
  };
}

export type BenefitDetailsView = Awaited<ReturnType<typeof benefitDetails>>;
