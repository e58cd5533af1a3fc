import { type ConnectionArgs, filterText, findPage, requirePermission } from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { AccountsContext } from '../context.ts';
import { AuditEntry } from './audit-entry.ts';

/** ACC-10: the organization's administrative changes, newest first. */
export async function auditLog(
  ctx: AccountsContext,
  filter:
    | { action?: string | null; targetId?: string | null; from?: Date | null; to?: Date | null }
    | null
    | undefined,
  args: ConnectionArgs,
) {
  const actor = requirePermission(ctx.identity, 'VIEW_AUDIT_LOG');
  const where: FilterQuery<AuditEntry> = { organizationId: actor.organizationId };
  const action = filterText('action', filter?.action);
  if (action) where.action = action;
  if (filter?.targetId) where.targetId = filter.targetId;
  const at: Record<string, Date> = {};
  // `from` and `to` arrive as instants: the DateTime scalar refused anything else, naming the field.
  if (filter?.from) at.$gte = filter.from;
  if (filter?.to) at.$lt = filter.to;
  if (Object.keys(at).length > 0) where.at = at;
  return findPage(ctx.em, AuditEntry, where, args, [
    ['at', 'desc'],
    ['seq', 'desc'],
  ]);
}
