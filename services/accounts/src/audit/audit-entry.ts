import type { Clock, IdGenerator, UserIdentity } from '@bc/platform';
import { defineEntity, type EntityManager, p } from '@mikro-orm/core';

export const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  indexes: [{ properties: ['organizationId', 'at'] }],
  properties: {
    /** Commit order, so entries written in the same millisecond keep their order. */
    seq: p.integer().primary().autoincrement(),
    id: p.string().length(36).unique(),
    organizationId: p.string().length(36),
    actorUserId: p.string().length(36),
    actorWorkAccount: p.string(),
    action: p.string(),
    targetType: p.string(),
    targetId: p.string(),
    before: p.text().strictNullable(),
    after: p.text().strictNullable(),
    at: p.datetime(),
  },
});

/** ACC-10: who changed what, when, with the target before and after. */
export class AuditEntry extends AuditEntrySchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.before = null;
    this.after = null;
  }
}
AuditEntrySchema.setClass(AuditEntry);

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
