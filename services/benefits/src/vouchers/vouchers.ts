import { benefits as events } from '@bc/contracts';
import {
  badInput,
  type ConnectionArgs,
  conflict,
  findPage,
  keyedWrite,
  lockForUpdate,
  notFound,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import { benefitByCode } from '../catalog/benefit-catalog.ts';
import type { BenefitsContext } from '../context.ts';
import { CoveredLicense } from '../entitlements/covered-license.ts';
import { recordEntitlements } from '../entitlements/entitlement-events.ts';
import { entitlementOf } from '../entitlements/entitlement-rules.ts';
import { actingOrganization, readingOrganization } from '../partner-permissions/partner-permissions.ts';
import { voucherAssignedPayload, voucherRevokedPayload } from './events.ts';
import { BenefitUsage, VoucherAssignment } from './voucher.ts';

const VOUCHERS = 'TRAINING_VOUCHERS';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** BEN-6: the instructions a trainee receives, in their language. */
export function voucherInstructions(language: string, days: number, voucherCode: string): string {
  const template = benefitByCode(VOUCHERS)!.participantInstructions[language];
  if (!template)
    throw badInput(
      'language',
      `instructions exist in ${Object.keys(benefitByCode(VOUCHERS)!.participantInstructions).join(', ')}`,
    );
  return template.replace('{days}', String(days)).replace('{voucher}', voucherCode);
}

/**
 * Locks the account's usage row for this transaction (`lockForUpdate`), so two assignments racing
 * for the last days see each other.
 */
export async function lockedUsage(
  em: EntityManager,
  purchasingAccountId: string,
  benefitCode: string,
): Promise<BenefitUsage> {
  const key = { purchasingAccountId, benefitCode };
  await em.upsert(
    BenefitUsage,
    { ...key, used: 0 },
    { onConflictAction: 'ignore', onConflictFields: ['purchasingAccountId', 'benefitCode'] },
  );
  return lockForUpdate(em, BenefitUsage, key);
}

export async function trainingDaysEntitled(
  em: EntityManager,
  organizationId: string,
  purchasingAccountId: string,
  today: string,
) {
  const licenses = await em.find(CoveredLicense, { organizationId, purchasingAccountId });
  return entitlementOf(benefitByCode(VOUCHERS)!, licenses, today) ?? 0;
}

/** BEN-6: assigns days to an employee, never beyond the available days, also under concurrent requests. */
export async function assignTrainingVoucher(
  ctx: BenefitsContext,
  input: {
    purchasingAccountId: string;
    employeeName: string;
    email: string;
    days: number;
    language: string;
    customerId?: string | null;
  },
  idempotencyKey?: string | null,
): Promise<VoucherAssignment> {
  const { user, organizationId } = await actingOrganization(ctx, input.customerId);
  const employeeName = input.employeeName.trim();
  if (!employeeName) throw badInput('employeeName', 'must not be empty');
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw badInput('email', `"${input.email}" is not a valid email address`);
  if (!Number.isInteger(input.days) || input.days < 1)
    throw badInput('days', 'must be a whole number of at least 1');
  const voucherCode = `TV-${ctx.ids
    .secret(6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X')}`;
  const instructions = voucherInstructions(input.language, input.days, voucherCode);
  // API-5: each call uses training days, so a retried call must not use them twice.
  const keyed = { key: idempotencyKey, request: input, entity: VoucherAssignment };
  return keyedWrite(ctx, user, 'assignTrainingVoucher', keyed, async (tx) => {
    const { em, emit } = tx;
    const entitled = await trainingDaysEntitled(
      em,
      organizationId,
      input.purchasingAccountId,
      ctx.clock.now().toISOString().slice(0, 10),
    );
    if (
      entitled === 0 &&
      !(await em.count(CoveredLicense, {
        organizationId: organizationId,
        purchasingAccountId: input.purchasingAccountId,
      }))
    ) {
      throw notFound('Purchasing account');
    }
    const usage = await lockedUsage(em, input.purchasingAccountId, VOUCHERS);
    const available = Math.max(0, entitled - usage.used);
    if (input.days > available)
      throw badInput('days', `only ${available} training day(s) are available`, { available });
    usage.used += input.days;
    const assignment = Object.assign(new VoucherAssignment(), {
      id: ctx.ids.uuid(),
      organizationId: organizationId,
      purchasingAccountId: input.purchasingAccountId,
      employeeName,
      email,
      days: input.days,
      language: input.language,
      voucherCode,
      assignedAt: ctx.clock.now(),
    });
    em.persist(assignment);
    emit(events.voucherAssigned, voucherAssignedPayload(assignment, instructions));
    await recordEntitlements(tx, ctx.clock, assignment, [benefitByCode(VOUCHERS)!]);
    return assignment;
  });
}

/** BEN-6: revoking gives the days back. */
export async function revokeTrainingVoucher(
  ctx: BenefitsContext,
  id: string,
  customerId?: string | null,
): Promise<VoucherAssignment> {
  const { organizationId } = await actingOrganization(ctx, customerId);
  return ctx.tx(async (tx) => {
    const { em, emit } = tx;
    const assignment = await em.findOne(VoucherAssignment, { id, organizationId });
    if (!assignment) throw notFound('Voucher assignment');
    if (assignment.status === 'REVOKED') throw conflict('id', 'the voucher is already revoked');
    const usage = await lockedUsage(em, assignment.purchasingAccountId, VOUCHERS);
    usage.used = Math.max(0, usage.used - assignment.days);
    assignment.status = 'REVOKED';
    const revokedAt = ctx.clock.now();
    assignment.revokedAt = revokedAt;
    emit(events.voucherRevoked, voucherRevokedPayload(assignment, revokedAt));
    await recordEntitlements(tx, ctx.clock, assignment, [benefitByCode(VOUCHERS)!]);
    return assignment;
  });
}

/** BEN-6: the assignments on an account, for the customer or its approved partner (BEN-7). */
export async function trainingVouchers(
  ctx: BenefitsContext,
  purchasingAccountId: string,
  customerId: string | null | undefined,
  args: ConnectionArgs,
) {
  const { organizationId } = await readingOrganization(ctx, customerId);
  return findPage(ctx.em, VoucherAssignment, { organizationId, purchasingAccountId }, args, [
    ['assignedAt', 'desc'],
    ['id', 'asc'],
  ]);
}

/** BEN-8: used amounts of one or all of the organization's purchasing accounts, by benefit. */
export async function usedByBenefit(
  em: EntityManager,
  purchasingAccountIds: string[],
): Promise<Map<string, number>> {
  const rows = purchasingAccountIds.length
    ? await em.find(BenefitUsage, { purchasingAccountId: { $in: purchasingAccountIds } })
    : [];
  const used = new Map<string, number>();
  for (const row of rows) used.set(row.benefitCode, (used.get(row.benefitCode) ?? 0) + row.used);
  return used;
}
