import { type Clock, type IdGenerator, lockForUpdate, type UserIdentity } from '@bc/platform';
import { defineEntity, type EntityManager, p } from '@mikro-orm/core';

export const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  indexes: [{ properties: ['organizationId', 'at'] }, { properties: ['action', 'at'] }],
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
    /** How many times it happened: 1, or the uses counted into a rolled-up entry (`countInAudit`). */
    occurrences: p.integer().default(1),
    /** The last of a rolled-up entry's occurrences (null: only one, at `at`). */
    lastAt: p.datetime().strictNullable(),
    /** A rolled-up entry's key (e.g. client and hour); null for single entries. */
    rollupKey: p.string().length(120).strictNullable().unique(),
  },
});

/** ACC-10: who changed what, when, with the target before and after. */
export class AuditEntry extends AuditEntrySchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.before = null;
    this.after = null;
    this.occurrences = 1;
    this.lastAt = null;
    this.rollupKey = null;
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

/**
 * Counts one occurrence into the entry named `rollupKey` (made at the first one, with `at` = then),
 * in the caller's transaction: `occurrences` grows, `lastAt` moves and `merge` folds the occurrence
 * into `after`. Safe under concurrent requests: the row is created with insert-or-ignore and locked
 * (PostgreSQL `FOR UPDATE`; SQLite runs one write transaction at a time) before it is changed.
 */
export async function countInAudit(
  em: EntityManager,
  deps: { clock: Clock; ids: IdGenerator },
  actor: Pick<UserIdentity, 'userId' | 'workAccount'>,
  change: Omit<AuditChange, 'before' | 'after'> & { rollupKey: string },
  merge: (after: unknown) => unknown,
): Promise<void> {
  const now = deps.clock.now();
  await em.upsert(
    AuditEntry,
    {
      id: deps.ids.uuid(),
      organizationId: change.organizationId,
      actorUserId: actor.userId,
      actorWorkAccount: actor.workAccount,
      action: change.action,
      targetType: change.targetType,
      targetId: change.targetId,
      before: null,
      after: null,
      at: now,
      occurrences: 0,
      lastAt: null,
      rollupKey: change.rollupKey,
    },
    { onConflictAction: 'ignore', onConflictFields: ['rollupKey'] },
  );
  const entry = await lockForUpdate(em, AuditEntry, { rollupKey: change.rollupKey });
  entry.occurrences += 1;
  entry.lastAt = now;
  entry.after = JSON.stringify(merge(entry.after === null ? null : JSON.parse(entry.after)));
}
