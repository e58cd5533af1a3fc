import { idempotent, type UserIdentity } from '@bc/platform';
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import type { AgreementsContext } from '../context.ts';

/** The partner writes that take an `idempotencyKey` (API-5); the README lists them. */
export type KeyedOperation =
  | 'placeOrder'
  | 'draftSalesPackage'
  | 'updateSalesPackage'
  | 'sendSalesPackage'
  | 'recordPaperSignature';

/**
 * Runs a partner write in one transaction; with a key, a retry answers the first result
 * (platform `idempotent`: keys per organization and operation, 24 hours).
 */
export function keyedWrite<T extends { id: string }>(
  ctx: AgreementsContext,
  caller: UserIdentity,
  operation: KeyedOperation,
  retry: { key: string | null | undefined; request: unknown },
  entity: EntityClass<T>,
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
    load: (em, id) => em.findOne(entity, { id } as never) as Promise<T | null>,
  });
}
