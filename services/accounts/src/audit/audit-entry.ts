import type { Clock, IdGenerator, UserIdentity } from '@bc/platform';
import { type EntityManager, EntitySchema } from '@mikro-orm/core';

/** ACC-10: who changed what, when, with the target before and after. */
export class AuditEntry {
  /** Commit order, so entries written in the same millisecond keep their order. */
  seq!: number;
  id!: string;
  organizationId!: string;
  actorUserId!: string;
  actorWorkAccount!: string;
  action!: string;
  targetType!: string;
  targetId!: string;
  before: string | null = null;
  after: string | null = null;
  at!: Date;
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_entry',
  indexes: [{ properties: ['organizationId', 'at'] }],
  properties: {
    seq: { type: 'integer', primary: true, autoincrement: true },
    id: { type: 'string', length: 36, unique: true },
    organizationId: { type: 'string', length: 36 },
    actorUserId: { type: 'string', length: 36 },
    actorWorkAccount: { type: 'string' },
    action: { type: 'string' },
    targetType: { type: 'string' },
    targetId: { type: 'string' },
    before: { type: 'text', nullable: true },
    after: { type: 'text', nullable: true },
    at: { type: 'datetime' },
  },
});

export interface AuditChange {
  organizationId: string;
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

/** Records an administrative change in the same transaction as the change. */
export function recordAudit(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator },
  actor: Pick<UserIdentity, 'userId' | 'workAccount'>,
  change: AuditChange,
): void {
  const entry = new AuditEntry();
  entry.id = deps.ids.uuid();
  entry.organizationId = change.organizationId;
  entry.actorUserId = actor.userId;
  entry.actorWorkAccount = actor.workAccount;
  entry.action = change.action;
  entry.targetType = change.targetType;
  entry.targetId = change.targetId;
  entry.before = change.before === undefined ? null : JSON.stringify(change.before);
  entry.after = change.after === undefined ? null : JSON.stringify(change.after);
  entry.at = deps.clock.now();
  em.persist(entry);
}
