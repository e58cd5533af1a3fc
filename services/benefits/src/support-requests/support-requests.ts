import { benefits as events } from '@bc/contracts';
import { badInput, keyedWrite, notFound } from '@bc/platform';
import { benefitByCode } from '../catalog/benefit-catalog.ts';
import type { BenefitsContext } from '../context.ts';
import { CoveredLicense } from '../entitlements/covered-license.ts';
import { recordEntitlements } from '../entitlements/entitlement-events.ts';
import { entitlementOf } from '../entitlements/entitlement-rules.ts';
import { actingOrganization } from '../partner-permissions/partner-permissions.ts';
import { lockedUsage } from '../vouchers/vouchers.ts';
import { supportRequestOpenedPayload } from './events.ts';
import { SupportRequest } from './support-request.ts';

/**
 * BEN-8: opening a 24x7 support request (phone or web) uses one incident of that benefit, under the
 * same usage-row lock as vouchers; with no incident left it is refused and nothing is written.
 */
export async function openSupportRequest(
  ctx: BenefitsContext,
  input: { purchasingAccountId: string; channel: 'PHONE' | 'WEB'; summary: string },
  idempotencyKey?: string | null,
): Promise<SupportRequest> {
  const { user, organizationId } = await actingOrganization(ctx, null);
  const summary = input.summary.trim();
  if (!summary) throw badInput('summary', 'describe the problem');
  const benefit = benefitByCode(input.channel === 'PHONE' ? 'SUPPORT_24X7_PHONE' : 'SUPPORT_24X7_WEB')!;
  // API-5: each call uses an incident, so a retried call must not use two.
  const keyed = { key: idempotencyKey, request: input, entity: SupportRequest };
  return keyedWrite(ctx, user, 'openSupportRequest', keyed, async (tx) => {
    const { em, emit } = tx;
    const licenses = await em.find(CoveredLicense, {
      organizationId,
      purchasingAccountId: input.purchasingAccountId,
    });
    if (licenses.length === 0) throw notFound('Purchasing account');
    const entitled = entitlementOf(benefit, licenses, ctx.clock.now().toISOString().slice(0, 10)) ?? 0;
    const usage = await lockedUsage(em, input.purchasingAccountId, benefit.code);
    if (usage.used >= entitled) {
      throw badInput('channel', `no ${benefit.name} incidents are left`, { reason: 'NO_INCIDENTS_LEFT' });
    }
    usage.used += 1;
    const request = Object.assign(new SupportRequest(), {
      id: ctx.ids.uuid(),
      organizationId,
      purchasingAccountId: input.purchasingAccountId,
      channel: input.channel,
      summary,
      openedByWorkAccount: user.workAccount,
      openedAt: ctx.clock.now(),
    });
    em.persist(request);
    emit(events.supportRequestOpened, supportRequestOpenedPayload(request));
    await recordEntitlements(tx, ctx.clock, request, [benefit]);
    return request;
  });
}
