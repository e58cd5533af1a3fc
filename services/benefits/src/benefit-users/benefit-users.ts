import { benefits as events } from '@bc/contracts';
import { badInput, type ConnectionArgs, conflict, findPage, notFound, type Tx } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import type { BenefitDefinition } from '../catalog/benefit-catalog.ts';
import type { BenefitsContext } from '../context.ts';
import { qualifies, requireBenefit } from '../domains/domains.ts';
import { AccessCode, EligibleDomain } from '../domains/eligible-domain.ts';
import { actingOrganization, readingOrganization } from '../partner-permissions/partner-permissions.ts';
import { BenefitUser } from './benefit-user.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function requireUserBenefit(code: string): BenefitDefinition {
  const benefit = requireBenefit(code);
  if (!benefit.managesUsers) throw badInput('benefit', `${benefit.name} does not manage users`);
  return benefit;
}

/** BEN-4/BEN-5: only employees on an eligible domain qualify. */
async function requireEligibleEmail(
  em: EntityManager,
  organizationId: string,
  benefit: BenefitDefinition,
  raw: string,
): Promise<string> {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email)) throw badInput('email', `"${raw}" is not a valid email address`);
  const domains = await em.find(EligibleDomain, { organizationId, benefitCode: benefit.code });
  if (
    !qualifies(
      email,
      domains.map((d) => d.name),
    )
  ) {
    throw badInput('email', `${email} is not on one of the eligible domains`, { reason: 'NOT_ELIGIBLE' });
  }
  return email;
}

/** Records one instructions mail (NOT-4) for the user, in the caller's transaction. */
async function sendInstructions({ em, emit }: Tx, benefit: BenefitDefinition, user: BenefitUser) {
  const code = await em.findOne(AccessCode, {
    organizationId: user.organizationId,
    benefitCode: benefit.code,
  });
  const template =
    benefit.participantInstructions['en-US'] ?? Object.values(benefit.participantInstructions)[0] ?? '';
  emit(events.instructionsSent, {
    benefitUserId: user.id,
    organizationId: user.organizationId,
    benefitCode: benefit.code,
    benefitName: benefit.name,
    name: user.name,
    email: user.email,
    instructions: template.replace('{accessCode}', code?.code ?? ''),
  });
}

/** BEN-5: the users of a benefit, for the customer or its approved partner (BEN-7). */
export async function benefitUsers(
  ctx: BenefitsContext,
  benefitCode: string,
  customerId: string | null | undefined,
  args: ConnectionArgs,
) {
  const { organizationId } = await readingOrganization(ctx, customerId);
  const benefit = requireUserBenefit(benefitCode);
  return findPage(ctx.em, BenefitUser, { organizationId, benefitCode: benefit.code }, args, [
    ['name', 'asc'],
    ['id', 'asc'],
  ]);
}

/** BEN-5: adds a benefit user on an eligible domain and sends them the instructions. */
export async function addBenefitUser(
  ctx: BenefitsContext,
  input: { benefit: string; name: string; email: string; customerId?: string | null },
) {
  const { organizationId } = await actingOrganization(ctx, input.customerId);
  const benefit = requireUserBenefit(input.benefit);
  const name = input.name.trim();
  if (!name) throw badInput('name', 'must not be empty');
  return ctx.tx(async (tx) => {
    const { em } = tx;
    const email = await requireEligibleEmail(em, organizationId, benefit, input.email);
    if (
      await em.findOne(BenefitUser, {
        organizationId: organizationId,
        benefitCode: benefit.code,
        email,
      })
    ) {
      throw conflict('email', `${email} is already a user of ${benefit.name}`);
    }
    const user = Object.assign(new BenefitUser(), {
      id: ctx.ids.uuid(),
      organizationId: organizationId,
      benefitCode: benefit.code,
      name,
      email,
      createdAt: ctx.clock.now(),
    });
    em.persist(user);
    await sendInstructions(tx, benefit, user);
    return user;
  });
}

async function ownBenefitUser(
  ctx: BenefitsContext,
  em: EntityManager,
  id: string,
  customerId?: string | null,
) {
  const { organizationId } = await actingOrganization(ctx, customerId, em);
  const user = await em.findOne(BenefitUser, { id, organizationId });
  if (!user) throw notFound('Benefit user');
  return { organizationId, user, benefit: requireUserBenefit(user.benefitCode) };
}

export async function editBenefitUser(
  ctx: BenefitsContext,
  input: { id: string; name?: string | null; email?: string | null; customerId?: string | null },
) {
  return ctx.tx(async ({ em }) => {
    const { organizationId, user, benefit } = await ownBenefitUser(ctx, em, input.id, input.customerId);
    if (input.name != null) {
      if (!input.name.trim()) throw badInput('name', 'must not be empty');
      user.name = input.name.trim();
    }
    if (input.email != null)
      user.email = await requireEligibleEmail(em, organizationId, benefit, input.email);
    return user;
  });
}

export async function deleteBenefitUser(
  ctx: BenefitsContext,
  id: string,
  customerId?: string | null,
): Promise<boolean> {
  return ctx.tx(async ({ em }) => {
    const { user } = await ownBenefitUser(ctx, em, id, customerId);
    em.remove(user);
    return true;
  });
}

/** BEN-5: sends the instructions again (a new mail each time it is asked for). */
export async function resendBenefitInstructions(
  ctx: BenefitsContext,
  id: string,
  customerId?: string | null,
) {
  return ctx.tx(async (tx) => {
    const { user, benefit } = await ownBenefitUser(ctx, tx.em, id, customerId);
    await sendInstructions(tx, benefit, user);
    return user;
  });
}
