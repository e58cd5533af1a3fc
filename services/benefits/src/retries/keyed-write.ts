import { idempotent, type UserIdentity } from '@bc/platform';
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import type { BenefitsContext } from '../context.ts';

/** The benefit writes that take an `idempotencyKey` (API-5): each call uses up an entitlement. */
export type KeyedOperation = 'assignTrainingVoucher' | 'openSupportRequest';

/**
 * Runs the write in one transaction; with a key, a retry answers the first result (platform
 * `idempotent`: keys per caller organization and operation, 24 hours).
 */
export function keyedWrite<T extends { id: string }>(
  ctx: BenefitsContext,
  caller: UserIdentity,
  operation: KeyedOperation,
  retry: { key: string | null | undefined; request: unknown; entity: EntityClass<T> },
  run: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return idempotent({
    em: ctx.em,
    outbox: ctx.deps.outbox,
    clock: ctx.clock,
    organizationId: caller.organizationId,
    operation,
    key: retry.key,
    request: retry.request,
    run,
    idOf: (result) => result.id,
    load: (em, id) => em.findOne(retry.entity, { id } as never) as Promise<T | null>,
  });
}
